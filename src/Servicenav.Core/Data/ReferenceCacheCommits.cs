using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Servicenav.Data;

/// <summary>
/// Empties the <see cref="ReferenceCache"/> when a transaction that saved reference data commits: a reader that loaded
/// between the save and the commit saw the rows as they were before.
/// </summary>
internal sealed class ReferenceCacheCommits : DbTransactionInterceptor
{
    public static ReferenceCacheCommits Instance { get; } = new();

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is ServicenavDb db)
        {
            db.ReferenceDataCommitted();
        }
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }
}
