package io.github.clientbudgets.web.team;

import io.github.clientbudgets.approval.ApprovalService;
import io.github.clientbudgets.audit.AuditEvent;
import io.github.clientbudgets.audit.AuditSubject;
import io.github.clientbudgets.expense.Expense;
import io.github.clientbudgets.expense.ExpenseService;
import io.github.clientbudgets.lineitem.LineItemService;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetService;
import io.github.clientbudgets.format.Formats;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.permission.ProjectRef;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.forecast.ForecastService;
import io.github.clientbudgets.summary.ServiceSummary;
import io.github.clientbudgets.web.page.ForecastView;
import io.github.clientbudgets.summary.Summary;
import io.github.clientbudgets.summary.SummaryService;
import io.github.clientbudgets.timeentry.EntryPage;
import io.github.clientbudgets.timeentry.TimeEntry;
import io.github.clientbudgets.web.page.SelectOption;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the pages' view models from the domain; rights are checked by the services it calls. */
public class BudgetPageModels {
    static final int HISTORY_LINES = 30;
    /** The audit rows read for the history: enough for {@link #HISTORY_LINES} changes of one kind in most budgets. */
    static final int HISTORY_ROWS = 300;
    static final int LOCKABLE_MONTHS = 12;
    static final int TIME_LINES = 50;
    private final BudgetService budgets;
    private final LineItemService lineItems;
    private final ExpenseService expenses;
    private final SummaryService summaries;
    private final Permissions permissions;
    private final ApprovalService approvals;
    private final ForecastService forecasts;

    public BudgetPageModels(BudgetService budgets, LineItemService lineItems, ExpenseService expenses,
                      SummaryService summaries, Permissions permissions) {
        this(budgets, lineItems, expenses, summaries, permissions, null);
    }

    public BudgetPageModels(BudgetService budgets, LineItemService lineItems, ExpenseService expenses,
                      SummaryService summaries, Permissions permissions, ApprovalService approvals) {
        this(budgets, lineItems, expenses, summaries, permissions, approvals, null);
    }

    /** @param forecasts the budgets' forecasts; null where the page shows none */
    public BudgetPageModels(BudgetService budgets, LineItemService lineItems, ExpenseService expenses,
                      SummaryService summaries, Permissions permissions, ApprovalService approvals,
                      ForecastService forecasts) {
        this.forecasts = forecasts;
        this.approvals = approvals;
        this.budgets = budgets;
        this.lineItems = lineItems;
        this.expenses = expenses;
        this.summaries = summaries;
        this.permissions = permissions;
    }

    /** @throws io.github.clientbudgets.common.NotFoundException when the caller may not browse the project */
    public ProjectBudgetsPage projectPage(String caller, String projectKey, String baseUrl, Formats formats) {
        List<Budget> list = budgets.budgetsOfProject(caller, projectKey);
        ProjectRef project = permissions.projectByKey(projectKey).orElseThrow();
        List<BudgetView> views = list.stream().map(b -> view(caller, b, summaries.compute(b), formats)).toList();
        return new ProjectBudgetsPage(baseUrl, project.key(), project.name(), views,
                budgets.canCreateIn(caller, project.id()));
    }

    /** @throws io.github.clientbudgets.common.NotFoundException when the caller may not see the budget */
    public BudgetPage budgetPage(String caller, long budgetId, String baseUrl, Formats formats) {
        return budgetPage(caller, budgetId, baseUrl, Optional.empty(), (key, args) -> key, formats);
    }

