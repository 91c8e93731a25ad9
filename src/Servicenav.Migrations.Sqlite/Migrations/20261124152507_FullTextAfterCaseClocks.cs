using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Servicenav.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// The previous migration drops the clock columns from Cases, which EF does on SQLite by rebuilding the table at the
    /// end of that migration; the rebuild drops the full-text triggers, so the index is rebuilt here (see FullTextSql).
    /// </summary>
    public partial class FullTextAfterCaseClocks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Servicenav.ServiceDesk.Data.Knowledge.FullTextSql.SqliteDown() + Servicenav.ServiceDesk.Data.Knowledge.FullTextSql.SqliteUp());
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
