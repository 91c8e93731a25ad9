using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Servicenav.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CaseIndexesOnlyWhereSet : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_AssigneeUserId_Status",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_ClosedAtUtc",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_ProblemId",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_RootCauseId",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_SolvedAtUtc",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_SolvedAtUtc",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_CaseClocks_ResolutionEndedAtUtc",
                table: "CaseClocks");

            migrationBuilder.DropIndex(
                name: "IX_CaseClocks_ResponseEndedAtUtc",
                table: "CaseClocks");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AssigneeUserId_Status",
                table: "Cases",
                columns: new[] { "AssigneeUserId", "Status" },
                filter: "\"AssigneeUserId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ClosedAtUtc",
                table: "Cases",
                column: "ClosedAtUtc",
                filter: "\"ClosedAtUtc\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ProblemId",
                table: "Cases",
                column: "ProblemId",
                filter: "\"ProblemId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_RootCauseId",
                table: "Cases",
                column: "RootCauseId",
                filter: "\"RootCauseId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_SolvedAtUtc",
                table: "Cases",
                column: "SolvedAtUtc",
                filter: "\"SolvedAtUtc\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_SolvedAtUtc",
                table: "Cases",
                columns: new[] { "Status", "SolvedAtUtc" },
                filter: "\"SolvedAtUtc\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CaseClocks_ResolutionEndedAtUtc",
                table: "CaseClocks",
                column: "ResolutionEndedAtUtc",
                filter: "\"ResolutionEndedAtUtc\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CaseClocks_ResponseEndedAtUtc",
                table: "CaseClocks",
                column: "ResponseEndedAtUtc",
                filter: "\"ResponseEndedAtUtc\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_AssigneeUserId_Status",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_ClosedAtUtc",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_ProblemId",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_RootCauseId",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_SolvedAtUtc",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_SolvedAtUtc",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_CaseClocks_ResolutionEndedAtUtc",
                table: "CaseClocks");

            migrationBuilder.DropIndex(
                name: "IX_CaseClocks_ResponseEndedAtUtc",
                table: "CaseClocks");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AssigneeUserId_Status",
                table: "Cases",
                columns: new[] { "AssigneeUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ClosedAtUtc",
                table: "Cases",
                column: "ClosedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ProblemId",
                table: "Cases",
                column: "ProblemId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_RootCauseId",
                table: "Cases",
                column: "RootCauseId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_SolvedAtUtc",
                table: "Cases",
                column: "SolvedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_SolvedAtUtc",
                table: "Cases",
                columns: new[] { "Status", "SolvedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseClocks_ResolutionEndedAtUtc",
                table: "CaseClocks",
                column: "ResolutionEndedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_CaseClocks_ResponseEndedAtUtc",
                table: "CaseClocks",
                column: "ResponseEndedAtUtc");
        }
    }
}
