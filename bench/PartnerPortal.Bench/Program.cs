using PartnerPortal.Bench;

// Usage: dotnet run -c Release --project bench/PartnerPortal.Bench [-- orders]
//        dotnet run -c Release --project bench/PartnerPortal.Bench -- rebates [--sql]
if (args.Length > 0 && args[0] == "rebates")
    await RebateAccrualBenchmark.RunAsync(args[1..]);
else
    await OrderSubmissionBenchmark.RunAsync(args);
