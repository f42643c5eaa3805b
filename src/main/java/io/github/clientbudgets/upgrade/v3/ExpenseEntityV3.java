package io.github.clientbudgets.upgrade.v3;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * {@code ExpenseEntity} as it was at model version 3, frozen: upgrade tasks migrate with this copy, never with the
 * live entity, so a later change of the live one cannot change what this version's task does. Never edit.
 */
@Preload
@Table("EXPENSE")
public interface ExpenseEntityV3 extends Entity {
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

    @NotNull
    int getMarkupBasisPoints();

    void setMarkupBasisPoints(int basisPoints);

    @NotNull
    @StringLength(16)
    String getStatus();

    void setStatus(String status);

    @StringLength(255)
    String getAuthorKey();

    void setAuthorKey(String authorKey);

    @StringLength(StringLength.UNLIMITED)
    String getRejectionReason();

    void setRejectionReason(String reason);

    Integer getVersion();

    void setVersion(Integer version);
}
