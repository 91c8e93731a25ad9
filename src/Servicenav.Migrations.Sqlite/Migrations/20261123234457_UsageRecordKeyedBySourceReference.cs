using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Servicenav.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class UsageRecordKeyedBySourceReference : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_UsageRecords",
                table: "UsageRecords");

            migrationBuilder.DropIndex(
                name: "IX_UsageRecords_SourceReference",
                table: "UsageRecords");

            migrationBuilder.AddPrimaryKey(
                name: "PK_UsageRecords",
                table: "UsageRecords",
                column: "SourceReference");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_UsageRecords",
                table: "UsageRecords");

            migrationBuilder.AddPrimaryKey(
                name: "PK_UsageRecords",
                table: "UsageRecords",
                column: "Id");

            migrationBuilder.CreateIndex(
                name: "IX_UsageRecords_SourceReference",
                table: "UsageRecords",
                column: "SourceReference",
                unique: true);
        }
    }
}
