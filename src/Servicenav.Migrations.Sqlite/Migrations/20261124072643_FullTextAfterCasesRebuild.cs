using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Servicenav.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// The previous migration's foreign key from Cases to Problems makes EF rebuild Cases on SQLite, and EF runs such
    /// rebuilds at the end of the migration, after any SQL in it: the rebuild drops the full-text triggers, so the
    /// index is rebuilt here, in a migration of its own (see FullTextSql).
    /// </summary>
    public partial class FullTextAfterCasesRebuild : Migration
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
