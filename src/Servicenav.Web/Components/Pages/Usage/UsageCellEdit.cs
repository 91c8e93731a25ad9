using Servicenav.Usage.Features;

namespace Servicenav.Web.Components.Pages.Usage;

/// <summary>The matrix cell being changed, with the names the dialog shows.</summary>
public sealed record UsageCellEdit(Guid CustomerId, string CustomerName, string ServiceCode, string ServiceName, string AreaName, MatrixCell Cell);
