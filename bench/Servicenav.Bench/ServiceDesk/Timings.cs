using System.Globalization;

namespace Servicenav.Bench.ServiceDesk;

/// <summary>Latency samples in milliseconds and their nearest-rank percentiles.</summary>
internal sealed class Timings
{
    private readonly List<double> _samples = [];

    public int Count => _samples.Count;

    public void Add(double milliseconds) => _samples.Add(milliseconds);

    public void AddRange(IEnumerable<double> milliseconds) => _samples.AddRange(milliseconds);

    public double Percentile(double p)
    {
        if (_samples.Count == 0)
        {
            return double.NaN;
        }

        var sorted = _samples.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public double Max => _samples.Count == 0 ? double.NaN : _samples.Max();

    public static string Ms(double value) => double.IsNaN(value) ? "–" : value.ToString(value < 10 ? "N1" : "N0", CultureInfo.InvariantCulture) + " ms";
}
