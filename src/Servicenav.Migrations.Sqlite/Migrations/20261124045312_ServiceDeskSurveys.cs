using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Servicenav.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ServiceDeskSurveys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseSurveys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContactId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecipientEmail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ServiceCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Solved = table.Column<bool>(type: "INTEGER", nullable: true),
                    Treatment = table.Column<int>(type: "INTEGER", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AnsweredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseSurveys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseSurveys_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseSurveys_Contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseSurveys_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseSurveys_ResolverGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "ResolverGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseSurveys_CaseId",
                table: "CaseSurveys",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseSurveys_ContactId",
                table: "CaseSurveys",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseSurveys_CustomerId_Month",
                table: "CaseSurveys",
                columns: new[] { "CustomerId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseSurveys_GroupId",
                table: "CaseSurveys",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseSurveys_Month",
                table: "CaseSurveys",
                column: "Month");

            migrationBuilder.CreateIndex(
                name: "IX_CaseSurveys_TokenHash",
                table: "CaseSurveys",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseSurveys");
        }
    }
}
