using MudBlazor;
using Servicenav.ServiceDesk.Domain.Orders;
using Servicenav.ServiceDesk.Features;
using Servicenav.SharedKernel;

namespace Servicenav.Web.Components.Pages.ServiceDesk;

/// <summary>How orders read on screen: who approves, where the approval and the delivery stand (always in words), quantities.</summary>
public static class OrderFormat
{
    public static string WhatHappens(OrderFormDto form) => form.Approval switch
    {
        OrderApproval.CustomerOrderer => OrderText.Form_ApprovedByOrderer,
        OrderApproval.NamedManager => OrderText.Form_ApprovedByManager,
        _ => OrderText.Form_NoApproval,
    } + " " + (form.Fulfilment == OrderFulfilmentKind.Automatic ? OrderText.Form_Automatic : OrderText.Form_Tasks);

    public static string Approval(OrderDetails order) => order.ApprovalState switch
    {
        OrderApprovalState.NotRequired => OrderText.Approval_NotRequired,
        OrderApprovalState.Pending => order.Approval == OrderApproval.NamedManager
            ? Fmt(OrderText.Approval_PendingManager, order.ApproverName)
            : OrderText.Approval_PendingOrderer,
        OrderApprovalState.Approved => Fmt(OrderText.Approval_Approved, order.DecidedByName, CaseFormat.Time(order.DecidedAtUtc)),
        _ => Fmt(OrderText.Approval_Rejected, order.DecidedByName, CaseFormat.Time(order.DecidedAtUtc)),
    };

    public static string Fulfilment(OrderDetails order) => order.FulfilmentState switch
    {
        OrderFulfilmentState.NotStarted => order.ApprovalState == OrderApprovalState.Pending ? OrderText.Fulfilment_AwaitsApproval : OrderText.Fulfilment_NotStarted,
        OrderFulfilmentState.InProgress => OrderText.Fulfilment_InProgress,
        OrderFulfilmentState.Failed => Fmt(OrderText.Fulfilment_Failed, order.LastError),
        OrderFulfilmentState.Fulfilled => Fmt(OrderText.Fulfilment_Fulfilled, CaseFormat.Time(order.FulfilledAtUtc)),
        _ => OrderText.Fulfilment_Cancelled,
    };

    public static Color FulfilmentColor(OrderFulfilmentState state) => state switch
    {
        OrderFulfilmentState.Fulfilled => Color.Success,
        OrderFulfilmentState.Failed => Color.Error,
        OrderFulfilmentState.Cancelled => Color.Default,
        _ => Color.Info,
    };

    public static string Recipe(OrderDetails order) => order.Fulfilment == OrderFulfilmentKind.Automatic
        ? Fmt(OrderText.Recipe_Automatic, order.AdapterName)
        : OrderText.Recipe_Tasks;

    public static string Quantity(decimal quantity, string? unit) =>
        unit is null ? OrderText.Quantity_NotCharged : $"{OrderAnswers.Show(quantity)} {unit}";

    public static string Fmt(string format, params object?[] args) => string.Format(SwedishCulture.Culture, format, args);
}
