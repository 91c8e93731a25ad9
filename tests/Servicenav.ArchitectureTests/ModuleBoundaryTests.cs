using System.Reflection;
using NetArchTest.Rules;
using Servicenav.SharedKernel;

namespace Servicenav.ArchitectureTests;

/// <summary>
/// The modules' dependency rules (ADR 0002): the catalogue knows no customers, customers know no usage,
/// the shared kernel knows no module, and domain types know neither use cases nor EF Core.
/// </summary>
public sealed class ModuleBoundaryTests
{
    private static readonly Assembly Core = typeof(Sender).Assembly;

    [Theory]
    [InlineData("Servicenav.Catalog", new[] { "Servicenav.ServiceDesk", "Servicenav.Customers", "Servicenav.Usage", "Servicenav.Ledger", "Servicenav.Costing", "Servicenav.Pricing", "Servicenav.Billing", "Servicenav.YearEnd", "Servicenav.Imports" })]
    [InlineData("Servicenav.Customers", new[] { "Servicenav.ServiceDesk", "Servicenav.Usage", "Servicenav.Ledger", "Servicenav.Costing", "Servicenav.Pricing", "Servicenav.Billing", "Servicenav.YearEnd", "Servicenav.Imports" })]
    [InlineData("Servicenav.Usage", new[] { "Servicenav.ServiceDesk", "Servicenav.Ledger", "Servicenav.Costing", "Servicenav.Pricing", "Servicenav.Billing", "Servicenav.YearEnd", "Servicenav.Imports" })]
    [InlineData("Servicenav.Ledger", new[] { "Servicenav.ServiceDesk", "Servicenav.Costing", "Servicenav.Pricing", "Servicenav.Billing", "Servicenav.YearEnd", "Servicenav.Imports" })]
    [InlineData("Servicenav.Costing", new[] { "Servicenav.ServiceDesk", "Servicenav.Pricing", "Servicenav.Billing", "Servicenav.YearEnd", "Servicenav.Imports" })]
    [InlineData("Servicenav.Pricing", new[] { "Servicenav.ServiceDesk", "Servicenav.Billing", "Servicenav.YearEnd", "Servicenav.Imports" })]
    [InlineData("Servicenav.Billing", new[] { "Servicenav.ServiceDesk", "Servicenav.YearEnd", "Servicenav.Imports" })]
    [InlineData("Servicenav.ServiceDesk", new[] { "Servicenav.YearEnd", "Servicenav.Imports" })]
    [InlineData("Servicenav.YearEnd", new[] { "Servicenav.ServiceDesk", "Servicenav.Imports" })]
    [InlineData("Servicenav.Access", new[] { "Servicenav.ServiceDesk", "Servicenav.Catalog", "Servicenav.Usage", "Servicenav.Ledger", "Servicenav.Costing", "Servicenav.Pricing", "Servicenav.Billing", "Servicenav.YearEnd", "Servicenav.Imports" })]
    [InlineData("Servicenav.Audit", new[] { "Servicenav.ServiceDesk", "Servicenav.Catalog", "Servicenav.Customers", "Servicenav.Usage", "Servicenav.Ledger", "Servicenav.Costing", "Servicenav.Pricing", "Servicenav.Billing", "Servicenav.YearEnd", "Servicenav.Imports" })]
    [InlineData("Servicenav.SharedKernel", new[] { "Servicenav.ServiceDesk", "Servicenav.Catalog", "Servicenav.Customers", "Servicenav.Usage", "Servicenav.Ledger", "Servicenav.Costing", "Servicenav.Pricing", "Servicenav.Billing", "Servicenav.YearEnd", "Servicenav.Imports", "Servicenav.Audit", "Servicenav.Data" })]
    public void Module_does_not_depend_on_modules_above_it(string module, string[] forbidden)
    {
        var result = Types.InAssembly(Core).That().ResideInNamespace(module).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        result.IsSuccessful.ShouldBeTrue($"{module} depends on {string.Join(", ", forbidden)}: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Theory]
    [InlineData("Servicenav.Catalog.Domain")]
    [InlineData("Servicenav.Customers.Domain")]
    [InlineData("Servicenav.Usage.Domain")]
    [InlineData("Servicenav.Access.Domain")]
    [InlineData("Servicenav.Ledger.Domain")]
    [InlineData("Servicenav.Costing.Domain")]
    [InlineData("Servicenav.Pricing.Domain")]
    [InlineData("Servicenav.Billing.Domain")]
    [InlineData("Servicenav.YearEnd.Domain")]
    [InlineData("Servicenav.ServiceDesk.Domain")]
    public void Domain_types_know_neither_persistence_nor_use_cases(string domain)
    {
        var module = domain[..domain.LastIndexOf('.')];
        var result = Types.InAssembly(Core).That().ResideInNamespace(domain)
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", module + ".Features", module + ".Data", "Servicenav.Data")
            .GetResult();
        result.IsSuccessful.ShouldBeTrue(string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Pages_and_api_endpoints_reach_data_only_through_use_cases()
    {
        var web = typeof(Servicenav.Web.Api.ApiResults).Assembly;
        var result = Types.InAssembly(web).That().ResideInNamespace("Servicenav.Web.Components").Or().ResideInNamespace("Servicenav.Web.Api")
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Servicenav.Data")
            .GetResult();
        result.IsSuccessful.ShouldBeTrue(string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Cli_commands_reach_data_only_through_use_cases()
    {
        var cli = typeof(Servicenav.Cli.Commands).Assembly;
        var result = Types.InAssembly(cli).That().HaveName("Commands")
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Servicenav.Data")
            .GetResult();
        result.IsSuccessful.ShouldBeTrue(string.Join(", ", result.FailingTypeNames ?? []));
    }
}
