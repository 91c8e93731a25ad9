using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Servicenav.Tests.Infrastructure;

namespace Servicenav.Tests.ServiceDesk.Surveys;

/// <summary>
/// The test's clock with a rendezvous: once armed, the next two callers of <see cref="GetUtcNow"/> wait for each
/// other before going on. An answer reads the clock after reading the survey and before saving, so two answers
/// armed this way have both seen the survey unanswered when they write: a real race, every time.
/// </summary>
public sealed class RendezvousClock(FakeClock inner) : TimeProvider
{
    private Barrier? _barrier;
    private int _arrived;
    private int _met;

    /// <summary>True when both callers arrived and went on together.</summary>
    public bool Met => _met == 2;

    /// <summary>Puts this clock in place of the test app's <see cref="FakeClock"/>.</summary>
    public static Action<IServiceCollection> Install(Action<RendezvousClock> created) => services =>
    {
        var fake = (FakeClock)services.Last(d => d.ServiceType == typeof(TimeProvider)).ImplementationInstance!;
        var clock = new RendezvousClock(fake);
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
        created(clock);
    };

    public void Arm()
    {
        (_arrived, _met) = (0, 0);
        _barrier = new Barrier(2);
    }

    public override DateTimeOffset GetUtcNow()
    {
        if (_barrier is { } barrier && Interlocked.Increment(ref _arrived) <= 2 && barrier.SignalAndWait(TimeSpan.FromSeconds(30)))
        {
            Interlocked.Increment(ref _met);
        }

        return inner.GetUtcNow();
    }
}
