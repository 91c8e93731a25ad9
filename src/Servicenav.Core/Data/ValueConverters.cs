using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Servicenav.SharedKernel;

namespace Servicenav.Data;

/// <summary>Money is stored as whole öre (<c>long</c>): SQLite has no decimal, and sums must be exact (ADR 0003).</summary>
internal sealed class MoneyToOreConverter() : ValueConverter<Money, long>(money => money.Ore, ore => Money.FromOre(ore));

/// <summary>A period is stored as yyyymm (<c>int</c>), so it sorts and range-partitions as a number.</summary>
internal sealed class PeriodToKeyConverter() : ValueConverter<Period, int>(period => period.Key, key => Period.FromKey(key));
