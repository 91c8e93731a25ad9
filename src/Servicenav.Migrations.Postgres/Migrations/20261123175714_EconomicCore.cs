using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Servicenav.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class EconomicCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AreaBudgets",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    AreaCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Revenue = table.Column<long>(type: "bigint", nullable: false),
                    Cost = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AreaBudgets", x => new { x.Year, x.AreaCode });
                });

            migrationBuilder.CreateTable(
                name: "BillingPeriods",
                columns: table => new
                {
                    Period = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    LastRunId = table.Column<Guid>(type: "uuid", nullable: true),
                    LastRunAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastRunBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LastRunUsageCount = table.Column<long>(type: "bigint", nullable: false),
                    LastRunInvoiceCount = table.Column<int>(type: "integer", nullable: false),
                    LastRunTotal = table.Column<long>(type: "bigint", nullable: false),
                    ClosedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BillingPeriods", x => x.Period);
                });

            migrationBuilder.CreateTable(
                name: "CostingModels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Basis = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CalculatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostingModels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InvoiceLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InvoiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Period = table.Column<int>(type: "integer", nullable: false),
                    UsagePeriod = table.Column<int>(type: "integer", nullable: false),
                    RunId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ServiceCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Text = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    QuantityMilli = table.Column<long>(type: "bigint", nullable: false),
                    Unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    UnitPrice = table.Column<long>(type: "bigint", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Ansvar = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Verksamhet = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Projekt = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Aktivitet = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    UsageCount = table.Column<long>(type: "bigint", nullable: false),
                    PriceListId = table.Column<Guid>(type: "uuid", nullable: true),
                    PriceListYear = table.Column<int>(type: "integer", nullable: true),
                    PriceListVersion = table.Column<int>(type: "integer", nullable: true),
                    Diarienummer = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    OriginalLineId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoiceLines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Invoices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Period = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RunId = table.Column<Guid>(type: "uuid", nullable: true),
                    RefundDecisionId = table.Column<Guid>(type: "uuid", nullable: true),
                    Text = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    CustomerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Total = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AccountAktivitet = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    AccountAnsvar = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    AccountMotpart = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    AccountProjekt = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    AccountVerksamhet = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Invoices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Invoices_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LedgerImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Format = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    ImportedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LineCount = table.Column<int>(type: "integer", nullable: false),
                    CostLineCount = table.Column<int>(type: "integer", nullable: false),
                    CostTotal = table.Column<long>(type: "bigint", nullable: false),
                    RevenueTotal = table.Column<long>(type: "bigint", nullable: false),
                    SkippedLineCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedgerImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PriceLists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ResultRequirementPercent = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false),
                    CostingModelId = table.Column<Guid>(type: "uuid", nullable: true),
                    Diarienummer = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DecisionRecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DecisionRecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriceLists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PricingCostIndices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    PersonnelPercent = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false),
                    OtherPercent = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false),
                    CapitalPercent = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false),
                    EfficiencyPercent = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PricingCostIndices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RefundDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    AreaCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AreaName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Diarienummer = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BookIn = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreditInvoiceCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RefundDecisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UsageImportBatches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SourceName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReceivedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RowsRead = table.Column<int>(type: "integer", nullable: false),
                    RowsAccepted = table.Column<int>(type: "integer", nullable: false),
                    RowsSkipped = table.Column<int>(type: "integer", nullable: false),
                    PeriodTotals = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UsageImportBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UsageRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Period = table.Column<int>(type: "integer", nullable: false),
                    QuantityMilli = table.Column<long>(type: "bigint", nullable: false),
                    Unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SourceReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CorrectsSourceReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Ansvar = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Verksamhet = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Projekt = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Aktivitet = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    OrganisationUnit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    BatchId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UsageRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CostingActivities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CostingModelId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostingActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CostingActivities_CostingModels_CostingModelId",
                        column: x => x.CostingModelId,
                        principalTable: "CostingModels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CostingDrivers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CostingModelId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SourceKey = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Basis = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostingDrivers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CostingDrivers_CostingModels_CostingModelId",
                        column: x => x.CostingModelId,
                        principalTable: "CostingModels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CostingRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CostingModelId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Basis = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CalculatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CalculatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PoolsTotalOre = table.Column<long>(type: "bigint", nullable: false),
                    ServicesTotalOre = table.Column<long>(type: "bigint", nullable: false),
                    PoolCount = table.Column<int>(type: "integer", nullable: false),
                    ServiceCount = table.Column<int>(type: "integer", nullable: false),
                    RemainderPoolToActivityOre = table.Column<long>(type: "bigint", nullable: false),
                    RemainderSupportOre = table.Column<long>(type: "bigint", nullable: false),
                    RemainderServiceOre = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostingRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CostingRuns_CostingModels_CostingModelId",
                        column: x => x.CostingModelId,
                        principalTable: "CostingModels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LedgerLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ImportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Account = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    AccountName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AccountGroup = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    AccountGroupName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AccountClass = table.Column<int>(type: "integer", nullable: false),
                    Ansvar = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Voucher = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Text = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AmountOre = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedgerLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LedgerLines_LedgerImports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "LedgerImports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PriceListForecasts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PriceListId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: false),
                    CustomerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Quantity = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false),
                    Employees = table.Column<int>(type: "integer", nullable: false),
                    MonthlyFee = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriceListForecasts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PriceListForecasts_PriceLists_PriceListId",
                        column: x => x.PriceListId,
                        principalTable: "PriceLists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PriceListServices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PriceListId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ServiceName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AreaName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Model = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    SelfCostSource = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SelfCostPersonnel = table.Column<long>(type: "bigint", nullable: false),
                    SelfCostOther = table.Column<long>(type: "bigint", nullable: false),
                    SelfCostCapital = table.Column<long>(type: "bigint", nullable: false),
                    BaseSharePercent = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false),
                    Key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Target = table.Column<long>(type: "bigint", nullable: false),
                    UnitPrice = table.Column<long>(type: "bigint", nullable: true),
                    ExpectedRevenue = table.Column<long>(type: "bigint", nullable: false),
                    Issue = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriceListServices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PriceListServices_PriceLists_PriceListId",
                        column: x => x.PriceListId,
                        principalTable: "PriceLists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RefundDecisionShares",
                columns: table => new
                {
                    RefundDecisionId = table.Column<Guid>(type: "uuid", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Charged = table.Column<long>(type: "bigint", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RefundDecisionShares", x => new { x.RefundDecisionId, x.CustomerId });
                    table.ForeignKey(
                        name: "FK_RefundDecisionShares_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RefundDecisionShares_RefundDecisions_RefundDecisionId",
                        column: x => x.RefundDecisionId,
                        principalTable: "RefundDecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CostingDriverLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CostingDriverId = table.Column<Guid>(type: "uuid", nullable: false),
                    Target = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ValueMicro = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostingDriverLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CostingDriverLines_CostingDrivers_CostingDriverId",
                        column: x => x.CostingDriverId,
                        principalTable: "CostingDrivers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CostingRunActivities",
                columns: table => new
                {
                    CostingRunId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActivityCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    DirectOre = table.Column<long>(type: "bigint", nullable: false),
                    TotalOre = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostingRunActivities", x => new { x.CostingRunId, x.ActivityCode });
                    table.ForeignKey(
                        name: "FK_CostingRunActivities_CostingRuns_CostingRunId",
                        column: x => x.CostingRunId,
                        principalTable: "CostingRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CostingRunActivityPools",
                columns: table => new
                {
                    CostingRunId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActivityCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PoolKey = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    DirectOre = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostingRunActivityPools", x => new { x.CostingRunId, x.ActivityCode, x.PoolKey });
                    table.ForeignKey(
                        name: "FK_CostingRunActivityPools_CostingRuns_CostingRunId",
                        column: x => x.CostingRunId,
                        principalTable: "CostingRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CostingRunPools",
                columns: table => new
                {
                    CostingRunId = table.Column<Guid>(type: "uuid", nullable: false),
                    PoolKey = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    AccountGroup = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AccountGroupName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Ansvar = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CostType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AmountOre = table.Column<long>(type: "bigint", nullable: false),
                    LineCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostingRunPools", x => new { x.CostingRunId, x.PoolKey });
                    table.ForeignKey(
                        name: "FK_CostingRunPools_CostingRuns_CostingRunId",
                        column: x => x.CostingRunId,
                        principalTable: "CostingRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CostingRunReach",
                columns: table => new
                {
                    CostingRunId = table.Column<Guid>(type: "uuid", nullable: false),
                    PrimaryCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SupportCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Fraction = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostingRunReach", x => new { x.CostingRunId, x.PrimaryCode, x.SupportCode });
                    table.ForeignKey(
                        name: "FK_CostingRunReach_CostingRuns_CostingRunId",
                        column: x => x.CostingRunId,
                        principalTable: "CostingRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CostingRunServiceActivities",
                columns: table => new
                {
                    CostingRunId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ActivityCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PersonnelOre = table.Column<long>(type: "bigint", nullable: false),
                    OtherOre = table.Column<long>(type: "bigint", nullable: false),
                    CapitalOre = table.Column<long>(type: "bigint", nullable: false),
                    RemainderOre = table.Column<int>(type: "integer", nullable: false),
                    QuantityMicro = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostingRunServiceActivities", x => new { x.CostingRunId, x.ServiceCode, x.ActivityCode });
                    table.ForeignKey(
                        name: "FK_CostingRunServiceActivities_CostingRuns_CostingRunId",
                        column: x => x.CostingRunId,
                        principalTable: "CostingRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CostingActivities_CostingModelId_Code",
                table: "CostingActivities",
                columns: new[] { "CostingModelId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CostingDriverLines_CostingDriverId",
                table: "CostingDriverLines",
                column: "CostingDriverId");

            migrationBuilder.CreateIndex(
                name: "IX_CostingDrivers_CostingModelId_Kind_Source_SourceKey",
                table: "CostingDrivers",
                columns: new[] { "CostingModelId", "Kind", "Source", "SourceKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CostingModels_Year",
                table: "CostingModels",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CostingRuns_CostingModelId",
                table: "CostingRuns",
                column: "CostingModelId");

            migrationBuilder.CreateIndex(
                name: "IX_CostingRuns_Year_CalculatedAtUtc",
                table: "CostingRuns",
                columns: new[] { "Year", "CalculatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceLines_InvoiceId",
                table: "InvoiceLines",
                column: "InvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceLines_Period_CustomerId_ServiceCode",
                table: "InvoiceLines",
                columns: new[] { "Period", "CustomerId", "ServiceCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_CustomerId",
                table: "Invoices",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_Period_CustomerId",
                table: "Invoices",
                columns: new[] { "Period", "CustomerId" });

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_RefundDecisionId_CustomerId",
                table: "Invoices",
                columns: new[] { "RefundDecisionId", "CustomerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LedgerImports_Year_Kind",
                table: "LedgerImports",
                columns: new[] { "Year", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LedgerLines_ImportId",
                table: "LedgerLines",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerLines_Year_Kind_AccountGroup_Ansvar",
                table: "LedgerLines",
                columns: new[] { "Year", "Kind", "AccountGroup", "Ansvar" });

            migrationBuilder.CreateIndex(
                name: "IX_PriceListForecasts_CustomerId",
                table: "PriceListForecasts",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_PriceListForecasts_PriceListId_ServiceCode_CustomerId",
                table: "PriceListForecasts",
                columns: new[] { "PriceListId", "ServiceCode", "CustomerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PriceLists_OneDraftPerYear",
                table: "PriceLists",
                columns: new[] { "Year", "Status" },
                unique: true,
                filter: "\"Status\" = 'Draft'");

            migrationBuilder.CreateIndex(
                name: "IX_PriceLists_Year_Version",
                table: "PriceLists",
                columns: new[] { "Year", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PriceListServices_PriceListId_ServiceCode",
                table: "PriceListServices",
                columns: new[] { "PriceListId", "ServiceCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PricingCostIndices_Year",
                table: "PricingCostIndices",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RefundDecisions_Year_AreaCode",
                table: "RefundDecisions",
                columns: new[] { "Year", "AreaCode" });

            migrationBuilder.CreateIndex(
                name: "IX_RefundDecisionShares_CustomerId",
                table: "RefundDecisionShares",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_UsageImportBatches_ReceivedAtUtc",
                table: "UsageImportBatches",
                column: "ReceivedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_UsageRecords_BillingRun",
                table: "UsageRecords",
                columns: new[] { "Period", "CustomerId", "ServiceCode", "Ansvar", "Verksamhet", "Projekt", "Aktivitet", "QuantityMilli" });

            migrationBuilder.CreateIndex(
                name: "IX_UsageRecords_Corrections",
                table: "UsageRecords",
                columns: new[] { "Period", "CorrectsSourceReference" },
                filter: "\"CorrectsSourceReference\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_UsageRecords_SourceReference",
                table: "UsageRecords",
                column: "SourceReference",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AreaBudgets");

            migrationBuilder.DropTable(
                name: "BillingPeriods");

            migrationBuilder.DropTable(
                name: "CostingActivities");

            migrationBuilder.DropTable(
                name: "CostingDriverLines");

            migrationBuilder.DropTable(
                name: "CostingRunActivities");

            migrationBuilder.DropTable(
                name: "CostingRunActivityPools");

            migrationBuilder.DropTable(
                name: "CostingRunPools");

            migrationBuilder.DropTable(
                name: "CostingRunReach");

            migrationBuilder.DropTable(
                name: "CostingRunServiceActivities");

            migrationBuilder.DropTable(
                name: "InvoiceLines");

            migrationBuilder.DropTable(
                name: "Invoices");

            migrationBuilder.DropTable(
                name: "LedgerLines");

            migrationBuilder.DropTable(
                name: "PriceListForecasts");

            migrationBuilder.DropTable(
                name: "PriceListServices");

            migrationBuilder.DropTable(
                name: "PricingCostIndices");

            migrationBuilder.DropTable(
                name: "RefundDecisionShares");

            migrationBuilder.DropTable(
                name: "UsageImportBatches");

            migrationBuilder.DropTable(
                name: "UsageRecords");

            migrationBuilder.DropTable(
                name: "CostingDrivers");

            migrationBuilder.DropTable(
                name: "CostingRuns");

            migrationBuilder.DropTable(
                name: "LedgerImports");

            migrationBuilder.DropTable(
                name: "PriceLists");

            migrationBuilder.DropTable(
                name: "RefundDecisions");

            migrationBuilder.DropTable(
                name: "CostingModels");
        }
    }
}
