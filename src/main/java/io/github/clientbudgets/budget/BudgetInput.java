package io.github.clientbudgets.budget;

/**
 * A budget as a caller sends it: raw text, checked by {@link BudgetRules}. Booleans left null keep their value on
 * update (false on create); amounts and hours are decimal strings.
 */
public final class BudgetInput {
    public String projectKey;
    public String name;
    public String type;
    public String currency;
    public String startDate;
    public String endDate;
    public String totalAmount;
    public String totalHours;
    public String ownerKey;
    public String status;
    public Boolean approvalRequired;
    public Boolean clientAccess;
    public Boolean showPersonNames;
    public Boolean showComments;
    public Integer alertWarnPercent;
    public Integer alertCriticalPercent;
    /** On update: the version the caller read (required); a stale one is refused. */
    public Integer version;
}
