using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerPortal.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class OrderEventFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "CreditLimit",
                table: "OrderEvents",
                type: "decimal(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "Exposure",
                table: "OrderEvents",
                type: "decimal(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Fact",
                table: "OrderEvents",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<decimal>(
                name: "OrderTotal",
                table: "OrderEvents",
                type: "decimal(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CreditLimit",
                table: "OrderEvents");

            migrationBuilder.DropColumn(
                name: "Exposure",
                table: "OrderEvents");

            migrationBuilder.DropColumn(
                name: "Fact",
                table: "OrderEvents");

            migrationBuilder.DropColumn(
                name: "OrderTotal",
                table: "OrderEvents");
        }
    }
}
