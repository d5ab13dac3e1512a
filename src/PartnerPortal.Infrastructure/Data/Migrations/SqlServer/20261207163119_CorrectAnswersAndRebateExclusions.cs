using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerPortal.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CorrectAnswersAndRebateExclusions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ExcludedCategoryIds",
                table: "RebatePolicies",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "ExcludedProductIds",
                table: "RebatePolicies",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "ShowCorrectAnswers",
                table: "Courses",
                type: "nvarchar(30)",
                maxLength: 30,
                nullable: false,
                defaultValue: "AfterPassingOrLastAttempt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ExcludedCategoryIds",
                table: "RebatePolicies");

            migrationBuilder.DropColumn(
                name: "ExcludedProductIds",
                table: "RebatePolicies");

            migrationBuilder.DropColumn(
                name: "ShowCorrectAnswers",
                table: "Courses");
        }
    }
}
