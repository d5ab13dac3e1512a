using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerPortal.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AuditEntryPartner : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PartnerId",
                table: "AuditEntries",
                type: "int",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_PartnerId_OccurredAt",
                table: "AuditEntries",
                columns: new[] { "PartnerId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UserName_OccurredAt",
                table: "AuditEntries",
                columns: new[] { "UserName", "OccurredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_PartnerId_OccurredAt",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_UserName_OccurredAt",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "PartnerId",
                table: "AuditEntries");
        }
    }
}
