namespace Servicenav.ServiceDesk.Domain.Orders;

/// <summary>How large an order form and its answers may be (the form editor, the API and the portal keep to these).</summary>
public static class OrderLimits
{
    public const int TitleLength = 200;

    public const int IntroLength = 4_000;

    public const int MaxFields = 40;

    public const int FieldKeyLength = 40;

    public const int LabelLength = 200;

    public const int HelpTextLength = 500;

    public const int MaxChoices = 100;

    public const int ChoiceLength = 200;

    public const int TextAnswerLength = 500;

    public const int MultilineAnswerLength = 4_000;

    public const int MaxTasks = 20;

    public const int TaskTextLength = 1_000;

    public const int UnitLength = 40;

    public const int AdapterNameLength = 60;

    public const int ReasonLength = 2_000;

    /// <summary>Quantities are charged in whole thousandths (as usage is stored).</summary>
    public const int QuantityDecimals = 3;

    /// <summary>The largest number a number field takes (usage quantities stay far below the import's limit).</summary>
    public const decimal MaxNumber = 1_000_000m;
}
