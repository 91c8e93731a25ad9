using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Servicenav.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ServiceDeskOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FulfilmentRegister",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    RecipientName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecipientUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    What = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    RegisteredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FulfilmentRegister", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OrderForms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Intro = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Fields = table.Column<string>(type: "TEXT", nullable: false),
                    QuantityRule = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FixedQuantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    QuantityFieldKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    UsageUnit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Approval = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ManagerFieldKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Fulfilment = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AdapterName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Tasks = table.Column<string>(type: "TEXT", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderForms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Orders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    FormId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FormVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    FormTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequesterUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RequesterName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Answers = table.Column<string>(type: "TEXT", nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    UsageUnit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Approval = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ApproverUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ApproverName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ApprovalState = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DecidedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Fulfilment = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AdapterName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    TaskTemplates = table.Column<string>(type: "TEXT", nullable: false),
                    FulfilmentState = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DeliveredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FulfilledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UsagePeriod = table.Column<int>(type: "INTEGER", nullable: true),
                    Log = table.Column<string>(type: "TEXT", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Orders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Orders_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Orders_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Orders_OrderForms_FormId",
                        column: x => x.FormId,
                        principalTable: "OrderForms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OrderTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    IsDone = table.Column<bool>(type: "INTEGER", nullable: false),
                    DoneAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DoneByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DoneByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrderTasks_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OrderTasks_ResolverGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "ResolverGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FulfilmentRegister_CustomerId_RegisteredAtUtc",
                table: "FulfilmentRegister",
                columns: new[] { "CustomerId", "RegisteredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_FulfilmentRegister_OrderId",
                table: "FulfilmentRegister",
                column: "OrderId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrderForms_ServiceCode",
                table: "OrderForms",
                column: "ServiceCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Orders_ApproverUserId_ApprovalState",
                table: "Orders",
                columns: new[] { "ApproverUserId", "ApprovalState" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CaseId",
                table: "Orders",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CaseNumber",
                table: "Orders",
                column: "CaseNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CustomerId_ApprovalState",
                table: "Orders",
                columns: new[] { "CustomerId", "ApprovalState" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_FormId",
                table: "Orders",
                column: "FormId");

            migrationBuilder.CreateIndex(
                name: "IX_OrderTasks_GroupId_IsDone",
                table: "OrderTasks",
                columns: new[] { "GroupId", "IsDone" });

            migrationBuilder.CreateIndex(
                name: "IX_OrderTasks_OrderId_Position",
                table: "OrderTasks",
                columns: new[] { "OrderId", "Position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FulfilmentRegister");

            migrationBuilder.DropTable(
                name: "OrderTasks");

            migrationBuilder.DropTable(
                name: "Orders");

            migrationBuilder.DropTable(
                name: "OrderForms");
        }
    }
}
