using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerPortal.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LedgerReversalsAndReceivables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LedgerEntries_OpenInvoices",
                table: "LedgerEntries");

            migrationBuilder.AddColumn<int>(
                name: "ReversesEntryId",
                table: "LedgerEntries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_OpenInvoices",
                table: "LedgerEntries",
                columns: new[] { "PartnerId", "DueDate", "OpenAmount" },
                filter: "\"DueDate\" IS NOT NULL AND \"OpenAmount\" <> '0.0'");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_ReversesEntryId",
                table: "LedgerEntries",
                column: "ReversesEntryId",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_LedgerEntries_LedgerEntries_ReversesEntryId",
                table: "LedgerEntries",
                column: "ReversesEntryId",
                principalTable: "LedgerEntries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_LedgerEntries_LedgerEntries_ReversesEntryId",
                table: "LedgerEntries");

            migrationBuilder.DropIndex(
                name: "IX_LedgerEntries_OpenInvoices",
                table: "LedgerEntries");

            migrationBuilder.DropIndex(
                name: "IX_LedgerEntries_ReversesEntryId",
                table: "LedgerEntries");

            migrationBuilder.DropColumn(
                name: "ReversesEntryId",
                table: "LedgerEntries");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_OpenInvoices",
                table: "LedgerEntries",
                columns: new[] { "PartnerId", "DueDate", "OpenAmount" },
                filter: "\"Kind\" = 'Invoice' AND \"OpenAmount\" <> '0.0'");
        }
    }
}
