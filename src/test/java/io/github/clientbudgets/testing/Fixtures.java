package io.github.clientbudgets.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.budget.AoBudgetStore;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.expense.AoExpenseStore;
import io.github.clientbudgets.lineitem.AoLineItemStore;
import io.github.clientbudgets.budget.BudgetStatus;
import io.github.clientbudgets.budget.BudgetStore;
import io.github.clientbudgets.budget.BudgetType;
import io.github.clientbudgets.review.ApprovalStatus;
import io.github.clientbudgets.expense.Expense;
import io.github.clientbudgets.expense.ExpenseStore;
import io.github.clientbudgets.lineitem.LineItemStore;
import io.github.clientbudgets.budget.Billing;
import io.github.clientbudgets.lineitem.LineItem;
import io.github.clientbudgets.review.EntryState;
import io.github.clientbudgets.timeentry.TimeEntry;
import io.github.clientbudgets.timeentry.WorklogState;
import io.github.clientbudgets.timeentry.TimeEntryStore;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.concurrent.atomic.AtomicLong;

/** Builds stored test data straight through the stores (no rights, no validation). */
public final class Fixtures {
    private static final AtomicLong WORKLOG_IDS = new AtomicLong(1000);
    private final BudgetStore store;
    private final LineItemStore lineItems;
    private final ExpenseStore expenses;
    private final TimeEntryStore time;

    public Fixtures(BudgetStore store, LineItemStore lineItems, ExpenseStore expenses, TimeEntryStore time) {
        this.store = store;
        this.lineItems = lineItems;
        this.expenses = expenses;
        this.time = time;
    }

    /** Line items and expenses on the store's own caches, time entries in {@code time}. */
    public Fixtures(ActiveObjects ao, AoBudgetStore store, TimeEntryStore time) {
        this(store, new AoLineItemStore(ao, store), new AoExpenseStore(ao, store), time);
    }

    public Fixtures(Stores stores) {
        this(stores.budgets, stores.lineItems, stores.expenses, stores.time);
    }

    public Budget budget(long projectId, String name, BudgetType type, String currency, String start, String end,
                         String total, boolean approval) {
        Currency c = Currency.getInstance(currency);
        return store.insertBudget(new Budget(0, projectId, name, type, c, LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end),
                total == null ? null : new BigDecimal(total).setScale(c.getDefaultFractionDigits()), null, "pm",
                BudgetStatus.OPEN, approval, false, false, false, 80, 100));
    }

    public LineItem service(Budget budget, String name, Billing billing, String rate, boolean isDefault) {
        int scale = budget.currency().getDefaultFractionDigits();
        return lineItems.insertLineItem(new LineItem(0, budget.id(), name, billing, null,
                rate == null ? null : new BigDecimal(rate).setScale(scale), null, isDefault));
    }

    public Expense expense(Budget budget, String date, String amount, boolean billable, String markup,
                           ApprovalStatus status) {
        return expenses.insertExpense(new Expense(0, budget.id(), null, LocalDate.parse(date), "Expense " + amount,
                new BigDecimal(amount).setScale(budget.currency().getDefaultFractionDigits()), billable,
                new BigDecimal(markup).setScale(2), status));
    }

    /** A live entry, not (yet) approved. */
    public TimeEntry entry(long projectId, long issueId, Long serviceId, String day, long seconds, boolean billable,
                           ApprovalStatus status) {
        LocalDate d = LocalDate.parse(day);
        return time.insert(new TimeEntry(0, live(projectId, issueId, d, seconds), serviceId, null, billable, null,
                status, EntryState.Revision.NONE, null, TimeEntry.Review.NONE));
    }

    /** An approved entry whose snapshot equals the live values. */
    public TimeEntry approved(long projectId, long issueId, long serviceId, String day, long seconds, boolean billable) {
        return approvedWith(projectId, issueId, serviceId, day, seconds, billable, serviceId, seconds, billable,
                ApprovalStatus.APPROVED);
    }

    /** An entry with a published snapshot that may differ from its live values (a pending revision). */
    public TimeEntry approvedWith(long projectId, long issueId, Long liveService, String day, long liveSeconds,
                                  boolean liveBillable, long approvedService, long approvedSeconds,
                                  boolean approvedBillable, ApprovalStatus status) {
        LocalDate d = LocalDate.parse(day);
        boolean revised = liveSeconds != approvedSeconds || !java.util.Objects.equals(liveService, approvedService)
                || liveBillable != approvedBillable;
        return time.insert(new TimeEntry(0, live(projectId, issueId, d, liveSeconds), liveService, null, liveBillable,
                null, status, status == ApprovalStatus.APPROVED && revised ? EntryState.Revision.EDIT
                : EntryState.Revision.NONE, new TimeEntry.Snapshot(approvedSeconds,
                d.atStartOfDay().toInstant(ZoneOffset.UTC), d, approvedService, approvedBillable, null),
                TimeEntry.Review.NONE));
    }

    private static WorklogState live(long projectId, long issueId, LocalDate d, long seconds) {
        return new WorklogState(WORKLOG_IDS.incrementAndGet(), issueId, null, projectId, "dev",
                d.atStartOfDay().toInstant(ZoneOffset.UTC), d, seconds, "worked on " + issueId);
    }
}
