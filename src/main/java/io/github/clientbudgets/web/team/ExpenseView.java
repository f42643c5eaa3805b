package io.github.clientbudgets.web.team;

import io.github.clientbudgets.review.ApprovalStatus;
import io.github.clientbudgets.expense.Expense;
import io.github.clientbudgets.format.Formats;

import java.util.Currency;

/**
 * An expense row of the budget page and of the Approvals page's expense queue. Which decisions it offers follows
 * the rule the server applies ({@code ExpenseApprovalRules}): an approver, never on his own figures; a locked month
 * still refuses when asked, with its reason.
 */
public final class ExpenseView {
    private final Expense expense;
    private final String serviceName;
    private final boolean mayDecide;
    private final boolean own;
    private final String budgetName;
    private final String authorName;
    private final Currency currency;
    private final Formats formats;

    public ExpenseView(Expense expense, String serviceName, Currency currency, Formats formats) {
        this(expense, serviceName, false, false, null, null, currency, formats);
    }

    /**
     * @param mayDecide the caller may approve this budget's expenses (and it requires approval)
     * @param own       the caller entered the figures that wait
     * @param currency  the budget's
     */
    public ExpenseView(Expense expense, String serviceName, boolean mayDecide, boolean own, String budgetName,
                       String authorName, Currency currency, Formats formats) {
        this.currency = currency;
        this.formats = formats;
        this.expense = expense;
        this.serviceName = serviceName;
        this.mayDecide = mayDecide;
        this.own = own;
        this.budgetName = budgetName;
        this.authorName = authorName;
    }

    public boolean isApprovable() {
        return mayDecide && !own && expense.status() == ApprovalStatus.PENDING;
    }

    /** Rejecting is offered where approving is: the same reviewer decides either way. */
    public boolean isRejectable() {
        return isApprovable();
    }

    public boolean isUnapprovable() {
        return mayDecide && expense.status() == ApprovalStatus.APPROVED;
    }

    public boolean isDecidable() {
        return isApprovable() || isUnapprovable();
    }

    public String getRejectionReason() {
        return expense.rejectionReason() == null ? "" : expense.rejectionReason();
    }

    public String getBudgetName() {
        return budgetName == null ? "" : budgetName;
    }

    public long getBudgetId() {
        return expense.budgetId();
    }

    public String getAuthorName() {
        return authorName == null ? "" : authorName;
    }

    public long getId() {
        return expense.id();
    }

    public String getDate() {
        return formats.date(expense.date());
    }

    public String getDescription() {
        return expense.description();
    }

    public String getAmount() {
        return formats.money(expense.amount(), currency);
    }

    public String getMarkupPercent() {
        return formats.percent(expense.markupPercent());
    }

    public boolean isBillable() {
        return expense.billable();
    }

    public String getStatus() {
        return expense.status().name();
    }

    public String getServiceId() {
        return expense.serviceId() == null ? "" : String.valueOf(expense.serviceId());
    }

    public String getServiceName() {
        return serviceName == null ? "" : serviceName;
    }
}
