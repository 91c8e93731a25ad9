using System.Diagnostics;

namespace Servicenav.Bench;

/// <summary>Runs a step while sampling the managed heap every 50 ms: shows whether memory grows with the row count.</summary>
public static class HeapPeak
{
    public static async Task<(T Result, TimeSpan Time, long PeakBytes)> Measure<T>(Func<Task<T>> step)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        long peak = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(false));
                await Task.Delay(50);
            }
        });
        var clock = Stopwatch.StartNew();
        var result = await step();
        var time = clock.Elapsed;
        await sampling.CancelAsync();
        await sampler;
        return (result, time, Math.Max(peak, GC.GetTotalMemory(false)));
    }
}
