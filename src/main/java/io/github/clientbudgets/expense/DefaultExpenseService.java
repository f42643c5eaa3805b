package io.github.clientbudgets.expense;

import io.github.clientbudgets.audit.AuditAction;
import io.github.clientbudgets.audit.AuditSubject;
import io.github.clientbudgets.audit.AuditTrail;
import io.github.clientbudgets.audit.FieldChange;
import io.github.clientbudgets.audit.FieldChanges;
import io.github.clientbudgets.budget.BillableLine;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetService;
import io.github.clientbudgets.budget.BudgetStore;
import io.github.clientbudgets.budget.LineItemsOfBudget;
import io.github.clientbudgets.common.ConflictException;
import io.github.clientbudgets.common.NotFoundException;
import io.github.clientbudgets.common.ValidationException;
import io.github.clientbudgets.review.LockedMonths;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link ExpenseService}: checks rights through the budget service, validates, writes in one transaction, audits. */
public class DefaultExpenseService implements ExpenseService {
    private final ExpenseStore store;
    private final BudgetStore budgets;
    private final BudgetService budgetService;
    private final LineItemsOfBudget lineItems;
    private final LockedMonths locks;
    private final AuditTrail audit;

    public DefaultExpenseService(ExpenseStore store, BudgetStore budgets, BudgetService budgetService,
                                 LineItemsOfBudget lineItems, LockedMonths locks, AuditTrail audit) {
        this.store = store;
        this.budgets = budgets;
        this.budgetService = budgetService;
        this.lineItems = lineItems;
        this.locks = locks;
        this.audit = audit;
    }

    @Override
    public List<Expense> expenses(String caller, long budgetId) {
        budgetService.budget(caller, budgetId);
        return store.expenses(budgetId);
    }

    @Override
    public Expense create(String caller, long budgetId, ExpenseInput input) {
        Budget budget = budgetService.managedBudget(caller, budgetId);
        Expense valid = ExpenseRules.validate(input, budget, lineItemIds(budgetId), null).withAuthor(caller);
        return budgets.inTransaction(() -> {
            refuseInLockedMonth(budget, valid.date());
            Expense created = store.insertExpense(valid);
            audit.record(caller, budgetId, AuditSubject.EXPENSE, created.id(), AuditAction.CREATED, diff(null, created));
            return created;
        });
    }

    @Override
    public Expense update(String caller, long expenseId, ExpenseInput input) {
        Expense read = store.expense(expenseId).orElseThrow(NotFoundException::new);
        Budget budget = budgetService.managedBudget(caller, read.budgetId());
        if (input.version == null) {
            throw ValidationException.of("version", "client-budgets.error.version.required");
        }
        return budgets.inTransaction(() -> {
            // claimed first (a decision raises the version too), then applied to the expense as stored now
            if (!store.claimExpenseVersion(expenseId, input.version)) {
                store.expense(expenseId).orElseThrow(NotFoundException::new);
                throw new ConflictException("version", "client-budgets.error.version.stale");
            }
            Expense current = store.expense(expenseId).orElseThrow(NotFoundException::new);
            // whoever changes the figures is their author now: they go through approval again, and not by him
            Expense valid = ExpenseRules.validate(input, budget, lineItemIds(budget.id()), current).withAuthor(caller);
            refuseInLockedMonth(budget, current.date());
            refuseInLockedMonth(budget, valid.date());
            store.updateExpense(valid);
            audit.record(caller, budget.id(), AuditSubject.EXPENSE, expenseId, AuditAction.UPDATED, diff(current, valid));
            return store.expense(expenseId).orElseThrow(NotFoundException::new);
        });
    }

    @Override
    public void delete(String caller, long expenseId) {
        Expense existing = store.expense(expenseId).orElseThrow(NotFoundException::new);
        budgetService.managedBudget(caller, existing.budgetId());
        budgets.inTransaction(() -> {
            Expense current = store.expense(expenseId).orElseThrow(NotFoundException::new);
            refuseInLockedMonth(budgets.budget(current.budgetId()).orElseThrow(NotFoundException::new), current.date());
            store.deleteExpense(expenseId);
            audit.record(caller, existing.budgetId(), AuditSubject.EXPENSE, expenseId, AuditAction.DELETED,
                    diff(existing, null));
            return null;
        });
    }

    /** Locked means locked: no expense enters, changes in or leaves a locked month (its approved figures). */
    private void refuseInLockedMonth(Budget budget, LocalDate date) {
        if (locks.isLocked(budget.id(), YearMonth.from(date))) {
            throw new ConflictException("date", "client-budgets.error.expense.locked", YearMonth.from(date).toString());
        }
    }

    private Set<Long> lineItemIds(long budgetId) {
        return lineItems.lineItems(budgetId).stream().map(BillableLine::id).collect(Collectors.toSet());
    }

    private static List<FieldChange> diff(Expense from, Expense to) {
        FieldChanges changes = new FieldChanges();
        changes.add("serviceId", from == null ? null : from.serviceId(), to == null ? null : to.serviceId());
        changes.add("date", from == null ? null : from.date(), to == null ? null : to.date());
        changes.add("description", from == null ? null : from.description(), to == null ? null : to.description());
        changes.add("amount", from == null ? null : from.amount(), to == null ? null : to.amount());
        changes.add("billable", from == null ? null : from.billable(), to == null ? null : to.billable());
        changes.add("markupPercent", from == null ? null : from.markupPercent(), to == null ? null : to.markupPercent());
        changes.add("status", from == null ? null : from.status(), to == null ? null : to.status());
        return changes.list();
    }
}
