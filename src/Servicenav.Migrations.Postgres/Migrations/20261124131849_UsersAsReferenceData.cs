using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Servicenav.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class UsersAsReferenceData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // No schema change: users become reference data of the ReferenceCache (an annotation in the model only).
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
