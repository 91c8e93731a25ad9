using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Servicenav.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ServiceDeskSla : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "GroupDueUtc",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GroupSla",
                table: "Cases",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ResolutionDueUtc",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResolutionSla",
                table: "Cases",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ResponseDueUtc",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResponseSla",
                table: "Cases",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SlaBreachedClocks",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SlaWarnedClocks",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "GroupDueUtc",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "GroupSla",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ResolutionDueUtc",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ResolutionSla",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ResponseDueUtc",
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
    }
}
