package io.github.clientbudgets.expense;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.budget.BudgetStore;
import io.github.clientbudgets.common.AoSql;
import io.github.clientbudgets.common.AoVersions;
import io.github.clientbudgets.common.Money;
import io.github.clientbudgets.review.ApprovalStatus;
import net.java.ao.Query;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link ExpenseStore} on Active Objects: the only class that writes the expense table (not cached). */
public class AoExpenseStore implements ExpenseStore {
    private final ActiveObjects ao;
    private final BudgetStore budgets;

    /** @param budgets gives each budget's currency, in which its expenses' amounts are */
    public AoExpenseStore(ActiveObjects ao, BudgetStore budgets) {
        this.ao = ao;
        this.budgets = budgets;
    }


    @Override
    public List<Expense> expenses(long budgetId) {
        Currency currency = budgets.currencyOf(budgetId);
        return Arrays.stream(ao.find(ExpenseEntity.class, Query.select()
                        .where(ExpenseEntity.BUDGET_ID + " = ?", budgetId)
                        .order(ExpenseEntity.EXPENSE_DATE + " DESC, ID DESC")))
                .map(e -> toExpense(e, currency)).toList();
    }

    @Override
    public Optional<Expense> expense(long expenseId) {
        if (expenseId <= 0 || expenseId > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        ExpenseEntity e = ao.get(ExpenseEntity.class, (int) expenseId);
        return e == null ? Optional.empty() : Optional.of(toExpense(e, budgets.currencyOf(e.getBudgetId())));
    }

    @Override
    public Expense insertExpense(Expense x) {
        Currency currency = budgets.currencyOf(x.budgetId());
        Map<String, Object> v = new HashMap<>();
        v.put(ExpenseEntity.BUDGET_ID, x.budgetId());
        v.put(ExpenseEntity.SERVICE_ID, x.serviceId());
        v.put(ExpenseEntity.EXPENSE_DATE, iso(x.date()));
        v.put(ExpenseEntity.DESCRIPTION, x.description());
        v.put(ExpenseEntity.AMOUNT_MINOR, Money.toMinor(x.amount(), currency));
        v.put(ExpenseEntity.BILLABLE, x.billable());
        v.put(ExpenseEntity.MARKUP_BASIS_POINTS, ExpenseRules.toBasisPoints(x.markupPercent()));
        v.put(ExpenseEntity.STATUS, x.status().name());
        v.put(ExpenseEntity.AUTHOR_KEY, x.authorKey());
        v.put(ExpenseEntity.VERSION, 0);
        return x.withId(ao.create(ExpenseEntity.class, v).getID());
    }

    @Override
    public void updateExpense(Expense x) {
        Currency currency = budgets.currencyOf(x.budgetId());
        ExpenseEntity e = ao.get(ExpenseEntity.class, (int) x.id());
        e.setServiceId(x.serviceId());
        e.setExpenseDate(iso(x.date()));
        e.setDescription(x.description());
        e.setAmountMinor(Money.toMinor(x.amount(), currency));
        e.setBillable(x.billable());
        e.setMarkupBasisPoints(ExpenseRules.toBasisPoints(x.markupPercent()));
        e.setStatus(x.status().name());
        e.setAuthorKey(x.authorKey());
        e.setRejectionReason(x.rejectionReason());
        e.save();
    }

    @Override
    public boolean claimExpenseVersion(long expenseId, int expectedVersion) {
        ExpenseEntity e = expenseId <= 0 || expenseId > Integer.MAX_VALUE ? null : ao.get(ExpenseEntity.class, (int) expenseId);
        return e != null && AoVersions.claim(AoSql.of(e), ExpenseEntity.class, ExpenseEntity.VERSION, (int) expenseId,
                expectedVersion);
    }

    @Override
    public void deleteExpense(long expenseId) {
        ao.deleteWithSQL(ExpenseEntity.class, "ID = ?", (int) expenseId);
    }

    @Override
    public void detachExpensesFromLineItem(long lineItemId) {
        for (ExpenseEntity e : ao.find(ExpenseEntity.class, Query.select()
                .where(ExpenseEntity.SERVICE_ID + " = ?", lineItemId))) {
            e.setServiceId(null);
            e.save();
        }
    }

    private static Expense toExpense(ExpenseEntity e, Currency currency) {
        return new Expense(e.getID(), e.getBudgetId(), e.getServiceId(), date(e.getExpenseDate()), e.getDescription(),
                Money.fromMinor(e.getAmountMinor(), currency), e.isBillable(),
                ExpenseRules.fromBasisPoints(e.getMarkupBasisPoints()), ApprovalStatus.valueOf(e.getStatus()),
                e.getAuthorKey(), e.getRejectionReason(), e.getVersion() == null ? 0 : e.getVersion());
    }

    @Override
    public List<Expense> expensesWithStatus(List<Long> budgetIds, ApprovalStatus status, int limit) {
        if (budgetIds.isEmpty()) {
            return List.of();
        }
        String in = String.join(", ", java.util.Collections.nCopies(budgetIds.size(), "?"));
        List<Object> params = new java.util.ArrayList<>(budgetIds);
        params.add(status.name());
        Map<Long, Currency> currencies = new HashMap<>();
        return Arrays.stream(ao.find(ExpenseEntity.class, Query.select()
                        .where(ExpenseEntity.BUDGET_ID + " IN (" + in + ") AND " + ExpenseEntity.STATUS + " = ?",
                                params.toArray())
                        .order(ExpenseEntity.EXPENSE_DATE + " ASC, ID ASC").limit(limit)))
                .map(e -> toExpense(e, currencies.computeIfAbsent(e.getBudgetId(), budgets::currencyOf))).toList();
    }

    @Override
    public boolean transitionExpense(long expenseId, ApprovalStatus expected, ApprovalStatus next, String rejectionReason) {
        ExpenseEntity any = expenseId <= 0 || expenseId > Integer.MAX_VALUE ? null : ao.get(ExpenseEntity.class, (int) expenseId);
        if (any == null) {
            return false;
        }
        // a compare-and-set: of two nodes deciding the same expense, one wins and the other re-reads
        AoSql q = AoSql.of(any);
        return q.update("UPDATE " + q.table(ExpenseEntity.class) + " SET " + q.col(ExpenseEntity.STATUS) + " = ?, "
                + q.col(ExpenseEntity.REJECTION_REASON) + " = ?, " + q.col(ExpenseEntity.VERSION) + " = COALESCE("
                + q.col(ExpenseEntity.VERSION) + ", 0) + 1 WHERE " + q.col("ID") + " = ? AND "
                + q.col(ExpenseEntity.STATUS) + " = ?", java.util.Arrays.asList(next.name(), rejectionReason,
                (int) expenseId, expected.name())) == 1;
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
