using Servicenav.Catalog.Domain;
using Servicenav.Catalog.Features;
using Servicenav.Customers.Features;

namespace Servicenav.Tests.Infrastructure;

/// <summary>Test data builders: valid by default, so a test states only what matters to it.</summary>
public static class A
{
    public static ServiceBuilder Service(string code = "it-arbetsplats", string areaCode = "it") => new(code, areaCode);

    public static CreateCustomer Customer(string name = "Testnämnden", int? number = null) => new()
    {
        Name = name,
        Number = number,
        Kind = Customers.Domain.CustomerKind.Namnd,
        OrganisationNumber = "232100-0016",
        Employees = 120,
        EmployeesAsOf = new DateOnly(2024, 1, 31),
        AccountAnsvar = "1234",
        AccountVerksamhet = "510",
        AccountMotpart = "99",
    };
}

public sealed class ServiceBuilder(string code, string areaCode)
{
    private string _name = "It-arbetsplats";
    private Guid? _owner;
    private string _ownerName = "Tjänsteägare it";
    private decimal? _availability = 99.5m;
    private decimal? _p1Response = 1m;
    private decimal? _p1Resolution = 8m;

    public ServiceBuilder Named(string name)
    {
        _name = name;
        return this;
    }

    public ServiceBuilder OwnedBy(Guid? userId, string ownerName = "Tjänsteägare it")
    {
        _owner = userId;
        _ownerName = ownerName;
        return this;
    }

    public ServiceBuilder WithAvailability(decimal? percent)
    {
        _availability = percent;
        return this;
    }

    public ServiceBuilder WithP1(decimal? responseHours, decimal? resolutionHours)
    {
        (_p1Response, _p1Resolution) = (responseHours, resolutionHours);
        return this;
    }

    public AddCatalogService Add(int versionNumber) => Fill(new AddCatalogService { VersionNumber = versionNumber });

    public UpdateCatalogService Update(int versionNumber) => Fill(new UpdateCatalogService { VersionNumber = versionNumber });

    public ServiceContent Content() => Fill(new ServiceInput()).ToContent();

    private T Fill<T>(T input)
        where T : ServiceInput
    {
        input.Code = code;
        input.Name = _name;
        input.AreaCode = areaCode;
        input.Description = $"Beskrivning av tjänsten {code}.";
        input.Included = ["Dator", "Support"];
        input.NotIncluded = ["Mobiltelefon"];
        input.Sharing = SharingStatus.Koncerngemensam;
        input.PriceModel = PriceModel.PerUnit;
        input.OwnerUserId = _owner;
        input.OwnerName = _ownerName;
        input.OpeningHours = "Vardagar 07.00–17.00";
        input.AvailabilityTargetPercent = _availability;
        input.P1ResponseHours = _p1Response;
        input.P1ResolutionHours = _p1Resolution;
        input.P2ResponseHours = 4m;
        input.P2ResolutionHours = 24m;
        return input;
    }
}
