package io.github.clientbudgets.web.team;

import io.github.clientbudgets.approval.ApprovalService;
import io.github.clientbudgets.audit.AuditEvent;
import io.github.clientbudgets.audit.AuditRecord;
import io.github.clientbudgets.format.Formats;
import io.github.clientbudgets.budget.BudgetService;
import io.github.clientbudgets.common.NotFoundException;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.lineitem.LineItemService;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.timeentry.TimeEntry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One time entry's history as the budget page's history says it (the same sentences), for the entry's History
 * button. Who may read it is the REST history's rule ({@link ApprovalService#history}): the entry's team.
 */
public class EntryHistoryModels {
    private final ApprovalService approvals;
    private final BudgetService budgets;
    private final LineItemService lineItems;
    private final Permissions permissions;

    public EntryHistoryModels(ApprovalService approvals, BudgetService budgets, LineItemService lineItems,
                              Permissions permissions) {
        this.approvals = approvals;
        this.budgets = budgets;
        this.lineItems = lineItems;
        this.permissions = permissions;
    }

    /**
     * The entry's changes in the caller's language ({@code texts}) and formats, oldest first.
     *
     * @throws NotFoundException when the caller may not see the entry's history
     */
    public EntryHistory entryHistory(String caller, long entryId, Phrase.Texts texts, Formats formats) {
        List<AuditRecord> newestFirst = new ArrayList<>(approvals.history(caller, entryId));
        Collections.reverse(newestFirst);
        List<AuditEvent> events = new ArrayList<>(AuditEvent.fold(newestFirst));
        Collections.reverse(events);
        if (events.isEmpty()) {
            return new EntryHistory(List.of());
        }
        // the budget the entry counts against now (its newest change names it)
        Long budgetId = newestFirst.stream().map(AuditRecord::budgetId).filter(Objects::nonNull).findFirst().orElse(null);
        HistoryNames names = names(caller, entryId, budgetId, formats);
        return new EntryHistory(events.stream()
                .map(e -> new HistoryView(e, HistorySentences.sentence(e, names).render(texts))).toList());
    }

    private HistoryNames names(String caller, long entryId, Long budgetId, Formats formats) {
        Map<Long, String> services = Map.of();
        String currency = "";
        Optional<TimeEntry> entry = Optional.empty();
        if (budgetId != null) {
            try {
                currency = budgets.budget(caller, budgetId).currency().getCurrencyCode();
                services = lineItems.lineItems(caller, budgetId).stream()
                        .collect(Collectors.toMap(LineItem::id, LineItem::name));
                entry = approvals.entriesOfBudget(caller, budgetId, List.of(entryId)).stream().findFirst();
            } catch (NotFoundException gone) {
                // a deleted budget: its entry's history still reads, with line items by number
            }
        }
        java.util.function.Function<String, String> person = HistoryNames.displayNames(permissions);
        Optional<HistoryNames.EntryFacts> facts = entry.map(e -> new HistoryNames.EntryFacts(person.apply(e.authorKey()),
                formats.date(e.workDay()), permissions.issueKeys(List.of(e.issueId())).get(e.issueId())));
        Map<Long, String> serviceNames = services;
        String code = currency;
        return new HistoryNames() {
            @Override
            public String person(String userKey) {
                return person.apply(userKey);
            }

            @Override
            public Optional<String> service(long serviceId) {
                return Optional.ofNullable(serviceNames.get(serviceId));
            }

            @Override
            public Optional<String> expense(long expenseId) {
                return Optional.empty();
            }

            @Override
            public Optional<String> issueKey(long issueId) {
                return Optional.empty();
            }

            @Override
            public Optional<HistoryNames.EntryFacts> entry(long id) {
                return id == entryId ? facts : Optional.empty();
            }

            @Override
            public String currency() {
                return code;
            }

            @Override
            public Formats formats() {
                return formats;
            }
        };
    }
}
