using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Servicenav.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LedgerPoolMonths : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LedgerPoolMonths",
                columns: table => new
                {
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountGroup = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Ansvar = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AccountGroupName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AmountOre = table.Column<long>(type: "INTEGER", nullable: false),
                    LineCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedgerPoolMonths", x => new { x.ImportId, x.AccountGroup, x.Ansvar, x.Month });
                    table.ForeignKey(
                        name: "FK_LedgerPoolMonths_LedgerImports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "LedgerImports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LedgerPoolMonths_Year_Kind",
                table: "LedgerPoolMonths",
                columns: new[] { "Year", "Kind" });

            // The imports already stored get their sums too (new imports write them themselves).
            migrationBuilder.Sql("""
                INSERT INTO "LedgerPoolMonths" ("ImportId", "Year", "Kind", "AccountGroup", "AccountGroupName", "Ansvar", "Month", "AmountOre", "LineCount")
                SELECT "ImportId", "Year", "Kind", "AccountGroup", MAX("AccountGroupName"), "Ansvar", CAST(strftime('%m', "Date") AS INTEGER), SUM("AmountOre"), COUNT(*)
                FROM "LedgerLines"
                WHERE "AccountClass" BETWEEN 4 AND 8
                GROUP BY "ImportId", "Year", "Kind", "AccountGroup", "Ansvar", CAST(strftime('%m', "Date") AS INTEGER)
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LedgerPoolMonths");
        }
    }
}
