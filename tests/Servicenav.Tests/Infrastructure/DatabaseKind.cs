using System.Reflection;
using Xunit.Sdk;

namespace Servicenav.Tests.Infrastructure;

/// <summary>The real databases every integration test runs on.</summary>
public enum DatabaseKind
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Runs a <c>[Theory]</c> once per database. The database is the test's argument, so its display name
/// ends in "(db: Sqlite)" or "(db: Postgres)" — test.sh counts passed tests per database by those words.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class AllDatabasesAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
        Enum.GetValues<DatabaseKind>().Select(kind => new object[] { kind });
}
