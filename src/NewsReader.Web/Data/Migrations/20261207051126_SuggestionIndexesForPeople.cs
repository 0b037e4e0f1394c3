using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsReader.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SuggestionIndexesForPeople : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Suggestions_PersonId",
                table: "Suggestions");

            migrationBuilder.DropIndex(
                name: "IX_Suggestions_PersonKey",
                table: "Suggestions");

            migrationBuilder.DropIndex(
                name: "IX_Suggestions_Queue",
                table: "Suggestions");

            migrationBuilder.DropIndex(
                name: "IX_Suggestions_QueueByKind",
                table: "Suggestions");

            migrationBuilder.CreateIndex(
                name: "IX_Suggestions_PersonId_Status_Kind",
                table: "Suggestions",
                columns: new[] { "PersonId", "Status", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_Suggestions_PersonKey_Status_Kind",
                table: "Suggestions",
                columns: new[] { "PersonKey", "Status", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_Suggestions_Queue",
                table: "Suggestions",
                columns: new[] { "Confidence", "ArticleId", "ParagraphId", "Start" },
                descending: new[] { true, false, false, false },
                filter: "\"Status\" = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "IX_Suggestions_QueueByKind",
                table: "Suggestions",
                columns: new[] { "Kind", "Confidence", "ArticleId", "ParagraphId", "Start" },
                descending: new[] { false, true, false, false, false },
                filter: "\"Status\" = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "IX_Annotations_ArticleId_PersonId",
                table: "Annotations",
                columns: new[] { "ArticleId", "PersonId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Suggestions_PersonId_Status_Kind",
                table: "Suggestions");

            migrationBuilder.DropIndex(
                name: "IX_Suggestions_PersonKey_Status_Kind",
                table: "Suggestions");

            migrationBuilder.DropIndex(
                name: "IX_Suggestions_Queue",
                table: "Suggestions");

            migrationBuilder.DropIndex(
                name: "IX_Suggestions_QueueByKind",
                table: "Suggestions");

            migrationBuilder.DropIndex(
                name: "IX_Annotations_ArticleId_PersonId",
                table: "Annotations");

            migrationBuilder.CreateIndex(
                name: "IX_Suggestions_PersonId",
                table: "Suggestions",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Suggestions_PersonKey",
                table: "Suggestions",
                column: "PersonKey");

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
        }
    }
}
