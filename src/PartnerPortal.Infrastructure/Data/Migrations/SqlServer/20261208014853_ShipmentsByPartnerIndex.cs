using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerPortal.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ShipmentsByPartnerIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Shipments_PartnerId",
                table: "Shipments");

            migrationBuilder.CreateIndex(
                name: "IX_Shipments_PartnerId_ShippedOn_Amount",
                table: "Shipments",
                columns: new[] { "PartnerId", "ShippedOn", "Amount" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Shipments_PartnerId_ShippedOn_Amount",
                table: "Shipments");

            migrationBuilder.CreateIndex(
                name: "IX_Shipments_PartnerId",
                table: "Shipments",
                column: "PartnerId");
        }
    }
}
