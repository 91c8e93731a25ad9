using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Servicenav.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CaseNumberSequences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Case numbers from a sequence per year, created on the year's first case and started after the numbers the
            // counter table gave out: no row lock and no transaction, so a query can take one (CaseNumbers in the core).
            migrationBuilder.Sql(
                """
                CREATE FUNCTION servicenav_next_case_sequence(p_year integer) RETURNS bigint
                LANGUAGE plpgsql VOLATILE AS $fn$
                DECLARE
                    seq text := format('%I', 'CaseNumbers_' || p_year);
                BEGIN
                    IF to_regclass(seq) IS NULL THEN
                        BEGIN
                            EXECUTE format('CREATE SEQUENCE %s START WITH %s', seq, 1 + GREATEST(
                                COALESCE((SELECT "LastSequence" FROM "CaseNumberCounters" WHERE "Year" = p_year), 0),
                                COALESCE((SELECT max("Sequence") FROM "Cases" WHERE "Year" = p_year), 0)));
                        EXCEPTION WHEN duplicate_table OR unique_violation THEN
                            NULL; -- another session created it first
                        END;
                    END IF;
                    RETURN nextval(seq::regclass);
                END
                $fn$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The numbers given out go back to the counter table, so numbering by counter resumes after them.
            migrationBuilder.Sql(
                """
                DO $$
                DECLARE
                    r record;
                    last_given bigint;
                BEGIN
                    FOR r IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                             WHERE c.relkind = 'S' AND n.nspname = current_schema() AND c.relname ~ '^CaseNumbers_[0-9]+$'
                    LOOP
                        EXECUTE format('SELECT last_value FROM %I', r.relname) INTO last_given;
                        INSERT INTO "CaseNumberCounters" ("Year", "LastSequence") VALUES (substring(r.relname FROM 13)::integer, last_given)
                        ON CONFLICT ("Year") DO UPDATE SET "LastSequence" = GREATEST("CaseNumberCounters"."LastSequence", EXCLUDED."LastSequence");
                        EXECUTE format('DROP SEQUENCE %I', r.relname);
                    END LOOP;
                END
                $$;
                DROP FUNCTION servicenav_next_case_sequence(integer);
                """);
        }
    }
}
