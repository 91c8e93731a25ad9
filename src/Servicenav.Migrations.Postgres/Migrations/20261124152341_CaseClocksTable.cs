using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Servicenav.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CaseClocksTable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseClocks",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResponseDueUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ResponseSla = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ResolutionDueUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ResolutionSla = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    GroupDueUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    GroupSla = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ResponseEndedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ResponseBusinessMinutes = table.Column<int>(type: "integer", nullable: true),
                    ResolutionEndedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ResolutionBusinessMinutes = table.Column<int>(type: "integer", nullable: true),
                    WarnedClocks = table.Column<int>(type: "integer", nullable: false),
                    BreachedClocks = table.Column<int>(type: "integer", nullable: false),
                    CaseVersion = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseClocks", x => x.CaseId);
                    table.ForeignKey(
                        name: "FK_CaseClocks_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("Npgsql:StorageParameter:fillfactor", 80);

            migrationBuilder.CreateIndex(
                name: "IX_CaseClocks_ResolutionEndedAtUtc",
                table: "CaseClocks",
                column: "ResolutionEndedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_CaseClocks_ResponseEndedAtUtc",
                table: "CaseClocks",
                column: "ResponseEndedAtUtc");

            // The clocks move to their own table before their columns leave Cases: every case keeps its clocks.
            migrationBuilder.Sql(@"INSERT INTO ""CaseClocks"" (""CaseId"", ""ResponseDueUtc"", ""ResponseSla"", ""ResolutionDueUtc"", ""ResolutionSla"", ""GroupDueUtc"", ""GroupSla"", ""ResponseEndedAtUtc"", ""ResponseBusinessMinutes"", ""ResolutionEndedAtUtc"", ""ResolutionBusinessMinutes"", ""WarnedClocks"", ""BreachedClocks"", ""CaseVersion"")
                SELECT ""Id"", ""ResponseDueUtc"", ""ResponseSla"", ""ResolutionDueUtc"", ""ResolutionSla"", ""GroupDueUtc"", ""GroupSla"", ""ResponseEndedAtUtc"", ""ResponseBusinessMinutes"", ""ResolutionEndedAtUtc"", ""ResolutionBusinessMinutes"", ""SlaWarnedClocks"", ""SlaBreachedClocks"", ""Version"" FROM ""Cases"";");

            migrationBuilder.DropIndex(
                name: "IX_Cases_ResolutionEndedAtUtc",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_ResponseEndedAtUtc",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "GroupDueUtc",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "GroupSla",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ResolutionBusinessMinutes",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ResolutionDueUtc",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ResolutionEndedAtUtc",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ResolutionSla",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ResponseBusinessMinutes",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ResponseDueUtc",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ResponseEndedAtUtc",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ResponseSla",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "SlaBreachedClocks",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "SlaWarnedClocks",
                table: "Cases");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

            migrationBuilder.AddColumn<DateTime>(
                name: "GroupDueUtc",
                table: "Cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GroupSla",
                table: "Cases",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ResolutionBusinessMinutes",
                table: "Cases",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ResolutionDueUtc",
                table: "Cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ResolutionEndedAtUtc",
                table: "Cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResolutionSla",
                table: "Cases",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ResponseBusinessMinutes",
                table: "Cases",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ResponseDueUtc",
                table: "Cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ResponseEndedAtUtc",
                table: "Cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResponseSla",
                table: "Cases",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SlaBreachedClocks",
                table: "Cases",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SlaWarnedClocks",
                table: "Cases",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ResolutionEndedAtUtc",
                table: "Cases",
                column: "ResolutionEndedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ResponseEndedAtUtc",
                table: "Cases",
                column: "ResponseEndedAtUtc");

            migrationBuilder.Sql(@"UPDATE ""Cases"" SET ""ResponseDueUtc"" = k.""ResponseDueUtc"", ""ResponseSla"" = k.""ResponseSla"", ""ResolutionDueUtc"" = k.""ResolutionDueUtc"", ""ResolutionSla"" = k.""ResolutionSla"", ""GroupDueUtc"" = k.""GroupDueUtc"", ""GroupSla"" = k.""GroupSla"", ""ResponseEndedAtUtc"" = k.""ResponseEndedAtUtc"", ""ResponseBusinessMinutes"" = k.""ResponseBusinessMinutes"", ""ResolutionEndedAtUtc"" = k.""ResolutionEndedAtUtc"", ""ResolutionBusinessMinutes"" = k.""ResolutionBusinessMinutes"", ""SlaWarnedClocks"" = k.""WarnedClocks"", ""SlaBreachedClocks"" = k.""BreachedClocks""
                FROM ""CaseClocks"" AS k WHERE k.""CaseId"" = ""Cases"".""Id"";");

            migrationBuilder.DropTable(
                name: "CaseClocks");
        }
    }
}
