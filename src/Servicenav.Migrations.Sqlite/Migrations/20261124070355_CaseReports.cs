using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Servicenav.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CaseReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ResolutionBusinessMinutes",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ResolutionEndedAtUtc",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ResponseBusinessMinutes",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ResponseEndedAtUtc",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AgentProfiles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Fte = table.Column<decimal>(type: "TEXT", precision: 3, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgentProfiles", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_AgentProfiles_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ClosedAtUtc",
                table: "Cases",
                column: "ClosedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ResolutionEndedAtUtc",
                table: "Cases",
                column: "ResolutionEndedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ResponseEndedAtUtc",
                table: "Cases",
                column: "ResponseEndedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_SolvedAtUtc",
                table: "Cases",
                column: "SolvedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_CreatedAtUtc",
                table: "Cases",
                columns: new[] { "Status", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_Kind_AtUtc",
                table: "CaseEvents",
                columns: new[] { "Kind", "AtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgentProfiles");

            migrationBuilder.DropIndex(
                name: "IX_Cases_ClosedAtUtc",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_ResolutionEndedAtUtc",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_ResponseEndedAtUtc",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_SolvedAtUtc",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_CreatedAtUtc",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_CaseEvents_Kind_AtUtc",
                table: "CaseEvents");

            migrationBuilder.DropColumn(
                name: "ResolutionBusinessMinutes",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ResolutionEndedAtUtc",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ResponseBusinessMinutes",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ResponseEndedAtUtc",
                table: "Cases");
        }
    }
}
