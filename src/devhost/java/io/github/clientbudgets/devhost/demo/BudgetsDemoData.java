package io.github.clientbudgets.devhost.demo;

import io.github.clientbudgets.access.ClientGrantService;
import io.github.clientbudgets.review.ApprovalStatus;
import io.github.clientbudgets.review.ApprovalAction;
import io.github.clientbudgets.approval.ApprovalService;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetInput;
import io.github.clientbudgets.attribution.IssueAssignmentService;
import io.github.clientbudgets.budget.BudgetService;
import io.github.clientbudgets.expense.ExpenseService;
import io.github.clientbudgets.lineitem.LineItemService;
import io.github.clientbudgets.devhost.jira.HostIssue;
import io.github.clientbudgets.devhost.jira.HostProject;
import io.github.clientbudgets.devhost.jira.HostWorklog;
import io.github.clientbudgets.expense.Expense;
import io.github.clientbudgets.expense.ExpenseInput;
import io.github.clientbudgets.review.ApprovalAction;
import io.github.clientbudgets.approval.ExpenseApprovals;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.period.RetainerBudgets;
import io.github.clientbudgets.period.RetainerTermsInput;
import io.github.clientbudgets.lineitem.LineItemInput;
import io.github.clientbudgets.timeentry.TimeEntry;
import io.github.clientbudgets.timeentry.TimeEntryProjection;
import io.github.clientbudgets.timeentry.TimeEntryStore;
import io.github.clientbudgets.timeentry.WorklogEventListener;
import io.github.clientbudgets.timeentry.WorklogState;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * The demo's budgets (docs/devhost.md, "Demo data"), made through the plugin's own services as {@code pm}:
 * ACME "Website relaunch" (time and materials, EUR, approval required, client access on, three services, two
 * expenses, one approved and one pending; the first two months approved, the last pending, one entry rejected), ACME "Internal tooling" (client
 * access off) and GLOBEX "Support retainer" (retainer, USD, no approval, client access on; monthly, 70 h and USD
 * 8,000 a month, unused hours carried over up to 15 h); client grants for
 * {@code client} on ACME and {@code other} on GLOBEX. The demo worklogs
 * already exist, so their time entries are made here by the plugin's projection, as its resync would.
 */
public final class BudgetsDemoData implements DemoDataStep {
    private static final ZoneId ZONE = ZoneId.systemDefault();
    private static final String PLUGIN_KEY = "io.github.clientbudgets.client-budgets-jira";

