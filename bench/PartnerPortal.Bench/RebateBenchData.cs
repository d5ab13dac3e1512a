using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PartnerPortal.Domain.Ordering;
using PartnerPortal.Domain.Partners;
using PartnerPortal.Domain.Pricing;
using static System.FormattableString;

namespace PartnerPortal.Bench;

/// <summary>
/// A year of shipped orders for the rebate benchmark, written straight into a migrated, empty SQLite database:
/// 4 regions, 2,000 partners, 8 categories, 200 products, 1 warehouse and 1,000,000 shipped order lines over
/// 2026 (about 250,000 a quarter), in one transaction with prepared commands. Always the same data.
/// </summary>
internal static class RebateBenchData
{
    public const int Partners = 2_000;
    public const int Products = 200;
    public const int OrderLines = 1_000_000;
    public static readonly DateOnly FirstDay = new(2026, 1, 1);
    public static readonly DateOnly LastDay = new(2026, 12, 31);

    public static readonly (string Code, string Name, string NameEn)[] Regions =
    [
        ("EAST", "华东", "East China"), ("SOUTH", "华南", "South China"), ("NORTH", "华北", "North China"), ("WEST", "西南", "Southwest China"),
    ];

    public static readonly (string Code, string Name, string NameEn)[] Categories =
    [
        ("AC", "空调", "Air conditioners"), ("RF", "冰箱", "Refrigerators"), ("WM", "洗衣机", "Washing machines"), ("TV", "电视", "Televisions"),
        ("KA", "厨房电器", "Kitchen appliances"), ("SA", "小家电", "Small appliances"), ("WH", "热水器", "Water heaters"), ("AP", "空气净化", "Air purifiers"),
    ];

    private static readonly Func<DateTimeOffset, long> Moment = new DateTimeOffsetToBinaryConverter().ConvertToProviderExpression.Compile();

    /// <summary>Seeds the data; returns the rows written per table and the order lines shipped in each quarter.</summary>
    /// <param name="withLedger">
    /// Also a credit account per partner and an invoice per shipment, due after 30 days: paid, except the last two
    /// months' and one in twenty of the older ones (those are overdue), as the dashboards' benchmark needs.
    /// </param>
    public static SeedResult Seed(string connectionString, bool withLedger = false)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { ForeignKeys = true, Pooling = false };
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        // A throw-away database: a bigger page cache, and no waiting for the disk.
        Execute(connection, null, "PRAGMA cache_size = -65536; PRAGMA synchronous = OFF;");
        using var tx = connection.BeginTransaction();
        // The indexes of the four big tables are built once at the end, from their own definitions: faster than
        // keeping them up to date row by row.
        var indexes = DropIndexes(connection, tx, "Orders", "OrderLines", "Shipments", "ShipmentLines", "LedgerEntries");
        var random = new Random(2026);

        using var regions = new Insert(connection, tx, "Regions", "Id", "Code", "Name", "NameEn");
        for (var i = 0; i < Regions.Length; i++) regions.Row(i + 1, Regions[i].Code, Regions[i].Name, Regions[i].NameEn);

        using var categories = new Insert(connection, tx, "ProductCategories", "Id", "Code", "Name", "NameEn");
        for (var i = 0; i < Categories.Length; i++) categories.Row(i + 1, Categories[i].Code, Categories[i].Name, Categories[i].NameEn);

        using var warehouses = new Insert(connection, tx, "Warehouses", "Id", "Code", "Name", "NameEn");
        warehouses.Row(1, "WH-SH", "上海中心仓", "Shanghai central warehouse");

        using var products = new Insert(connection, tx, "Products", "Id", "Sku", "Name", "NameEn", "CategoryId", "Unit", "UnitEn",
            "PackSize", "MinOrderQuantity", "OrderMultiple", "ListPrice", "LowStockThreshold", "IsActive");
        var catalog = new (string Sku, decimal ListPrice)[Products + 1];
        for (var id = 1; id <= Products; id++)
        {
            var category = (id - 1) % Categories.Length;
            var sku = Invariant($"{Categories[category].Code}-{id:D4}");
            var listPrice = random.Next(160, 12_000) / 2m; // 80.00 to 5,999.50
            catalog[id] = (sku, listPrice);
            products.Row(id, sku, Invariant($"{Categories[category].Name} {id:D4}"), Invariant($"{Categories[category].NameEn} {id:D4}"),
                category + 1, "台", "unit", 1, 1, 1, listPrice, 10, true);
        }

