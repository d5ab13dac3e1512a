using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerPortal.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RebatePolicies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RebatePolicies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    VersionNumber = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    PeriodType = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Basis = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Mode = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    RateKind = table.Column<string>(type: "nvarchar(14)", maxLength: 14, nullable: false),
                    Tiers = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    CapPerPeriod = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    Stackable = table.Column<bool>(type: "bit", nullable: false),
                    RegionIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    PartnerTarget = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    PartnerTiers = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    PartnerIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ProductTarget = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    CategoryIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ProductIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ActivatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RebatePolicies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RebateAccruals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PolicyId = table.Column<int>(type: "int", nullable: false),
                    PartnerId = table.Column<int>(type: "int", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    NetAmount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    Quantity = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    TierReached = table.Column<int>(type: "int", nullable: false),
                    Rate = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: true),
                    Amount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    UncappedAmount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    Capped = table.Column<bool>(type: "bit", nullable: false),
                    NextThreshold = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: true),
                    NextRate = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: true),
                    MoreNeeded = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: true),
                    AdditionalAmount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    CalculatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SettledAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CreditNoteEntryId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RebateAccruals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RebateAccruals_LedgerEntries_CreditNoteEntryId",
                        column: x => x.CreditNoteEntryId,
                        principalTable: "LedgerEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RebateAccruals_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RebateAccruals_RebatePolicies_PolicyId",
                        column: x => x.PolicyId,
                        principalTable: "RebatePolicies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Shipments_ShippedOn_PartnerId",
                table: "Shipments",
                columns: new[] { "ShippedOn", "PartnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_RebateAccruals_CreditNoteEntryId",
                table: "RebateAccruals",
                column: "CreditNoteEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_RebateAccruals_PartnerId_PeriodStart",
                table: "RebateAccruals",
                columns: new[] { "PartnerId", "PeriodStart" });

            migrationBuilder.CreateIndex(
                name: "IX_RebateAccruals_PolicyId_PeriodStart_PartnerId",
                table: "RebateAccruals",
                columns: new[] { "PolicyId", "PeriodStart", "PartnerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RebatePolicies_Code_VersionNumber",
                table: "RebatePolicies",
                columns: new[] { "Code", "VersionNumber" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RebateAccruals");

            migrationBuilder.DropTable(
                name: "RebatePolicies");

            migrationBuilder.DropIndex(
                name: "IX_Shipments_ShippedOn_PartnerId",
                table: "Shipments");
        }
    }
}