    @Override
    public String name() {
        return "client-budgets: contract budgets, services, expenses and time entries";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void apply(DemoContext demo) {
        if (!PLUGIN_KEY.equals(demo.pluginKey())) {
            return; // a test host running another plugin
        }
        BudgetService budgets = demo.pluginBean(BudgetService.class);
        LineItemService lineItems = demo.pluginBean(LineItemService.class);
        ExpenseService expenses = demo.pluginBean(ExpenseService.class);
        IssueAssignmentService assignments = demo.pluginBean(IssueAssignmentService.class);
        TimeEntryProjection projection = demo.pluginBean(TimeEntryProjection.class);
        TimeEntryStore entries = demo.pluginBean(TimeEntryStore.class);
        HostProject acme = demo.store().projectByKey("ACME").orElseThrow();
        HostProject globex = demo.store().projectByKey("GLOBEX").orElseThrow();
        LocalDate start = demo.firstDay().withDayOfMonth(1);
        LocalDate end = demo.lastDay().plusMonths(3);
        LocalDate pendingFrom = demo.lastDay().withDayOfMonth(1);

        demo.as("pm", () -> {
            // Website relaunch: made without approval, entries projected, then approval switched on (the product's
            // rule: switching approval on keeps the existing entries approved), then the last month comes in pending
            Budget website = budgets.create("pm", budget("ACME", "Website relaunch", "TIME_AND_MATERIALS", "EUR",
                    start, end, "60000", "600", true));
            LineItem design = lineItems.create("pm", website.id(), service("Design", "HOURLY", "95.00", "200", true));
            LineItem development = lineItems.create("pm", website.id(), service("Development", "HOURLY", "110.00", "300", false));
            LineItem management = lineItems.create("pm", website.id(), service("Project management", "HOURLY", "85.00", "100", false));
            Budget tooling = budgets.create("pm", budget("ACME", "Internal tooling", "NON_BILLABLE", "EUR",
                    start, end, null, "80", false));
            LineItem pipeline = lineItems.create("pm", tooling.id(), service("Build pipeline", "NON_BILLABLE", null, "80", true));
            // 70 h and USD 8,000 a month, unused hours carried over up to 15 h: with the demo's GLOBEX worklogs the
            // first month runs over its allowance and the later ones carry hours on
            Budget retainer = demo.pluginBean(RetainerBudgets.class).create("pm", budget("GLOBEX", "Support retainer",
                    "RETAINER", "USD", start, null, "8000", "70", true),
                    new RetainerTermsInput("MONTHLY", "70", "8000", "CARRY_OVER", "15", null, null));
            lineItems.create("pm", retainer.id(), service("Support", "HOURLY", "120.00", "60", true));

            // issues spread over the services; the last ACME issue is internal work
            List<HostIssue> acmeIssues = demo.store().issuesOfProject(acme.getId(), 1000).stream()
                    .filter(i -> !i.isSubTask()).sorted(Comparator.comparing(HostIssue::getId)).toList();
            for (int i = 0; i < acmeIssues.size(); i++) {
                LineItem target = i == acmeIssues.size() - 1 ? pipeline
                        : i % 3 == 1 ? development : i % 3 == 2 ? management : design;
                if (target != design) {
                    assignments.assignIssue("pm", acmeIssues.get(i).getKey(), target.id());
                }
            }
            project(demo, projection, acme, w -> w.workDay().isBefore(pendingFrom));
            project(demo, projection, globex, w -> true);
            budgets.setApprovalRequired("pm", website.id(), true);
            project(demo, projection, acme, w -> !w.workDay().isBefore(pendingFrom));
            rejectOnePending(entries, demo.pluginBean(ApprovalService.class), demo, acme);
            // expenses follow the budget's approval: pm enters both, admin approves the first, the second waits
            Expense photos = expenses.create("pm", website.id(), expense(start.plusDays(10), "Stock photography licence", "240.00", "0"));
            expenses.create("pm", website.id(), expense(start.plusDays(40), "Usability test participants", "600.00", "10"));
            demo.pluginBean(ExpenseApprovals.class).decide(demo.user("admin").getKey(), ApprovalAction.APPROVE,
                    List.of(photos.id()), null);

            // the contract's client grants: client on ACME, other on GLOBEX
            ClientGrantService grants = demo.pluginBean(ClientGrantService.class);
            grants.grant("pm", "ACME", demo.user("client").getKey(), null);
            grants.grant("pm", "GLOBEX", demo.user("other").getKey(), null);
            return null;
        });
    }

    private static void project(DemoContext demo, TimeEntryProjection projection, HostProject project,
                                java.util.function.Predicate<WorklogState> which) {
        for (HostIssue issue : demo.store().issuesOfProject(project.getId(), 100_000)) {
            for (HostWorklog worklog : demo.store().worklogsOf(issue)) {
                WorklogState state = WorklogEventListener.state(worklog, ZONE);
                if (which.test(state)) {
                    projection.worklogPresent(state);
                }
            }
        }
    }

    /** One pending entry of the last month is rejected by pm, through the workflow (audited, author notified). */
    private static void rejectOnePending(TimeEntryStore entries, ApprovalService approvals, DemoContext demo,
                                         HostProject acme) {
        for (HostIssue issue : demo.store().issuesOfProject(acme.getId(), 100_000)) {
            for (HostWorklog worklog : demo.store().worklogsOf(issue)) {
                TimeEntry entry = entries.byWorklog(worklog.getId()).orElse(null);
                if (entry != null && entry.status() == ApprovalStatus.PENDING && entry.serviceId() != null) {
                    approvals.decide(demo.user("pm").getKey(), ApprovalAction.REJECT, List.of(entry.id()),
                            "Logged on the wrong issue: please move it to the design review.");
                    return;
                }
            }
        }
    }

    private static BudgetInput budget(String projectKey, String name, String type, String currency, LocalDate start,
                                      LocalDate end, String amount, String hours, boolean clientAccess) {
        BudgetInput input = new BudgetInput();
        input.projectKey = projectKey;
        input.name = name;
        input.type = type;
        input.currency = currency;
        input.startDate = start.toString();
        input.endDate = end == null ? null : end.toString();
        input.totalAmount = amount;
        input.totalHours = hours;
        input.ownerKey = "pm";
        input.approvalRequired = false;
        input.clientAccess = clientAccess;
        input.showPersonNames = true;
        input.showComments = false;
        return input;
    }

    private static LineItemInput service(String name, String billing, String rate, String hours, boolean isDefault) {
        LineItemInput input = new LineItemInput();
        input.name = name;
        input.billing = billing;
        input.rate = rate;
        input.budgetedHours = hours;
        input.isDefault = isDefault;
        return input;
    }

    private static ExpenseInput expense(LocalDate date, String description, String amount, String markup) {
        ExpenseInput input = new ExpenseInput();
        input.date = date.toString();
        input.description = description;
        input.amount = amount;
        input.billable = true;
        input.markupPercent = markup;
        return input;
    }
}
