using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsReader.Web.Data.Migrations
{
    /// <summary>
    /// SQLite FTS5 indexes over paragraph text and article titles (external content: the text is not
    /// stored twice), kept in step with the tables by triggers, so every writer (EF, the bulk
    /// inserter, a future tool) updates the index without knowing it exists. unicode61 with
    /// remove_diacritics folds case and accents, so "Zoe" finds "Zoë".
    /// </summary>
    public partial class FullTextSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "ParagraphSearch" USING fts5("Text", content='Paragraphs', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');
                CREATE TRIGGER "Paragraphs_SearchInsert" AFTER INSERT ON "Paragraphs" BEGIN
                    INSERT INTO "ParagraphSearch"(rowid, "Text") VALUES (new."Id", new."Text");
                END;
                CREATE TRIGGER "Paragraphs_SearchDelete" AFTER DELETE ON "Paragraphs" BEGIN
                    INSERT INTO "ParagraphSearch"("ParagraphSearch", rowid, "Text") VALUES ('delete', old."Id", old."Text");
                END;
                CREATE TRIGGER "Paragraphs_SearchUpdate" AFTER UPDATE OF "Text" ON "Paragraphs" BEGIN
                    INSERT INTO "ParagraphSearch"("ParagraphSearch", rowid, "Text") VALUES ('delete', old."Id", old."Text");
                    INSERT INTO "ParagraphSearch"(rowid, "Text") VALUES (new."Id", new."Text");
                END;
                INSERT INTO "ParagraphSearch"("ParagraphSearch") VALUES ('rebuild');

                CREATE VIRTUAL TABLE "ArticleSearch" USING fts5("Title", content='Articles', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');
                CREATE TRIGGER "Articles_SearchInsert" AFTER INSERT ON "Articles" BEGIN
                    INSERT INTO "ArticleSearch"(rowid, "Title") VALUES (new."Id", new."Title");
                END;
                CREATE TRIGGER "Articles_SearchDelete" AFTER DELETE ON "Articles" BEGIN
                    INSERT INTO "ArticleSearch"("ArticleSearch", rowid, "Title") VALUES ('delete', old."Id", old."Title");
                END;
                CREATE TRIGGER "Articles_SearchUpdate" AFTER UPDATE OF "Title" ON "Articles" BEGIN
                    INSERT INTO "ArticleSearch"("ArticleSearch", rowid, "Title") VALUES ('delete', old."Id", old."Title");
                    INSERT INTO "ArticleSearch"(rowid, "Title") VALUES (new."Id", new."Title");
                END;
                INSERT INTO "ArticleSearch"("ArticleSearch") VALUES ('rebuild');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "Paragraphs_SearchInsert";
                DROP TRIGGER IF EXISTS "Paragraphs_SearchDelete";
                DROP TRIGGER IF EXISTS "Paragraphs_SearchUpdate";
                DROP TABLE IF EXISTS "ParagraphSearch";
                DROP TRIGGER IF EXISTS "Articles_SearchInsert";
                DROP TRIGGER IF EXISTS "Articles_SearchDelete";
                DROP TRIGGER IF EXISTS "Articles_SearchUpdate";
                DROP TABLE IF EXISTS "ArticleSearch";
                """);
        }
    }
}
