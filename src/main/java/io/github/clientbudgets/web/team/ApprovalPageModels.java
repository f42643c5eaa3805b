package io.github.clientbudgets.web.team;

import io.github.clientbudgets.lineitem.LineItemStore;
import io.github.clientbudgets.approval.ApprovalService;
import io.github.clientbudgets.review.ApprovalStatus;
import io.github.clientbudgets.approval.ExpenseApprovals;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetService;
import io.github.clientbudgets.common.AppUrls;
import io.github.clientbudgets.common.Ids;
import io.github.clientbudgets.common.NotFoundException;
import io.github.clientbudgets.format.Formats;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.permission.ProjectRef;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.timeentry.EntryPage;
import io.github.clientbudgets.timeentry.TimeEntry;
import io.github.clientbudgets.web.page.SelectOption;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

/**
 * View models of the approval pages (Approvals, My time) and the approval parts of the issue panel. Rights are
 * the approval service's: the review queue holds only what the caller may approve; names of budgets and services
 * are looked up for entries the caller may see.
 */
public class ApprovalPageModels {
    static final int MY_TIME_LINES = 200;
    /** The issue panel shows the newest worklogs only; My time has the rest of one's own. */
    static final int ISSUE_LINES = 20;
    static final int EXPENSE_QUEUE_LINES = 200;
    private final ApprovalService approvals;
    private final ExpenseApprovals expenseApprovals;
    private final BudgetService budgets;
    private final LineItemStore lineItems;
    private final Permissions permissions;

    public ApprovalPageModels(ApprovalService approvals, BudgetService budgets, LineItemStore lineItems,
                              Permissions permissions) {
        this(approvals, budgets, lineItems, permissions, null);
    }

    public ApprovalPageModels(ApprovalService approvals, BudgetService budgets, LineItemStore lineItems,
                              Permissions permissions, ExpenseApprovals expenseApprovals) {
        this.expenseApprovals = expenseApprovals;
        this.approvals = approvals;
        this.budgets = budgets;
        this.lineItems = lineItems;
        this.permissions = permissions;
    }

    /** The filter form's values as given (any may be absent or malformed: malformed ones are ignored). */
    public record Query(String budgetId, String authorKey, String serviceId, String from, String to) {
        Long budget() {
            return id(budgetId);
        }

        Long service() {
            return id(serviceId);
        }

        String author() {
            return authorKey == null || authorKey.isBlank() ? null : authorKey.strip();
        }

        LocalDate fromDay() {
            return day(from);
        }

        LocalDate toDay() {
            return day(to);
        }

        boolean any() {
            return budget() != null || service() != null || author() != null || fromDay() != null || toDay() != null;
        }

        private static Long id(String text) {
            OptionalLong id = Ids.parse(text == null ? null : text.strip(), Ids.MAX_DIGITS);
            return id.isPresent() ? id.getAsLong() : null;
        }

