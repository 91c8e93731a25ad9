using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Servicenav.Migrations.Postgres.Migrations
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

            migrationBuilder.AlterColumn<string>(
                name: "SourceReference",
                table: "UsageRecords",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "CorrectsSourceReference",
                table: "UsageRecords",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_UsageRecords_Period",
                table: "UsageRecords",
                column: "Period")
                .Annotation("Npgsql:IndexMethod", "brin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_UsageRecords_Period",
                table: "UsageRecords");

            migrationBuilder.AlterColumn<string>(
                name: "SourceReference",
                table: "UsageRecords",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "CorrectsSourceReference",
                table: "UsageRecords",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldNullable: true,
                oldCollation: "C");

            migrationBuilder.CreateIndex(
                name: "IX_UsageRecords_BillingRun",
                table: "UsageRecords",
                columns: new[] { "Period", "CustomerId", "ServiceCode", "Ansvar", "Verksamhet", "Projekt", "Aktivitet", "QuantityMilli" });
        }
    }
}
