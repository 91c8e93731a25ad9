using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Servicenav.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Costing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CostingModels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CalculatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostingModels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CostingActivities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CostingModelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostingActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CostingActivities_CostingModels_CostingModelId",
                        column: x => x.CostingModelId,
                        principalTable: "CostingModels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CostingDrivers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CostingModelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SourceKey = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostingDrivers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CostingDrivers_CostingModels_CostingModelId",
                        column: x => x.CostingModelId,
                        principalTable: "CostingModels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CostingRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CostingModelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CalculatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CalculatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PoolsTotalOre = table.Column<long>(type: "INTEGER", nullable: false),
                    ServicesTotalOre = table.Column<long>(type: "INTEGER", nullable: false),
                    PoolCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceCount = table.Column<int>(type: "INTEGER", nullable: false),
                    RemainderPoolToActivityOre = table.Column<long>(type: "INTEGER", nullable: false),
                    RemainderSupportOre = table.Column<long>(type: "INTEGER", nullable: false),
                    RemainderServiceOre = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostingRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CostingRuns_CostingModels_CostingModelId",
                        column: x => x.CostingModelId,
                        principalTable: "CostingModels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CostingDriverLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CostingDriverId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ValueMicro = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostingDriverLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CostingDriverLines_CostingDrivers_CostingDriverId",
                        column: x => x.CostingDriverId,
                        principalTable: "CostingDrivers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CostingRunActivities",
                columns: table => new
                {
                    CostingRunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActivityCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    DirectOre = table.Column<long>(type: "INTEGER", nullable: false),
                    TotalOre = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostingRunActivities", x => new { x.CostingRunId, x.ActivityCode });
                    table.ForeignKey(
                        name: "FK_CostingRunActivities_CostingRuns_CostingRunId",
                        column: x => x.CostingRunId,
                        principalTable: "CostingRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CostingRunActivityPools",
                columns: table => new
                {
                    CostingRunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActivityCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PoolKey = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    DirectOre = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostingRunActivityPools", x => new { x.CostingRunId, x.ActivityCode, x.PoolKey });
                    table.ForeignKey(
                        name: "FK_CostingRunActivityPools_CostingRuns_CostingRunId",
                        column: x => x.CostingRunId,
                        principalTable: "CostingRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CostingRunPools",
                columns: table => new
                {
                    CostingRunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PoolKey = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    AccountGroup = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AccountGroupName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Ansvar = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CostType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AmountOre = table.Column<long>(type: "INTEGER", nullable: false),
                    LineCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostingRunPools", x => new { x.CostingRunId, x.PoolKey });
                    table.ForeignKey(
                        name: "FK_CostingRunPools_CostingRuns_CostingRunId",
                        column: x => x.CostingRunId,
                        principalTable: "CostingRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CostingRunReach",
                columns: table => new
                {
                    CostingRunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PrimaryCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SupportCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Fraction = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostingRunReach", x => new { x.CostingRunId, x.PrimaryCode, x.SupportCode });
                    table.ForeignKey(
                        name: "FK_CostingRunReach_CostingRuns_CostingRunId",
                        column: x => x.CostingRunId,
                        principalTable: "CostingRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CostingRunServiceActivities",
                columns: table => new
                {
                    CostingRunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ActivityCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PersonnelOre = table.Column<long>(type: "INTEGER", nullable: false),
                    OtherOre = table.Column<long>(type: "INTEGER", nullable: false),
                    CapitalOre = table.Column<long>(type: "INTEGER", nullable: false),
                    RemainderOre = table.Column<int>(type: "INTEGER", nullable: false),
                    QuantityMicro = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostingRunServiceActivities", x => new { x.CostingRunId, x.ServiceCode, x.ActivityCode });
                    table.ForeignKey(
                        name: "FK_CostingRunServiceActivities_CostingRuns_CostingRunId",
                        column: x => x.CostingRunId,
                        principalTable: "CostingRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CostingActivities_CostingModelId_Code",
                table: "CostingActivities",
                columns: new[] { "CostingModelId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CostingDriverLines_CostingDriverId",
                table: "CostingDriverLines",
                column: "CostingDriverId");

            migrationBuilder.CreateIndex(
                name: "IX_CostingDrivers_CostingModelId_Kind_Source_SourceKey",
                table: "CostingDrivers",
                columns: new[] { "CostingModelId", "Kind", "Source", "SourceKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CostingModels_Year",
                table: "CostingModels",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CostingRuns_CostingModelId",
                table: "CostingRuns",
                column: "CostingModelId");

            migrationBuilder.CreateIndex(
                name: "IX_CostingRuns_Year_CalculatedAtUtc",
                table: "CostingRuns",
                columns: new[] { "Year", "CalculatedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CostingActivities");

            migrationBuilder.DropTable(
                name: "CostingDriverLines");

            migrationBuilder.DropTable(
                name: "CostingRunActivities");

            migrationBuilder.DropTable(
                name: "CostingRunActivityPools");

            migrationBuilder.DropTable(
                name: "CostingRunPools");

            migrationBuilder.DropTable(
                name: "CostingRunReach");

            migrationBuilder.DropTable(
                name: "CostingRunServiceActivities");

            migrationBuilder.DropTable(
                name: "CostingDrivers");

            migrationBuilder.DropTable(
                name: "CostingRuns");

            migrationBuilder.DropTable(
                name: "CostingModels");
        }
    }
}
