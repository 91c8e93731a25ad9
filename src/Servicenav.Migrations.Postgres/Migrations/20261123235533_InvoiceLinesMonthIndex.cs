using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Servicenav.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class InvoiceLinesMonthIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InvoiceLines_Period_CustomerId_ServiceCode",
                table: "InvoiceLines");

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceLines_Period",
                table: "InvoiceLines",
                column: "Period")
                .Annotation("Npgsql:IndexMethod", "brin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InvoiceLines_Period",
                table: "InvoiceLines");

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceLines_Period_CustomerId_ServiceCode",
                table: "InvoiceLines",
                columns: new[] { "Period", "CustomerId", "ServiceCode" });
        }
    }
}
