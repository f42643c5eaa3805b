package io.github.clientbudgets.lineitem;

import io.github.clientbudgets.audit.AuditAction;
import io.github.clientbudgets.audit.AuditSubject;
import io.github.clientbudgets.audit.AuditTrail;
import io.github.clientbudgets.audit.FieldChange;
import io.github.clientbudgets.audit.FieldChanges;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetService;
import io.github.clientbudgets.budget.BudgetStore;
import io.github.clientbudgets.budget.RecordedTime;
import io.github.clientbudgets.common.ConflictException;
import io.github.clientbudgets.common.NotFoundException;
import io.github.clientbudgets.common.ValidationException;
import io.github.clientbudgets.expense.ExpenseStore;

import java.util.List;

/**
 * {@link LineItemService}: checks rights through the budget service, validates, writes in one transaction, audits.
 * Every write locks the budget's row first ({@link LineItemStore#lockLineItemsOfBudget}) and decides on the line
 * items as stored then: of two PMs adding the first line item at once, the second sees the first's and adds a
 * non-default one.
 */
public class DefaultLineItemService implements LineItemService {
    private final LineItemStore store;
    private final BudgetStore budgets;
    private final BudgetService budgetService;
    private final ExpenseStore expenses;
    private final IssueAssignments assignments;
    private final RecordedTime time;
    private final AuditTrail audit;

    public DefaultLineItemService(LineItemStore store, BudgetStore budgets, BudgetService budgetService,
                                  ExpenseStore expenses, IssueAssignments assignments, RecordedTime time,
                                  AuditTrail audit) {
        this.store = store;
        this.budgets = budgets;
        this.budgetService = budgetService;
        this.expenses = expenses;
        this.assignments = assignments;
        this.time = time;
        this.audit = audit;
    }

    @Override
    public List<LineItem> lineItems(String caller, long budgetId) {
        budgetService.budget(caller, budgetId);
        return store.lineItems(budgetId);
    }

    @Override
    public LineItem create(String caller, long budgetId, LineItemInput input) {
        Budget budget = budgetService.managedBudget(caller, budgetId);
        return budgets.inTransaction(() -> {
            List<LineItem> siblings = store.lockLineItemsOfBudget(budgetId);
            LineItem valid = LineItemRules.validate(input, budget, null, siblings.isEmpty());
            if (valid.isDefault()) {
                clearOtherDefaults(caller, siblings, -1);
            }
            LineItem created = store.insertLineItem(valid);
            audit.record(caller, budgetId, AuditSubject.SERVICE, created.id(), AuditAction.CREATED, diff(null, created));
            return created;
        });
    }

    /**
     * A full update from the version the caller read, as a budget's: a stale version is a 409 and changes nothing;
     * the input is applied to the line item as stored now.
     */
    @Override
    public LineItem update(String caller, long lineItemId, LineItemInput input) {
        LineItem cached = store.lineItem(lineItemId).orElseThrow(NotFoundException::new);
        Budget budget = budgetService.managedBudget(caller, cached.budgetId());
        if (input.version == null) {
            throw ValidationException.of("version", "client-budgets.error.version.required");
        }
        return budgets.inTransaction(() -> {
            List<LineItem> siblings = store.lockLineItemsOfBudget(budget.id());
            LineItem existing = siblings.stream().filter(s -> s.id() == lineItemId).findFirst()
                    .orElseThrow(NotFoundException::new);
            if (!store.claimLineItemVersion(lineItemId, input.version)) {
                throw new ConflictException("version", "client-budgets.error.version.stale");
            }
            LineItem valid = LineItemRules.validate(input, budget, existing, false);
            if (valid.isDefault() && !existing.isDefault()) {
                clearOtherDefaults(caller, siblings, lineItemId);
            }
            store.updateLineItem(valid);
            audit.record(caller, budget.id(), AuditSubject.SERVICE, lineItemId, AuditAction.UPDATED, diff(existing, valid));
            return store.lineItem(lineItemId).orElseThrow(NotFoundException::new);
        });
    }

    private void clearOtherDefaults(String caller, List<LineItem> lineItems, long keep) {
        for (LineItem other : lineItems) {
            if (other.id() != keep && other.isDefault()) {
                store.setLineItemDefault(other.id(), false);
                audit.record(caller, other.budgetId(), AuditSubject.SERVICE, other.id(), AuditAction.UPDATED,
                        List.of(new FieldChange("isDefault", "true", "false")));
            }
        }
    }

    @Override
    public void delete(String caller, long lineItemId) {
        LineItem cached = store.lineItem(lineItemId).orElseThrow(NotFoundException::new);
        budgetService.managedBudget(caller, cached.budgetId());
        budgets.inTransaction(() -> {
            List<LineItem> siblings = store.lockLineItemsOfBudget(cached.budgetId());
            LineItem existing = siblings.stream().filter(s -> s.id() == lineItemId).findFirst()
                    .orElseThrow(NotFoundException::new);
            if (existing.isDefault() && siblings.size() > 1) {
                throw new ConflictException("isDefault", "client-budgets.error.default.delete");
            }
            if (time.anyTimeOn(List.of(lineItemId))) {
                throw new ConflictException("serviceId", "client-budgets.error.service.hasTime");
            }
            expenses.detachExpensesFromLineItem(lineItemId);
            assignments.removeAssignmentsOf(lineItemId);
            store.deleteLineItem(lineItemId);
            audit.record(caller, cached.budgetId(), AuditSubject.SERVICE, lineItemId, AuditAction.DELETED, diff(existing, null));
            return null;
        });
    }

    private static List<FieldChange> diff(LineItem from, LineItem to) {
        FieldChanges changes = new FieldChanges();
        changes.add("name", from == null ? null : from.name(), to == null ? null : to.name());
        changes.add("billing", from == null ? null : from.billing(), to == null ? null : to.billing());
        changes.add("budgetedSeconds", from == null ? null : from.budgetedSeconds(), to == null ? null : to.budgetedSeconds());
        changes.add("rate", from == null ? null : from.rate(), to == null ? null : to.rate());
        changes.add("costRate", from == null ? null : from.costRate(), to == null ? null : to.costRate());
        changes.add("isDefault", from == null ? null : from.isDefault(), to == null ? null : to.isDefault());
        return changes.list();
    }
}
