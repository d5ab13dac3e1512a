using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerPortal.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PartnerDocumentScansAndRenewals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ScanId",
                table: "PartnerDocuments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PartnerDocumentScans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PartnerId = table.Column<int>(type: "INTEGER", nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerDocumentScans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnerDocumentScans_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PartnerDocumentRenewals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PartnerId = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ScanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    SubmittedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PreviousNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    PreviousIssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PreviousExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PreviousScanId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerDocumentRenewals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnerDocumentRenewals_PartnerDocumentScans_PreviousScanId",
                        column: x => x.PreviousScanId,
                        principalTable: "PartnerDocumentScans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PartnerDocumentRenewals_PartnerDocumentScans_ScanId",
                        column: x => x.ScanId,
                        principalTable: "PartnerDocumentScans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PartnerDocumentRenewals_PartnerDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "PartnerDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PartnerDocumentRenewals_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PartnerDocuments_ScanId",
                table: "PartnerDocuments",
                column: "ScanId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerDocumentRenewals_DocumentId",
                table: "PartnerDocumentRenewals",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerDocumentRenewals_PartnerId",
                table: "PartnerDocumentRenewals",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerDocumentRenewals_PreviousScanId",
                table: "PartnerDocumentRenewals",
                column: "PreviousScanId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerDocumentRenewals_ScanId",
                table: "PartnerDocumentRenewals",
                column: "ScanId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerDocumentRenewals_Status_SubmittedAt",
                table: "PartnerDocumentRenewals",
                columns: new[] { "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PartnerDocumentScans_PartnerId",
                table: "PartnerDocumentScans",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerDocumentScans_StoredName",
                table: "PartnerDocumentScans",
                column: "StoredName",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_PartnerDocuments_PartnerDocumentScans_ScanId",
                table: "PartnerDocuments",
                column: "ScanId",
                principalTable: "PartnerDocumentScans",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_PartnerDocuments_PartnerDocumentScans_ScanId",
                table: "PartnerDocuments");

            migrationBuilder.DropTable(
                name: "PartnerDocumentRenewals");

            migrationBuilder.DropTable(
                name: "PartnerDocumentScans");

            migrationBuilder.DropIndex(
                name: "IX_PartnerDocuments_ScanId",
                table: "PartnerDocuments");

            migrationBuilder.DropColumn(
                name: "ScanId",
                table: "PartnerDocuments");
        }
    }
}
