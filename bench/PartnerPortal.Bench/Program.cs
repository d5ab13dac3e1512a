using PartnerPortal.Bench;

// Usage: dotnet run -c Release --project bench/PartnerPortal.Bench [-- orders] [--sql]
//        dotnet run -c Release --project bench/PartnerPortal.Bench -- rebates [--sql]
//        dotnet run -c Release --project bench/PartnerPortal.Bench -- order-export [lines]
//        dotnet run -c Release --project bench/PartnerPortal.Bench -- statement-pdf [lines]
//        dotnet run -c Release --project bench/PartnerPortal.Bench -- dashboards [--sql] [--keep] [--db PATH] [--scope TEXT]
//        dotnet run -c Release --project bench/PartnerPortal.Bench -- quick-order
//        dotnet run -c Release --project bench/PartnerPortal.Bench -- circuits [circuits] [opens] [--prerender-only]
if (args.Length > 0 && args[0] == "circuits")
    await CircuitBenchmark.RunAsync(args[1..]);
else if (args.Length > 0 && args[0] == "rebates")
    await RebateAccrualBenchmark.RunAsync(args[1..]);
else if (args.Length > 0 && args[0] == "dashboards")
    await DashboardBenchmark.RunAsync(args[1..]);
else if (args.Length > 0 && args[0] == "statement-pdf")
    StatementPdfBenchmark.Run(args[1..]);
else if (args.Length > 0 && args[0] == "quick-order")
    await QuickOrderFileBenchmark.RunAsync();
else if (args.Length > 0 && args[0] == "order-export")
    await OrderExportBenchmark.RunAsync(args[1..]);
else
    await OrderSubmissionBenchmark.RunAsync(args);
