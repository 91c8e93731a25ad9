using Servicenav.ServiceDesk.Mail;
using Servicenav.SharedKernel;

namespace Servicenav.ServiceDesk.Domain.Attachments;

/// <summary>Why a file was not taken onto a case.</summary>
public enum AttachmentRefusal
{
    Empty,
    TooLarge,
    CaseFull,
    BlockedType,
    ExecutableContent,
    NotAllowedType,
    ContentMismatch,
    Macros,
    TooMany,
}

/// <summary>The refusals as Swedish sentences that name the file and the reason (the uploader and the case history see them).</summary>
public static class AttachmentRefusalText
{
    public static string For(string fileName, AttachmentRefusal refusal, AttachmentLimitsText limits) =>
        string.Format(SwedishCulture.Culture, AttachmentMessages.Refused, fileName, Reason(fileName, refusal, limits));

    public static string ForMail(RejectedAttachment rejected, AttachmentLimitsText limits) =>
        string.Format(SwedishCulture.Culture, AttachmentMessages.MailRefused, rejected.FileName,
            Reason(rejected.FileName, From(rejected.Reason), limits));

    public static AttachmentRefusal From(AttachmentRejection rejection) => rejection switch
    {
        AttachmentRejection.TooLarge => AttachmentRefusal.TooLarge,
        AttachmentRejection.TooMany => AttachmentRefusal.TooMany,
        AttachmentRejection.ExecutableContent => AttachmentRefusal.ExecutableContent,
        AttachmentRejection.ExtensionNotAllowed => AttachmentRefusal.NotAllowedType,
        _ => AttachmentRefusal.BlockedType,
    };

    private static string Reason(string fileName, AttachmentRefusal refusal, AttachmentLimitsText limits)
    {
        var extension = Mail.AttachmentPolicy.Extension(fileName);
        var shown = extension.Length == 0 ? AttachmentMessages.NoExtension : extension.ToLowerInvariant();
        return refusal switch
        {
            AttachmentRefusal.Empty => AttachmentMessages.Reason_Empty,
            AttachmentRefusal.TooLarge => string.Format(SwedishCulture.Culture, AttachmentMessages.Reason_TooLarge, FileSizeText.Of(limits.MaxFileBytes)),
            AttachmentRefusal.CaseFull => string.Format(SwedishCulture.Culture, AttachmentMessages.Reason_CaseFull,
                FileSizeText.Of(limits.MaxCaseBytes), FileSizeText.Of(limits.UsedBytes)),
            AttachmentRefusal.ExecutableContent => AttachmentMessages.Reason_ExecutableContent,
            AttachmentRefusal.NotAllowedType => string.Format(SwedishCulture.Culture, AttachmentMessages.Reason_NotAllowedType, shown, limits.Allowed),
            AttachmentRefusal.ContentMismatch => string.Format(SwedishCulture.Culture, AttachmentMessages.Reason_ContentMismatch, shown),
            AttachmentRefusal.Macros => AttachmentMessages.Reason_Macros,
            AttachmentRefusal.TooMany => AttachmentMessages.Reason_TooMany,
            _ => AttachmentMessages.Reason_BlockedType,
        };
    }
}

/// <summary>The numbers a refusal may quote: the limits, what the case already holds, the allowed types.</summary>
public sealed record AttachmentLimitsText(long MaxFileBytes, long MaxCaseBytes, long UsedBytes, string Allowed);