    /**
     * The budget's page with its history in the caller's language ({@code texts}), of one kind of change or all,
     * its figures in the caller's formats.
     *
     * @throws io.github.clientbudgets.common.NotFoundException when the caller may not see the budget
     */
    public BudgetPage budgetPage(String caller, long budgetId, String baseUrl, Optional<AuditSubject> historyKind,
                                 Phrase.Texts texts, Formats formats) {
        Budget budget = budgets.budget(caller, budgetId);
        Summary summary = summaries.compute(budget);
        ProjectRef project = permissions.projectById(budget.projectId()).orElseThrow();
        List<LineItem> services = lineItems.lineItems(caller, budgetId);
        Map<Long, ServiceSummary> byService = summary.services().stream()
                .collect(Collectors.toMap(ServiceSummary::serviceId, Function.identity()));
        Map<Long, String> names = services.stream().collect(Collectors.toMap(LineItem::id, LineItem::name));
        boolean mayDecide = approvals != null && budget.approvalRequired() && approvals.mayApprove(caller, budgetId);
        List<Expense> expenseList = expenses.expenses(caller, budgetId);
        List<EntryRow> time = time(caller, budget, names, baseUrl, formats);
        BudgetPage page = new BudgetPage(baseUrl, project.key(), project.name(), view(caller, budget, summary, formats),
                services.stream().map(s -> new ServiceView(s, byService.get(s.id()), budget.currency(), formats)).toList(),
                expenseList.stream()
                        .map(x -> new ExpenseView(x, x.serviceId() == null ? null : names.get(x.serviceId()), mayDecide,
                                caller.equals(x.authorKey()), null, null, budget.currency(), formats)).toList(),
                summary.periods().stream().map(p -> new PeriodView(p, budget.currency(), formats)).toList(),
                history(caller, budget, historyKind, texts, names, expenseList, time, formats),
                locks(caller, budget, formats), time);
        if (forecasts != null) {
            forecasts.forecast(budget, summary.usedSeconds(), summary.pendingSeconds()).ifPresent(f -> page.withForecast(
                    ForecastView.of(f.approved(), formats), ForecastView.of(f.withPending(), formats)));
        }
        return page;
    }

    /**
     * The newest changes of the kind asked for, each audit event one sentence: names come from what the page shows
     * (line items, expenses, entries), from the history itself (a deleted line item's name) and from Jira.
     */
    private HistoryPanel history(String caller, Budget budget, Optional<AuditSubject> kind, Phrase.Texts texts,
                                 Map<Long, String> serviceNames, List<Expense> expenseList, List<EntryRow> time,
                                 Formats formats) {
        List<AuditEvent> all = AuditEvent.fold(budgets.history(caller, budget.id(), HISTORY_ROWS));
        List<AuditEvent> shown = all.stream().filter(e -> HistoryPanel.shows(e, kind)).limit(HISTORY_LINES).toList();
        if (all.isEmpty()) {
            return HistoryPanel.NONE;
        }
        Map<Long, String> services = new HashMap<>();
        Map<Long, String> expenseNames = new HashMap<>();
        for (AuditEvent e : all) { // oldest name last: the newest event's name wins
            AuditSubject subject = e.subject().orElse(null);
            String name = subject == AuditSubject.SERVICE ? named(e, "name")
                    : subject == AuditSubject.EXPENSE ? named(e, "description") : null;
            if (name != null) {
                (subject == AuditSubject.SERVICE ? services : expenseNames).putIfAbsent(e.objectId(), name);
            }
        }
        services.putAll(serviceNames);
        expenseList.forEach(x -> expenseNames.put(x.id(), x.description()));
        Map<Long, HistoryNames.EntryFacts> entries = new HashMap<>();
        time.forEach(r -> entries.put(r.getId(), new HistoryNames.EntryFacts(r.getAuthorName(), r.getWorkDay(),
                r.getIssueKey())));
        List<Long> unlisted = shown.stream().filter(e -> e.subject().equals(Optional.of(AuditSubject.TIME_ENTRY)))
                .map(AuditEvent::objectId).filter(id -> !entries.containsKey(id)).distinct().toList();
        List<TimeEntry> older = approvals == null || unlisted.isEmpty() ? List.of()
                : approvals.entriesOfBudget(caller, budget.id(), unlisted);
        List<Long> issues = new ArrayList<>(shown.stream()
                .filter(e -> e.subject().equals(Optional.of(AuditSubject.ISSUE))).map(AuditEvent::objectId).toList());
        older.forEach(e -> issues.add(e.issueId()));
        Map<Long, String> issueKeys = permissions.issueKeys(issues.stream().distinct().toList());
        Function<String, String> person = HistoryNames.displayNames(permissions);
        older.forEach(e -> entries.put(e.id(), new HistoryNames.EntryFacts(person.apply(e.authorKey()),
                formats.date(e.workDay()),
                issueKeys.get(e.issueId()))));
        HistoryNames historyNames = new HistoryNames() {
            @Override
            public String person(String userKey) {
                return person.apply(userKey);
            }

            @Override
            public Optional<String> service(long serviceId) {
                return Optional.ofNullable(services.get(serviceId));
            }

            @Override
            public Optional<String> expense(long expenseId) {
                return Optional.ofNullable(expenseNames.get(expenseId));
            }

            @Override
            public Optional<String> issueKey(long issueId) {
                return Optional.ofNullable(issueKeys.get(issueId));
            }

            @Override
            public Optional<HistoryNames.EntryFacts> entry(long entryId) {
                return Optional.ofNullable(entries.get(entryId));
            }

            @Override
            public String currency() {
                return budget.currency().getCurrencyCode();
            }

            @Override
            public Formats formats() {
                return formats;
            }
        };
        return HistoryPanel.of(shown, historyNames, kind, texts);
    }

