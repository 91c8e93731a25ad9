using Servicenav.Customers.Features;

namespace Servicenav.Web.Components.Pages.Customers;

/// <summary>A section saved a change: the customer as it now reads, and what to tell the user.</summary>
public sealed record CustomerChanged(CustomerDetailsDto Customer, string Message);
