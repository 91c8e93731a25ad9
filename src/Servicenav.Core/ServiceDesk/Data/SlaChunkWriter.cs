using Microsoft.EntityFrameworkCore;
using Npgsql;
using Servicenav.Data;
using Servicenav.ServiceDesk.Domain.Sla;

namespace Servicenav.ServiceDesk.Data;

/// <summary>
/// PostgreSQL: writes the SLA recompute's chunks (clocks by <see cref="SlaClockWriter"/>, warning and breach events by
/// <see cref="CaseEventCopy"/>, each chunk in a transaction of its own) on a connection of its own, one chunk at a time,
/// while the caller reads and computes the next: the database's two halves of the work, reading and writing, then run
/// in two server processes side by side instead of one after the other.
/// </summary>
internal sealed class SlaChunkWriter : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private Task<(int Written, int Tried)>? _pending;

    private SlaChunkWriter(NpgsqlConnection connection) => _connection = connection;

    public static async Task<SlaChunkWriter> OpenAsync(ServicenavDb db, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(cancellationToken);
        return new SlaChunkWriter(connection);
    }

    /// <summary>Starts writing <paramref name="modified"/> once the chunk before it is written; answers how that one went.</summary>
    public async Task<(int Written, int Tried)> WriteAsync(List<CaseSlaSubject> modified, CancellationToken cancellationToken)
    {
        var previous = await FlushAsync();
        _pending = modified.Count == 0 ? null : WriteChunkAsync(modified, cancellationToken);
        return previous;
    }

    /// <summary>Waits for the chunk being written; answers how many of its cases were written and how many were tried.</summary>
    public async Task<(int Written, int Tried)> FlushAsync()
    {
        if (_pending is null)
        {
            return (0, 0);
        }

        var result = await _pending;
        _pending = null;
        return result;
    }

    private async Task<(int, int)> WriteChunkAsync(List<CaseSlaSubject> modified, CancellationToken cancellationToken)
    {
        await using var transaction = await _connection.BeginTransactionAsync(cancellationToken);
        var written = await SlaClockWriter.WriteAsync(_connection, transaction, modified, cancellationToken);
        await CaseEventCopy.WriteAsync(_connection, modified.Where(c => written.Contains(c.Id)).SelectMany(c => c.NewEvents), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (written.Count, modified.Count);
    }

    public async ValueTask DisposeAsync()
    {
        // A chunk still being written when the run fails is rolled back with its transaction; nothing is half written.
        if (_pending is not null)
        {
            try
            {
                await _pending;
            }
            catch (Exception e) when (e is NpgsqlException or OperationCanceledException)
            {
                // The run is failing already; this chunk is recomputed next time.
            }
        }

        await _connection.DisposeAsync();
    }
}
