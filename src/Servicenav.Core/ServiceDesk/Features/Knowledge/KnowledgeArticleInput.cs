using FluentValidation;
using Servicenav.ServiceDesk.Domain.Knowledge;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Features.Knowledge;

/// <summary>What the editor sends when writing an article (new or a new draft of an existing one).</summary>
public interface IKnowledgeArticleInput
{
    string Title { get; }

    string Summary { get; }

    string Body { get; }

    KnowledgeAudience Audience { get; }

    IReadOnlyList<string> ServiceCodes { get; }
}

internal static class KnowledgeArticleInput
{
    public static KnowledgeContent Content(IKnowledgeArticleInput input) =>
        new(input.Title, input.Summary, input.Body, input.Audience, input.ServiceCodes ?? []);
}

/// <summary>The rules every article version's texts keep; the create and edit validators share them.</summary>
public abstract class KnowledgeArticleInputValidator<T> : AbstractValidator<T>
    where T : IKnowledgeArticleInput
{
    protected KnowledgeArticleInputValidator()
    {
        RuleFor(r => r.Title).NotEmpty().WithMessage(KnowledgeMessages.TitleRequired)
            .MaximumLength(KnowledgeLimits.TitleLength).WithMessage(Fmt(KnowledgeMessages.TitleTooLong, KnowledgeLimits.TitleLength));
        RuleFor(r => r.Summary).NotNull().MaximumLength(KnowledgeLimits.SummaryLength)
            .WithMessage(Fmt(KnowledgeMessages.SummaryTooLong, KnowledgeLimits.SummaryLength));
        RuleFor(r => r.Body).NotEmpty().WithMessage(KnowledgeMessages.BodyRequired)
            .MaximumLength(KnowledgeLimits.BodyLength).WithMessage(Fmt(KnowledgeMessages.BodyTooLong, KnowledgeLimits.BodyLength));
        RuleFor(r => r.Audience).IsInEnum();
        RuleFor(r => r.ServiceCodes).Must(c => c is null || c.Count <= KnowledgeLimits.MaxServices)
            .WithMessage(Fmt(KnowledgeMessages.TooManyServices, KnowledgeLimits.MaxServices));
    }

    private static string Fmt(string format, int value) => string.Format(SwedishCulture.Culture, format, value);
}