        // Regions take turns partner by partner; each four partners in a row (one per region) share a tier, and the tiers
        // repeat every ten such groups (1 Strategic, 3 Core, 6 Standard), so every region has partners of every tier.
        using var partners = new Insert(connection, tx, "Partners", "Id", "Code", "Name", "NameEn", "Type", "Tier", "Status",
            "CreditRating", "RegionId");
        var tiers = new PartnerTier[Partners + 1];
        var weights = new double[Partners + 1];
        for (var id = 1; id <= Partners; id++)
        {
            var slot = (id - 1) / Regions.Length % 10;
            var tier = slot == 0 ? PartnerTier.Strategic : slot <= 3 ? PartnerTier.Core : PartnerTier.Standard;
            var type = tier switch
            {
                PartnerTier.Strategic => PartnerType.Distributor,
                PartnerTier.Core => PartnerType.Dealer,
                _ => id % 2 == 0 ? PartnerType.Dealer : PartnerType.Store,
            };
            tiers[id] = tier;
            // Bigger partners buy more: the spread puts partners on every tier of the policies.
            weights[id] = weights[id - 1] + (tier switch { PartnerTier.Strategic => 4.0, PartnerTier.Core => 2.0, _ => 1.0 })
                * (0.3 + 1.4 * random.NextDouble());
            partners.Row(id, Invariant($"P{id:D4}"), Invariant($"返利测试经销商 {id:D4}"), Invariant($"Rebate bench partner {id:D4}"),
                type.ToString(), tier.ToString(), nameof(PartnerStatus.Active), ((CreditRating)(id % 4)).ToString(), (id - 1) % Regions.Length + 1);
        }

        using var orders = new Insert(connection, tx, "Orders", "Id", "Number", "PartnerId", "IdempotencyKey", "Note", "Status",
            "SubmittedAt", "Total");
        using var orderLines = new Insert(connection, tx, "OrderLines", "Id", "OrderId", "ProductId", "Sku", "Quantity",
            "ShippedQuantity", "ListPrice", "UnitPrice", "LineTotal");
        using var shipments = new Insert(connection, tx, "Shipments", "Id", "Number", "OrderId", "PartnerId", "WarehouseId",
            "ShippedOn", "ShippedByUserId", "Amount");
        using var shipmentLines = new Insert(connection, tx, "ShipmentLines", "Id", "ShipmentId", "OrderLineId", "Quantity", "Amount");

        using var invoices = new Insert(connection, tx, "LedgerEntries", "Id", "PartnerId", "Kind", "Number", "Date", "Amount", "DueDate",
            "OpenAmount", "OrderId", "Reference", "CreatedAt");
        var owed = new decimal[Partners + 1];
        var paidUntil = LastDay.AddMonths(-2);

