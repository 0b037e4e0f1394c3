using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsReader.Web.Data.Migrations.Postgres
{
    /// <summary>
    /// The pending-suggestion tally kept once per statement instead of once per row. The row trigger ran an upsert
    /// for every suggestion written; within one transaction each upsert of the same few tally rows left a dead
    /// version the next one had to step over, so a large COPY (ingest, copy-db's 1.3 million suggestions) slowed
    /// down as it went. Now each statement's rows are counted by kind and percent from its transition tables and
    /// applied in one UPDATE and one upsert. The counts kept are the same (SuggestionTallyTests on PostgreSQL).
    /// </summary>
    public partial class PostgresStatementTally : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "Suggestions_Tally" ON "Suggestions";
                DROP FUNCTION IF EXISTS newsreader_suggestion_tally();

                CREATE FUNCTION newsreader_suggestion_tally_statement() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        UPDATE "SuggestionTallies" AS t SET "Pending" = t."Pending" - d.n
                        FROM (SELECT "Kind", newsreader_confidence_percent("Confidence") AS p, COUNT(*)::integer AS n
                              FROM old_rows WHERE "Status" = 'Pending' AND "ParagraphId" IS NOT NULL
                              GROUP BY 1, 2) AS d
                        WHERE t."Kind" = d."Kind" AND t."Percent" = d.p;
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        INSERT INTO "SuggestionTallies" ("Kind", "Percent", "Pending")
                        SELECT "Kind", newsreader_confidence_percent("Confidence"), COUNT(*)::integer
                        FROM new_rows WHERE "Status" = 'Pending' AND "ParagraphId" IS NOT NULL
                        GROUP BY 1, 2
                        ON CONFLICT ("Kind", "Percent") DO UPDATE SET "Pending" = "SuggestionTallies"."Pending" + EXCLUDED."Pending";
                    END IF;
                    RETURN NULL;
                END
                $$;

                CREATE TRIGGER "Suggestions_Tally_Insert" AFTER INSERT ON "Suggestions"
                    REFERENCING NEW TABLE AS new_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION newsreader_suggestion_tally_statement();
                CREATE TRIGGER "Suggestions_Tally_Update" AFTER UPDATE ON "Suggestions"
                    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION newsreader_suggestion_tally_statement();
                CREATE TRIGGER "Suggestions_Tally_Delete" AFTER DELETE ON "Suggestions"
                    REFERENCING OLD TABLE AS old_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION newsreader_suggestion_tally_statement();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "Suggestions_Tally_Insert" ON "Suggestions";
                DROP TRIGGER IF EXISTS "Suggestions_Tally_Update" ON "Suggestions";
                DROP TRIGGER IF EXISTS "Suggestions_Tally_Delete" ON "Suggestions";
                DROP FUNCTION IF EXISTS newsreader_suggestion_tally_statement();
                """);
            migrationBuilder.Sql(PostgresSearchAndTallies.RowTally);
        }
    }
}
