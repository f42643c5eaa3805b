package io.github.clientbudgets.web.team;

import io.github.clientbudgets.review.ApprovalStatus;
import io.github.clientbudgets.common.Fields;
import io.github.clientbudgets.common.Money;
import io.github.clientbudgets.expense.Expense;

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

    public ExpenseView(Expense expense, String serviceName) {
        this(expense, serviceName, false, false, null, null);
    }

    /**
     * @param mayDecide the caller may approve this budget's expenses (and it requires approval)
     * @param own       the caller entered the figures that wait
     */
    public ExpenseView(Expense expense, String serviceName, boolean mayDecide, boolean own, String budgetName,
                       String authorName) {
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
        return Fields.iso(expense.date());
    }

    public String getDescription() {
        return expense.description();
    }

    public String getAmount() {
        return Money.format(expense.amount());
    }

    public String getMarkupPercent() {
        return Money.format(expense.markupPercent());
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