        var days = LastDay.DayNumber - FirstDay.DayNumber + 1;
        var offset = TimeSpan.FromHours(8);
        var lines = new List<(int ProductId, int Quantity, decimal UnitPrice, decimal Total)>(8);
        var linesPerQuarter = new int[4];
        var lineId = 0;
        var orderId = 0;
        while (lineId < OrderLines)
        {
            orderId++;
            var partnerId = Pick(weights, random.NextDouble() * weights[Partners]);
            var shippedOn = FirstDay.AddDays(random.Next(days));
            var submittedAt = new DateTimeOffset(shippedOn.AddDays(-2).ToDateTime(new TimeOnly(10, 0)), offset);
            var discount = tiers[partnerId] switch { PartnerTier.Strategic => 15m, PartnerTier.Core => 10m, _ => 5m };

            lines.Clear();
            var count = Math.Min(random.Next(2, 7), OrderLines - lineId);
            while (lines.Count < count)
            {
                var productId = random.Next(1, Products + 1);
                if (lines.Exists(l => l.ProductId == productId)) continue;
                var quantity = random.Next(1, 25);
                var unitPrice = Money.Round(catalog[productId].ListPrice * (1m - discount / 100m));
                lines.Add((productId, quantity, unitPrice, PriceRules.LineTotal(unitPrice, quantity)));
            }
            var total = PriceRules.OrderTotal(lines.Select(l => l.Total));
            linesPerQuarter[(shippedOn.Month - 1) / 3] += lines.Count;

            orders.Row(orderId, Invariant($"SO-{submittedAt:yyyyMMdd}-{orderId:D6}"), partnerId, Invariant($"bench-{orderId}"), "",
                nameof(OrderStatus.Shipped), Moment(submittedAt), total);
            shipments.Row(orderId, Invariant($"SH-{shippedOn:yyyyMM}-{orderId:D6}"), orderId, partnerId, 1, shippedOn, "bench", total);
            if (withLedger)
            {
                var open = shippedOn > paidUntil || orderId % 20 == 0 ? total : 0m;
                owed[partnerId] += open;
                invoices.Row(orderId, partnerId, "Invoice", Invariant($"INV-{shippedOn:yyyyMM}-{orderId:D6}"), shippedOn, total,
                    shippedOn.AddDays(30), open, orderId, "", Moment(submittedAt.AddDays(2)));
            }
            foreach (var line in lines)
            {
                lineId++;
                orderLines.Row(lineId, orderId, line.ProductId, catalog[line.ProductId].Sku, line.Quantity, line.Quantity,
                    catalog[line.ProductId].ListPrice, line.UnitPrice, line.Total);
                shipmentLines.Row(lineId, orderId, lineId, line.Quantity, line.Total);
            }
        }
        using var accounts = new Insert(connection, tx, "CreditAccounts", "Id", "PartnerId", "CreditLimit", "Mode", "PaymentTermsDays",
            "GraceDays", "Balance", "ApprovedUninvoiced", "Version");
        if (withLedger)
        {
            for (var id = 1; id <= Partners; id++) accounts.Row(id, id, 2_000_000m, "Soft", 30, 7, owed[id], 0m, 0);
        }
        foreach (var sql in indexes) Execute(connection, tx, sql);
        tx.Commit();
        // Start the benchmark with the write-ahead log copied into the database and emptied, as after a quiet night.
        Execute(connection, null, "PRAGMA wal_checkpoint(TRUNCATE);");

        return new SeedResult([("Regions", regions.Rows), ("Partners", partners.Rows), ("ProductCategories", categories.Rows), ("Products", products.Rows),
            ("Warehouses", warehouses.Rows), ("Orders", orders.Rows), ("OrderLines", orderLines.Rows), ("Shipments", shipments.Rows),
            ("ShipmentLines", shipmentLines.Rows), ("LedgerEntries", invoices.Rows), ("CreditAccounts", accounts.Rows)], linesPerQuarter);
    }

    /// <summary>Drops the tables' indexes (not their primary keys) and returns the statements that create them again.</summary>
    private static List<string> DropIndexes(SqliteConnection connection, SqliteTransaction tx, params string[] tables)
    {
        var indexes = new List<(string Name, string Sql)>();
        using (var list = connection.CreateCommand())
        {
            list.Transaction = tx;
            list.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (" +
                               string.Join(", ", tables.Select((_, i) => "$t" + i)) + ")";
            for (var i = 0; i < tables.Length; i++) list.Parameters.AddWithValue("$t" + i, tables[i]);
            using var reader = list.ExecuteReader();
            while (reader.Read()) indexes.Add((reader.GetString(0), reader.GetString(1)));
        }
        foreach (var (name, _) in indexes) Execute(connection, tx, $"DROP INDEX \"{name}\"");
        return indexes.Select(i => i.Sql).ToList();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? tx, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The first index whose cumulative weight exceeds the point.</summary>
    private static int Pick(double[] cumulative, double point)
    {
        int lo = 1, hi = cumulative.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (cumulative[mid] > point) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    /// <summary>One prepared INSERT, executed once per row with new parameter values.</summary>
    private sealed class Insert : IDisposable
    {
        private readonly SqliteCommand _command;
        private readonly SqliteParameter[] _values;

        public Insert(SqliteConnection connection, SqliteTransaction tx, string table, params string[] columns)
        {
            _command = connection.CreateCommand();
            _command.Transaction = tx;
            _command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
                                   $"VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
            _values = columns.Select((_, i) => _command.Parameters.Add(new SqliteParameter("$p" + i, DBNull.Value))).ToArray();
            _command.Prepare();
        }

        public int Rows { get; private set; }

        public void Row(params object[] values)
        {
            for (var i = 0; i < values.Length; i++) _values[i].Value = values[i];
            _command.ExecuteNonQuery();
            Rows++;
        }

        public void Dispose() => _command.Dispose();
    }
}

internal sealed record SeedResult(IReadOnlyList<(string Table, int Rows)> Tables, IReadOnlyList<int> LinesPerQuarter);