    /** The name an event gives its object: the new one, or the last one for a deletion. */
    private static String named(AuditEvent e, String field) {
        return e.to(field) != null ? e.to(field) : e.from(field);
    }

    /** The budget's newest entries with their approval state (team: read; approvers: correct and unapprove). */
    private List<EntryRow> time(String caller, Budget budget, Map<Long, String> serviceNames, String baseUrl,
                                Formats formats) {
        if (approvals == null) {
            return List.of();
        }
        EntryPage page = approvals.entriesOfBudget(caller, budget.id(), Set.of(), null, null, 0, TIME_LINES);
        Map<Long, String> keys = permissions.issueKeys(page.entries().stream().map(TimeEntry::issueId).distinct().toList());
        Set<YearMonth> locked = Set.copyOf(approvals.lockedMonths(caller, budget.id()));
        Map<String, String> people = new HashMap<>();
        return page.entries().stream().map(e -> {
            Long serviceId = e.countedServiceId();
            return new EntryRow(e, keys.get(e.issueId()), baseUrl,
                    people.computeIfAbsent(e.authorKey(), permissions::displayName),
                    serviceId == null ? null : serviceNames.get(serviceId), budget.name(),
                    e.review().reviewerKey() == null ? null
                            : people.computeIfAbsent(e.review().reviewerKey(), permissions::displayName),
                    locked.contains(YearMonth.from(e.workDay())), caller.equals(e.authorKey()), formats);
        }).toList();
    }

    /** Locked months (team) and the months an approver may lock; nothing for budgets without approval. */
    private LockPanel locks(String caller, Budget budget, Formats formats) {
        if (approvals == null || !budget.approvalRequired()) {
            return LockPanel.NONE;
        }
        List<YearMonth> locked = approvals.lockedMonths(caller, budget.id());
        boolean canLock = approvals.mayApprove(caller, budget.id());
        List<SelectOption> lockable = new ArrayList<>();
        if (canLock) {
            YearMonth now = YearMonth.now(ZoneOffset.UTC);
            YearMonth first = budget.startDate() == null ? now.minusMonths(LOCKABLE_MONTHS - 1)
                    : YearMonth.from(budget.startDate());
            if (first.isBefore(now.minusMonths(LOCKABLE_MONTHS - 1))) {
                first = now.minusMonths(LOCKABLE_MONTHS - 1);
            }
            for (YearMonth m = now; !m.isBefore(first); m = m.minusMonths(1)) {
                if (!locked.contains(m)) {
                    lockable.add(month(m, formats));
                }
            }
        }
        return new LockPanel(true, canLock, locked.stream().sorted().map(m -> month(m, formats)).toList(), lockable);
    }

    private static SelectOption month(YearMonth month, Formats formats) {
        return new SelectOption(month.toString(), formats.month(month), false);
    }

    private BudgetView view(String caller, Budget budget, Summary summary, Formats formats) {
        return new BudgetView(budget, summary,
                budget.ownerKey() == null ? null : permissions.displayName(budget.ownerKey()),
                budgets.canManage(caller, budget), formats);
    }
}
