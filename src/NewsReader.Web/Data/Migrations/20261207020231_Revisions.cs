using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsReader.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Revisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Annotations_Paragraphs_ParagraphId",
                table: "Annotations");

            migrationBuilder.DropForeignKey(
                name: "FK_Suggestions_Paragraphs_ParagraphId",
                table: "Suggestions");

            migrationBuilder.AlterColumn<int>(
                name: "ParagraphId",
                table: "Suggestions",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "Articles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1); // every stored article is at its first revision

            migrationBuilder.AlterColumn<int>(
                name: "ParagraphId",
                table: "Annotations",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<long>(
                name: "DeletedAt",
                table: "Annotations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeletedById",
                table: "Annotations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousExact",
                table: "Annotations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "State",
                table: "Annotations",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Anchored"); // every stored annotation is on the text it was made on

            migrationBuilder.CreateTable(
                name: "AnnotationEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AnnotationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    UndoOf = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnotationEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnotationEvents_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AnnotationEvents_AspNetUsers_ActorId",
                        column: x => x.ActorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ArticleRevisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Paragraphs = table.Column<string>(type: "TEXT", nullable: false),
                    ValidFrom = table.Column<long>(type: "INTEGER", nullable: false),
                    ValidUntil = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArticleRevisions_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Annotations_DeletedById",
                table: "Annotations",
                column: "DeletedById");

            migrationBuilder.CreateIndex(
                name: "IX_AnnotationEvents_ActorId_Id",
                table: "AnnotationEvents",
                columns: new[] { "ActorId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AnnotationEvents_AnnotationId_Id",
                table: "AnnotationEvents",
                columns: new[] { "AnnotationId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AnnotationEvents_ArticleId_Id",
                table: "AnnotationEvents",
                columns: new[] { "ArticleId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleRevisions_ArticleId_Number",
                table: "ArticleRevisions",
                columns: new[] { "ArticleId", "Number" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Annotations_AspNetUsers_DeletedById",
                table: "Annotations",
                column: "DeletedById",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Annotations_Paragraphs_ParagraphId",
                table: "Annotations",
                column: "ParagraphId",
                principalTable: "Paragraphs",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Suggestions_Paragraphs_ParagraphId",
                table: "Suggestions",
                column: "ParagraphId",
                principalTable: "Paragraphs",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Annotations_AspNetUsers_DeletedById",
                table: "Annotations");

            migrationBuilder.DropForeignKey(
                name: "FK_Annotations_Paragraphs_ParagraphId",
                table: "Annotations");

            migrationBuilder.DropForeignKey(
                name: "FK_Suggestions_Paragraphs_ParagraphId",
                table: "Suggestions");

            migrationBuilder.DropTable(
                name: "AnnotationEvents");

            migrationBuilder.DropTable(
                name: "ArticleRevisions");

            migrationBuilder.DropIndex(
                name: "IX_Annotations_DeletedById",
                table: "Annotations");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "DeletedAt",
                table: "Annotations");

            migrationBuilder.DropColumn(
                name: "DeletedById",
                table: "Annotations");

            migrationBuilder.DropColumn(
                name: "PreviousExact",
                table: "Annotations");

            migrationBuilder.DropColumn(
                name: "State",
                table: "Annotations");

            migrationBuilder.AlterColumn<int>(
                name: "ParagraphId",
                table: "Suggestions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "ParagraphId",
                table: "Annotations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Annotations_Paragraphs_ParagraphId",
                table: "Annotations",
                column: "ParagraphId",
                principalTable: "Paragraphs",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Suggestions_Paragraphs_ParagraphId",
                table: "Suggestions",
                column: "ParagraphId",
                principalTable: "Paragraphs",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
