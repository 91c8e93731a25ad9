using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Servicenav.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OpenCaseIndexesAndReferenceCache : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_GroupId_Status_Priority_CreatedAtUtc",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_GroupId_CreatedAtUtc",
                table: "Cases",
                columns: new[] { "GroupId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Open_Created",
                table: "Cases",
                column: "CreatedAtUtc",
                filter: "\"Status\" NOT IN ('Solved', 'Closed')");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Open_Customer",
                table: "Cases",
                columns: new[] { "CustomerId", "CreatedAtUtc" },
                filter: "\"Status\" NOT IN ('Solved', 'Closed')");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Open_Id",
                table: "Cases",
                column: "Id",
                filter: "\"Status\" NOT IN ('Solved', 'Closed')");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Open_Queue",
                table: "Cases",
                columns: new[] { "GroupId", "Priority", "CreatedAtUtc" },
                filter: "\"Status\" NOT IN ('Solved', 'Closed')");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Open_Requester",
                table: "Cases",
                columns: new[] { "RequesterUserId", "CreatedAtUtc" },
                filter: "\"Status\" NOT IN ('Solved', 'Closed')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_GroupId_CreatedAtUtc",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Open_Created",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Open_Customer",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Open_Id",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Open_Queue",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Open_Requester",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_GroupId_Status_Priority_CreatedAtUtc",
                table: "Cases",
                columns: new[] { "GroupId", "Status", "Priority", "CreatedAtUtc" });
        }
    }
}
