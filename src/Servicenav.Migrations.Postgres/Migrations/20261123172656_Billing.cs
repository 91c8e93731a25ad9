using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Servicenav.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Billing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BillingPeriods");

            migrationBuilder.DropTable(
                name: "InvoiceLines");

            migrationBuilder.DropTable(
                name: "Invoices");

            migrationBuilder.DropIndex(
                name: "IX_UsageRecords_BillingRun",
                table: "UsageRecords");

            migrationBuilder.DropIndex(
                name: "IX_UsageRecords_Corrections",
                table: "UsageRecords");
        }
    }
}
