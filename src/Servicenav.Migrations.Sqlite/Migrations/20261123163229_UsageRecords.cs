using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Servicenav.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class UsageRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "UsageRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Period = table.Column<int>(type: "INTEGER", nullable: false),
                    QuantityMilli = table.Column<long>(type: "INTEGER", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SourceReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CorrectsSourceReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Ansvar = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Verksamhet = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Projekt = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Aktivitet = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    OrganisationUnit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UsageRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UsageRecords_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_UsageRecords_CustomerId",
                table: "UsageRecords",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_UsageRecords_Period_CustomerId_ServiceCode",
                table: "UsageRecords",
                columns: new[] { "Period", "CustomerId", "ServiceCode" });

            migrationBuilder.CreateIndex(
                name: "IX_UsageRecords_SourceReference",
                table: "UsageRecords",
                column: "SourceReference",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "UsageRecords");
        }
    }
}
