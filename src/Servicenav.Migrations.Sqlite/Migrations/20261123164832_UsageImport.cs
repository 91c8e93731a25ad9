using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Servicenav.Migrations.Sqlite.Migrations
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SourceName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReceivedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RowsRead = table.Column<int>(type: "INTEGER", nullable: false),
                    RowsAccepted = table.Column<int>(type: "INTEGER", nullable: false),
                    RowsSkipped = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodTotals = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
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
