namespace Servicenav.Access;

/// <summary>What a user may do. Roles map to permissions in <see cref="RolePermissions"/>, and only there.</summary>
public enum Permission
{
    CatalogRead,
    CatalogEditOwnServices,
    CatalogEditAll,
    CatalogDecide,
    CustomersRead,
    CustomersEdit,
    UsageRead,
    UsageEdit,
    AuditRead,
    UsersManage,
    ImportData,

    /// <summary>See costing models, cost pools and the self-cost build-up with its ledger lines.</summary>
    CostingRead,

    /// <summary>Import costs, edit costing models and run them.</summary>
    CostingManage,

    /// <summary>See decided, published price lists and a price's build-up (every signed-in user).</summary>
    PriceListsRead,

    /// <summary>Draft, calculate, compare and decide price lists; forecasts, result requirement, what-if.</summary>
    PriceListsManage,

    /// <summary>See invoices and usage records (a customer's own only, through the customer scope).</summary>
    ChargingRead,

    /// <summary>Import usage, run billing, close months, export to the ledger, decide refunds.</summary>
    ChargingManage,

    /// <summary>See the result per area and in total against budget and the result requirement.</summary>
    ResultsRead,

    /// <summary>Raise cases and see one's own (every signed-in person; a Beställare sees its customer's).</summary>
    CasesRaise,

    /// <summary>Work cases in one's resolver groups: reply, note, move, assign, solve; register calls.</summary>
    CasesWork,

    /// <summary>See every case of every group (the one way in's supervisors), not only one's own groups' queues.</summary>
    CasesReadAll,

    /// <summary>Maintain resolver groups, routing, root causes and the contact directory.</summary>
    ServiceDeskManage,

    /// <summary>See the end-user survey results and comments (a Beställare its own customer's, through the customer scope).</summary>
    SurveysRead,

    /// <summary>Maintain the order forms of catalogue services (a Tjänsteägare only those of their own services).</summary>
    OrderFormsManage,

    /// <summary>Approve or reject the customer's orders that need the Beställare's approval (own customer only).</summary>
    OrdersApprove,

    /// <summary>Read the knowledge base's published articles (every signed-in user; agents-only articles only for agents).</summary>
    KnowledgeRead,

    /// <summary>Write, publish and retire knowledge articles (manualer, lathundar): service owners, agents, administrators.</summary>
    KnowledgeManage,

    /// <summary>
    /// See the customer service's reports (flow, backlog, answer times, SLA compliance, cases per FTE, root causes):
    /// figures of the cases one may see (an agent its groups', a Beställare its own customer's).
    /// </summary>
    CaseReportsRead,

    /// <summary>See the reports' figures of every group and customer (aggregates only, not the cases themselves).</summary>
    CaseReportsReadAll,

    /// <summary>See problem records and link cases to them (staff only: problems are internal).</summary>
    ProblemsRead,

    /// <summary>Register problem records (also from recurring causes), move them along, follow them up.</summary>
    ProblemsManage,

    /// <summary>Deliver the outbox of mail to requesters (the system's sender; an administrator may run it by hand).</summary>
    NotificationsSend,
}

public static class RolePermissions
{
    private static readonly Dictionary<Role, Permission[]> Map = new()
    {
        [Role.Administrator] =
        [
            Permission.CatalogRead, Permission.CatalogEditOwnServices, Permission.CatalogEditAll, Permission.CatalogDecide,
            Permission.CustomersRead, Permission.CustomersEdit, Permission.UsageRead, Permission.UsageEdit,
            Permission.AuditRead, Permission.UsersManage, Permission.ImportData, Permission.CostingRead,
            Permission.CostingManage, Permission.PriceListsRead, Permission.PriceListsManage, Permission.ChargingRead,
            Permission.ChargingManage, Permission.ResultsRead, Permission.CasesRaise, Permission.CasesWork,
            Permission.CasesReadAll, Permission.ServiceDeskManage, Permission.SurveysRead, Permission.OrderFormsManage,
            Permission.KnowledgeRead, Permission.KnowledgeManage, Permission.CaseReportsRead,
            Permission.CaseReportsReadAll, Permission.ProblemsRead, Permission.ProblemsManage,
            Permission.NotificationsSend,
        ],
        [Role.Tjansteagare] =
        [
            Permission.CatalogRead, Permission.CatalogEditOwnServices, Permission.CustomersRead, Permission.UsageRead,
            Permission.CostingRead, Permission.PriceListsRead, Permission.ChargingRead, Permission.ResultsRead,
            Permission.CasesRaise, Permission.CasesWork, Permission.SurveysRead, Permission.OrderFormsManage,
            Permission.KnowledgeRead, Permission.KnowledgeManage, Permission.CaseReportsRead, Permission.ProblemsRead,
            Permission.ProblemsManage,
        ],
        [Role.Controller] =
        [
            Permission.CatalogRead, Permission.CustomersRead, Permission.CustomersEdit, Permission.UsageRead,
            Permission.UsageEdit, Permission.CostingRead, Permission.CostingManage, Permission.PriceListsRead,
            Permission.PriceListsManage, Permission.ChargingRead, Permission.ChargingManage, Permission.ResultsRead,
            Permission.CasesRaise, Permission.SurveysRead, Permission.KnowledgeRead, Permission.CaseReportsRead,
            Permission.CaseReportsReadAll,
        ],
        [Role.Handlaggare] =
        [
            Permission.CatalogRead, Permission.CustomersRead, Permission.UsageRead, Permission.PriceListsRead,
            Permission.CasesRaise, Permission.CasesWork, Permission.SurveysRead, Permission.KnowledgeRead,
            Permission.KnowledgeManage, Permission.CaseReportsRead, Permission.ProblemsRead,
        ],
        [Role.Bestallare] =
        [
            Permission.CatalogRead, Permission.CustomersRead, Permission.UsageRead, Permission.PriceListsRead,
            Permission.ChargingRead, Permission.CasesRaise, Permission.SurveysRead, Permission.CaseReportsRead,
            Permission.OrdersApprove, Permission.KnowledgeRead,
        ],
        [Role.Medarbetare] =
        [
            Permission.CatalogRead, Permission.CustomersRead, Permission.UsageRead, Permission.PriceListsRead,
            Permission.CasesRaise, Permission.KnowledgeRead,
        ],
    };

    public static IReadOnlyList<Permission> For(Role role) => Map[role];
}
