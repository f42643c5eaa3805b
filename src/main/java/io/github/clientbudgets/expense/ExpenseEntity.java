package io.github.clientbudgets.expense;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A cost line of a budget (table AO_xxxxxx_EXPENSE). Amount in minor units; markup in hundredths of a percent. */
@Preload
@Table("EXPENSE")
public interface ExpenseEntity extends Entity {
    String BUDGET_ID = "BUDGET_ID";
    String SERVICE_ID = "SERVICE_ID";
    String EXPENSE_DATE = "EXPENSE_DATE";
    String DESCRIPTION = "DESCRIPTION";
    String AMOUNT_MINOR = "AMOUNT_MINOR";
    String BILLABLE = "BILLABLE";
    String MARKUP_BASIS_POINTS = "MARKUP_BASIS_POINTS";
    String STATUS = "STATUS";
    String AUTHOR_KEY = "AUTHOR_KEY";
    String REJECTION_REASON = "REJECTION_REASON";
    String VERSION = "VERSION";

    @NotNull
    @Indexed
    long getBudgetId();

    void setBudgetId(long budgetId);

    @Indexed
    Long getServiceId();

    void setServiceId(Long serviceId);

    /** ISO date; not "DATE", a reserved word. */
    @NotNull
    @StringLength(10)
    String getExpenseDate();

    void setExpenseDate(String date);

    @NotNull
    @StringLength(255)
    String getDescription();

    void setDescription(String description);

    @NotNull
    long getAmountMinor();

    void setAmountMinor(long amountMinor);

    boolean isBillable();

    void setBillable(boolean billable);

    /** 12.5 % = 1250. */
    @NotNull
    int getMarkupBasisPoints();

    void setMarkupBasisPoints(int basisPoints);

    /** {@code PENDING}, {@code APPROVED} or {@code REJECTED}. */
    @NotNull
    @StringLength(16)
    String getStatus();

    void setStatus(String status);

    /** Who entered the figures waiting for approval (he may not approve them); null on rows older than the column. */
    @StringLength(255)
    String getAuthorKey();

    void setAuthorKey(String authorKey);

    /** The reviewer's reason while REJECTED. */
    @StringLength(StringLength.UNLIMITED)
    String getRejectionReason();

    void setRejectionReason(String reason);

    /**
     * Counts the row's changes (optimistic concurrency): every write raises it with one conditional UPDATE in
     * {@code AoBudgetStore}; null on rows older than the column, read as 0.
     */
    Integer getVersion();

    void setVersion(Integer version);
}
