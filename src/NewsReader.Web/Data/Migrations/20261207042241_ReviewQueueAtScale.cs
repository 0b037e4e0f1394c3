using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsReader.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReviewQueueAtScale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Suggestions_Status_Confidence",
                table: "Suggestions");

            migrationBuilder.CreateTable(
                name: "SuggestionTallies",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Percent = table.Column<int>(type: "INTEGER", nullable: false),
                    Pending = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuggestionTallies", x => new { x.Kind, x.Percent });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Suggestions_Queue",
                table: "Suggestions",
                columns: new[] { "Status", "Confidence", "ArticleId", "ParagraphId", "Start" },
                descending: new[] { false, true, false, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_Suggestions_QueueByKind",
                table: "Suggestions",
                columns: new[] { "Status", "Kind", "Confidence", "ArticleId", "ParagraphId", "Start" },
                descending: new[] { false, false, true, false, false, false });

            // The tally follows every write to Suggestions, whoever makes it: a placed pending suggestion
            // counts once under its kind and confidence percent (rounded to 6 places first, so 0.8 * 100
            // is 80, not 79.99...). An update takes the old row out and puts the new one in.
            const string Percent = "CAST(ROUND({0}.\"Confidence\" * 100, 6) AS INTEGER)";
            const string Counts = "{0}.\"Status\" = 'Pending' AND {0}.\"ParagraphId\" IS NOT NULL";
            var add = $"""
                INSERT INTO "SuggestionTallies" ("Kind", "Percent", "Pending")
                SELECT NEW."Kind", {string.Format(Percent, "NEW")}, 1 WHERE {string.Format(Counts, "NEW")}
                ON CONFLICT ("Kind", "Percent") DO UPDATE SET "Pending" = "Pending" + 1;
                """;
            var remove = $"""
                UPDATE "SuggestionTallies" SET "Pending" = "Pending" - 1
                WHERE {string.Format(Counts, "OLD")} AND "Kind" = OLD."Kind" AND "Percent" = {string.Format(Percent, "OLD")};
                """;
            migrationBuilder.Sql($"""
                CREATE TRIGGER "Suggestions_Tally_Insert" AFTER INSERT ON "Suggestions" BEGIN
                {add}
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "Suggestions_Tally_Delete" AFTER DELETE ON "Suggestions" BEGIN
                {remove}
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "Suggestions_Tally_Update" AFTER UPDATE OF "Status", "ParagraphId", "Confidence", "Kind" ON "Suggestions" BEGIN
                {remove}
                {add}
                END;
                """);
            migrationBuilder.Sql($"""
                INSERT INTO "SuggestionTallies" ("Kind", "Percent", "Pending")
                SELECT "Kind", {string.Format(Percent, "\"Suggestions\"")}, COUNT(*) FROM "Suggestions"
                WHERE {string.Format(Counts, "\"Suggestions\"")}
                GROUP BY 1, 2;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER \"Suggestions_Tally_Insert\";");
            migrationBuilder.Sql("DROP TRIGGER \"Suggestions_Tally_Delete\";");
            migrationBuilder.Sql("DROP TRIGGER \"Suggestions_Tally_Update\";");

            migrationBuilder.DropTable(
                name: "SuggestionTallies");

            migrationBuilder.DropIndex(
                name: "IX_Suggestions_Queue",
                table: "Suggestions");

            migrationBuilder.DropIndex(
                name: "IX_Suggestions_QueueByKind",
                table: "Suggestions");

            migrationBuilder.CreateIndex(
                name: "IX_Suggestions_Status_Confidence",
                table: "Suggestions",
                columns: new[] { "Status", "Confidence" });
        }
    }
}
