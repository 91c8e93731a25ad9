using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Servicenav.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class UsageImportIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_UsageRecords_BillingRun",
                table: "UsageRecords");

            migrationBuilder.CreateIndex(
                name: "IX_UsageRecords_Period",
                table: "UsageRecords",
                column: "Period");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_UsageRecords_Period",
                table: "UsageRecords");

            migrationBuilder.CreateIndex(
                name: "IX_UsageRecords_BillingRun",
                table: "UsageRecords",
                columns: new[] { "Period", "CustomerId", "ServiceCode", "Ansvar", "Verksamhet", "Projekt", "Aktivitet", "QuantityMilli" });
        }
    }
}