        private static LocalDate day(String text) {
            try {
                return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    public ApprovalsPage approvalsPage(String caller, Query query, String baseUrl, Formats formats) {
        EntryPage all = approvals.reviewQueue(caller, null, null, null, null, null, ApprovalService.MAX_BULK);
        EntryPage shown = query.any()
                ? approvals.reviewQueue(caller, query.budget(), query.author(), query.service(), query.fromDay(),
                query.toDay(), ApprovalService.MAX_BULK)
                : all;
        Names names = new Names(caller, formats);
        return new ApprovalsPage(baseUrl, budgetGroups(caller, shown, names, baseUrl), shown.total(),
                filters(all, query, names), expenseQueue(caller, query.budget(), names));
    }

    /** The shown entries as rows grouped budget → person, in the queue's order (budget, person, day). */
    private List<BudgetGroup> budgetGroups(String caller, EntryPage shown, Names names, String baseUrl) {
        Map<Long, String> issueKeys = permissions.issueKeys(shown.entries().stream().map(TimeEntry::issueId).distinct().toList());
        Map<Long, Map<String, List<EntryRow>>> grouped = new LinkedHashMap<>();
        for (TimeEntry e : shown.entries()) {
            Long budgetId = shown.budgetOfEntry().get(e.id());
            if (budgetId == null || names.budget(budgetId).isEmpty()) {
                continue;
            }
            Set<YearMonth> locked = names.locks(budgetId);
            Long serviceId = e.countedServiceId();
            EntryRow row = new EntryRow(e, issueKeys.get(e.issueId()), baseUrl, names.person(e.authorKey()),
                    serviceId == null ? null : names.service(budgetId, serviceId), names.budget(budgetId).get().name(),
                    null, locked.contains(YearMonth.from(e.workDay())), caller.equals(e.authorKey()), names.formats);
            grouped.computeIfAbsent(budgetId, b -> new LinkedHashMap<>())
                    .computeIfAbsent(e.authorKey(), a -> new ArrayList<>()).add(row);
        }
        List<BudgetGroup> groups = new ArrayList<>();
        grouped.forEach((budgetId, persons) -> {
            Budget budget = names.budget(budgetId).orElseThrow();
            List<PersonGroup> people = new ArrayList<>();
            persons.forEach((author, rows) -> people.add(new PersonGroup(names.person(author), rows, names.formats)));
            List<SelectOption> services = names.services(budgetId).stream()
                    .map(s -> new SelectOption(String.valueOf(s.id()), s.name(), false)).toList();
            groups.add(new BudgetGroup(budgetId, budget.name(), names.projectKey(budget.projectId()),
                    AppUrls.budget(baseUrl, budgetId), people, services, names.formats));
        });
        return groups;
    }

    /** The filters' choices come from everything that waits, so a filter never hides its own alternatives. */
    private ApprovalsPage.Filters filters(EntryPage all, Query query, Names names) {
        Map<Long, String> budgetChoices = new TreeMap<>();
        Map<String, String> personChoices = new HashMap<>();
        Map<Long, String> serviceChoices = new HashMap<>();
        for (TimeEntry e : all.entries()) {
            Long budgetId = all.budgetOfEntry().get(e.id());
            Optional<Budget> budget = budgetId == null ? Optional.empty() : names.budget(budgetId);
            if (budget.isEmpty()) {
                continue;
            }
            budgetChoices.put(budgetId, budget.get().name());
            personChoices.put(e.authorKey(), names.person(e.authorKey()));
            for (LineItem s : names.services(budgetId)) {
                serviceChoices.put(s.id(), budget.get().name() + " / " + s.name());
            }
        }
        String budgetValue = query.budget() == null ? "" : query.budget().toString();
        String serviceValue = query.service() == null ? "" : query.service().toString();
        String authorValue = query.author() == null ? "" : query.author();
        return new ApprovalsPage.Filters(
                options(budgetChoices, budgetValue),
                personChoices.entrySet().stream().sorted(Map.Entry.comparingByValue())
                        .map(p -> new SelectOption(p.getKey(), p.getValue(), p.getKey().equals(authorValue))).toList(),
                options(serviceChoices, serviceValue),
                query.fromDay() == null ? "" : query.fromDay().toString(),
                query.toDay() == null ? "" : query.toDay().toString(),
                query.any());
    }

    /** The expenses waiting for the caller's decision (the budget filter applies; people and services don't). */
    private List<ExpenseView> expenseQueue(String caller, Long budgetId, Names names) {
        if (expenseApprovals == null) {
            return List.of();
        }
        return expenseApprovals.pending(caller, budgetId, EXPENSE_QUEUE_LINES).stream()
                .filter(x -> names.budget(x.budgetId()).isPresent())
                .map(x -> new ExpenseView(x, x.serviceId() == null ? null : names.service(x.budgetId(), x.serviceId()),
                        true, false, names.budget(x.budgetId()).get().name(), names.person(x.authorKey()),
                        names.budget(x.budgetId()).get().currency(), names.formats))
                .toList();
    }

    private static List<SelectOption> options(Map<Long, String> choices, String selected) {
        return choices.entrySet().stream().sorted(Map.Entry.<Long, String>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(c -> new SelectOption(String.valueOf(c.getKey()), c.getValue(), String.valueOf(c.getKey()).equals(selected)))
                .toList();
    }

    /** My time: the caller's newest entries, rejected first. */
    public MyTimePage myTimePage(String caller, String baseUrl, Formats formats) {
        List<TimeEntry> mine = approvals.myEntries(caller, Set.of(), MY_TIME_LINES);
        Names names = new Names(caller, formats);
        Map<Long, String> issueKeys = permissions.issueKeys(mine.stream().map(TimeEntry::issueId).distinct().toList());
        List<EntryRow> rejected = new ArrayList<>();
        List<EntryRow> others = new ArrayList<>();
        for (TimeEntry e : mine) {
            EntryRow row = ownRow(e, issueKeys.get(e.issueId()), baseUrl, names);
            (e.status() == ApprovalStatus.REJECTED ? rejected : others).add(row);
        }
        return new MyTimePage(baseUrl, rejected, others);
    }

    /** The approval state of an issue's newest worklogs for the issue panel (the template shows the reason only on the caller's own). */
    public List<EntryRow> issueEntries(String caller, List<TimeEntry> entries, String issueKey, String baseUrl,
                                       Formats formats) {
        Names names = new Names(caller, formats);
        return entries.stream().sorted(Comparator.comparing(TimeEntry::workDay).reversed())
                .limit(ISSUE_LINES).map(e -> ownRow(e, issueKey, baseUrl, names)).toList();
    }

    private EntryRow ownRow(TimeEntry e, String issueKey, String baseUrl, Names names) {
        Long serviceId = e.countedServiceId();
        Optional<LineItem> service = serviceId == null ? Optional.empty() : lineItems.lineItem(serviceId);
        Optional<Budget> budget = service.flatMap(s -> names.budget(s.budgetId()));
        String reviewer = e.review().reviewerKey() == null ? null : names.person(e.review().reviewerKey());
        return new EntryRow(e, issueKey, baseUrl, names.person(e.authorKey()),
                budget.isPresent() ? service.get().name() : null, budget.map(Budget::name).orElse(null), reviewer,
                false, names.caller.equals(e.authorKey()), names.formats);
    }

    /** Per-request caches of names and of what the caller may see, and the caller's formats. */
    private final class Names {
        private final String caller;
        private final Formats formats;
        private final Map<Long, Optional<Budget>> budgets = new HashMap<>();
        private final Map<Long, List<LineItem>> services = new HashMap<>();
        private final Map<Long, Set<YearMonth>> locks = new HashMap<>();
        private final Map<String, String> people = new HashMap<>();
        private final Map<Long, String> projects = new HashMap<>();

        Names(String caller, Formats formats) {
            this.caller = caller;
            this.formats = formats;
        }

        /** The budget, if the caller may see it. */
        Optional<Budget> budget(long id) {
            return budgets.computeIfAbsent(id, b -> {
                try {
                    return Optional.of(ApprovalPageModels.this.budgets.budget(caller, b));
                } catch (NotFoundException e) {
                    return Optional.empty();
                }
            });
        }

        List<LineItem> services(long budgetId) {
            return services.computeIfAbsent(budgetId, b -> budget(b).isEmpty() ? List.of()
                    : ApprovalPageModels.this.lineItems.lineItems(b)); // seen: budget(b) checked it
        }

        String service(long budgetId, long serviceId) {
            return services(budgetId).stream().filter(s -> s.id() == serviceId).map(LineItem::name).findFirst().orElse(null);
        }

        Set<YearMonth> locks(long budgetId) {
            return locks.computeIfAbsent(budgetId, b -> Set.copyOf(approvals.lockedMonths(caller, b)));
        }

        String person(String key) {
            return key == null ? null : people.computeIfAbsent(key, permissions::displayName);
        }

        String projectKey(long projectId) {
            return projects.computeIfAbsent(projectId, p -> permissions.projectById(p).map(ProjectRef::key).orElse(""));
        }
    }
}
