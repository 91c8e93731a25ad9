namespace Servicenav.ServiceDesk.Data.Knowledge;

/// <summary>
/// The SQLite side of the full-text index, which EF cannot express: for cases and for knowledge articles an FTS5
/// table and a key table, kept in step by triggers. Called from the migration that adds the knowledge base
/// (<c>migrationBuilder.Sql(FullTextSql.SqliteUp())</c> / <c>SqliteDown()</c>); PostgreSQL needs no raw SQL (its
/// generated <c>tsvector</c> columns and GIN indexes are in the model, <see cref="FullTextModel"/>).
/// <para>
/// The FTS5 tables are contentless (<c>content=''</c>: the text stays only in <c>Cases</c> and
/// <c>KnowledgeArticles</c>) and addressed by the integer key of their key table, whose <c>INTEGER PRIMARY KEY</c>
/// survives VACUUM (a plain table's implicit rowid does not). Rows are removed with FTS5's <c>'delete'</c> command
/// and the old values, which the triggers have. Tokenizer <c>unicode61 remove_diacritics 0</c>: case-folded, but å,
/// ä and ö stay letters of their own, as in Swedish. FTS5 has no Swedish stemmer; queries match each word as a
/// prefix instead (<see cref="SearchTerms"/>). Prefix indexes for two and three letters keep the first letters typed
/// in the portal fast.
/// </para>
/// <para>
/// A later migration that makes EF rebuild <c>Cases</c> or <c>KnowledgeArticles</c> on SQLite (a column type change
/// or drop, an added foreign key: EF copies the table and drops the old one) drops the triggers with it. EF runs those
/// rebuilds at the end of the migration, after any SQL in it, so such a migration must be followed by one of its own
/// holding only <c>migrationBuilder.Sql(FullTextSql.SqliteDown() + FullTextSql.SqliteUp())</c> (as
/// <c>FullTextAfterCasesRebuild</c> follows the problem records' foreign key).
/// </para>
/// </summary>
public static class FullTextSql
{
    private const string Tokenizer = "tokenize='unicode61 remove_diacritics 0', prefix='2 3'";

    public static string SqliteUp() =>
        Index("Cases", "CaseSearch", "CaseSearchKeys", "CaseId", ["Subject", "Description", "RequesterName"])
        + Index("KnowledgeArticles", "KnowledgeSearch", "KnowledgeSearchKeys", "ArticleId", ["Title", "Summary", "Body"]);

    public static string SqliteDown() =>
        """
        DROP TRIGGER IF EXISTS "Cases_Search_Insert";
        DROP TRIGGER IF EXISTS "Cases_Search_Update";
        DROP TRIGGER IF EXISTS "Cases_Search_Delete";
        DROP TABLE IF EXISTS "CaseSearch";
        DROP TABLE IF EXISTS "CaseSearchKeys";
        DROP TRIGGER IF EXISTS "KnowledgeArticles_Search_Insert";
        DROP TRIGGER IF EXISTS "KnowledgeArticles_Search_Update";
        DROP TRIGGER IF EXISTS "KnowledgeArticles_Search_Delete";
        DROP TABLE IF EXISTS "KnowledgeSearch";
        DROP TABLE IF EXISTS "KnowledgeSearchKeys";

        """;

    private static string Index(string table, string fts, string keys, string keyColumn, string[] columns)
    {
        var list = string.Join(", ", columns.Select(c => $"\"{c}\""));
        string Values(string row) => string.Join(", ", columns.Select(c => $"{row}.\"{c}\""));
        var remove = $"""INSERT INTO "{fts}" ("{fts}", "rowid", {list}) SELECT 'delete', "Key", {Values("old")} FROM "{keys}" WHERE "{keyColumn}" = old."Id";""";
        var add = $"""INSERT INTO "{fts}" ("rowid", {list}) SELECT "Key", {Values("new")} FROM "{keys}" WHERE "{keyColumn}" = new."Id";""";
        return $"""
            CREATE TABLE "{keys}" ("Key" INTEGER PRIMARY KEY, "{keyColumn}" TEXT NOT NULL UNIQUE);
            CREATE VIRTUAL TABLE "{fts}" USING fts5({list}, content='', {Tokenizer});
            INSERT INTO "{keys}" ("{keyColumn}") SELECT "Id" FROM "{table}";
            INSERT INTO "{fts}" ("rowid", {list}) SELECT k."Key", {Values("t")} FROM "{table}" AS t JOIN "{keys}" AS k ON k."{keyColumn}" = t."Id";
            CREATE TRIGGER "{table}_Search_Insert" AFTER INSERT ON "{table}" BEGIN
                INSERT INTO "{keys}" ("{keyColumn}") VALUES (new."Id");
                {add}
            END;
            CREATE TRIGGER "{table}_Search_Update" AFTER UPDATE OF {list} ON "{table}" BEGIN
                {remove}
                {add}
            END;
            CREATE TRIGGER "{table}_Search_Delete" AFTER DELETE ON "{table}" BEGIN
                {remove}
                DELETE FROM "{keys}" WHERE "{keyColumn}" = old."Id";
            END;

            """;
    }
}
