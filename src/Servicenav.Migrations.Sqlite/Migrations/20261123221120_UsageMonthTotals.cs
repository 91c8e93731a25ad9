using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Servicenav.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class UsageMonthTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "UsageMonthTotals",
                columns: table => new
                {
                    Period = table.Column<int>(type: "INTEGER", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Ansvar = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Verksamhet = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Projekt = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Aktivitet = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    QuantityMilli = table.Column<long>(type: "INTEGER", nullable: false),
                    UsageCount = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UsageMonthTotals", x => new { x.Period, x.CustomerId, x.ServiceCode, x.Ansvar, x.Verksamhet, x.Projekt, x.Aktivitet });
                });

            // The billing run reads the totals instead of the records: fill them from the usage already stored.
            migrationBuilder.Sql("""
                INSERT INTO "UsageMonthTotals" ("Period", "CustomerId", "ServiceCode", "Ansvar", "Verksamhet", "Projekt", "Aktivitet", "QuantityMilli", "UsageCount")
                SELECT "Period", "CustomerId", "ServiceCode", COALESCE("Ansvar", ''), COALESCE("Verksamhet", ''), COALESCE("Projekt", ''),
                       COALESCE("Aktivitet", ''), SUM("QuantityMilli"), COUNT(*)
                FROM "UsageRecords"
                WHERE "CorrectsSourceReference" IS NULL
                GROUP BY "Period", "CustomerId", "ServiceCode", COALESCE("Ansvar", ''), COALESCE("Verksamhet", ''), COALESCE("Projekt", ''), COALESCE("Aktivitet", '')
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "UsageMonthTotals");
        }
    }
}
