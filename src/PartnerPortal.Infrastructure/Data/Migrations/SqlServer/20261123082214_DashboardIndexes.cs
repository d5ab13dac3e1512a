using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerPortal.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DashboardIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Shipments_ShippedOn_PartnerId",
                table: "Shipments");

            migrationBuilder.CreateIndex(
                name: "IX_Shipments_ShippedOn_PartnerId_Amount",
                table: "Shipments",
                columns: new[] { "ShippedOn", "PartnerId", "Amount" });

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_OpenInvoices",
                table: "LedgerEntries",
                columns: new[] { "PartnerId", "DueDate", "OpenAmount" },
                filter: "[Kind] = N'Invoice' AND [OpenAmount] <> 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Shipments_ShippedOn_PartnerId_Amount",
                table: "Shipments");

            migrationBuilder.DropIndex(
                name: "IX_LedgerEntries_OpenInvoices",
                table: "LedgerEntries");

            migrationBuilder.CreateIndex(
                name: "IX_Shipments_ShippedOn_PartnerId",
                table: "Shipments",
                columns: new[] { "ShippedOn", "PartnerId" });
        }
    }
}
