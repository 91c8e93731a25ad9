using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Servicenav.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class UsageImport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "UsageImportBatches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SourceName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReceivedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RowsRead = table.Column<int>(type: "integer", nullable: false),
                    RowsAccepted = table.Column<int>(type: "integer", nullable: false),
                    RowsSkipped = table.Column<int>(type: "integer", nullable: false),
                    PeriodTotals = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UsageImportBatches", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_UsageImportBatches_ReceivedAtUtc",
                table: "UsageImportBatches",
                column: "ReceivedAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "UsageImportBatches");
        }
    }
}
