using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerPortal.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RebateTrueUps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RebateTrueUps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccrualId = table.Column<int>(type: "INTEGER", nullable: false),
                    PolicyId = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnerId = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    NetAmountBefore = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    QuantityBefore = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    NetAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    TierReached = table.Column<int>(type: "INTEGER", nullable: false),
                    Rate = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    SettledBefore = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Recomputed = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Difference = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Cause = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    LedgerEntryId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RebateTrueUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RebateTrueUps_LedgerEntries_LedgerEntryId",
                        column: x => x.LedgerEntryId,
                        principalTable: "LedgerEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RebateTrueUps_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RebateTrueUps_RebateAccruals_AccrualId",
                        column: x => x.AccrualId,
                        principalTable: "RebateAccruals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RebateTrueUps_RebatePolicies_PolicyId",
                        column: x => x.PolicyId,
                        principalTable: "RebatePolicies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RebateTrueUps_AccrualId_Sequence",
                table: "RebateTrueUps",
                columns: new[] { "AccrualId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RebateTrueUps_LedgerEntryId",
                table: "RebateTrueUps",
                column: "LedgerEntryId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RebateTrueUps_PartnerId_PeriodStart",
                table: "RebateTrueUps",
                columns: new[] { "PartnerId", "PeriodStart" });

            migrationBuilder.CreateIndex(
                name: "IX_RebateTrueUps_PolicyId",
                table: "RebateTrueUps",
                column: "PolicyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RebateTrueUps");
        }
    }
}
