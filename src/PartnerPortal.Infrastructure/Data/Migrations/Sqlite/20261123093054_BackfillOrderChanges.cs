using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerPortal.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BackfillOrderChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Orders placed before the change log existed get one change each, in order, so the integration feed
            // (orders changed since a token) starts with every order, not only those changed after the upgrade.
            migrationBuilder.Sql(
                "INSERT INTO OrderChanges (OrderId, ChangedAt) SELECT Id, SubmittedAt FROM Orders " +
                "WHERE Status <> 'Draft' AND Id NOT IN (SELECT OrderId FROM OrderChanges) ORDER BY Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
