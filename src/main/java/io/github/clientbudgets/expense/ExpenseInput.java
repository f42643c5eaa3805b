package io.github.clientbudgets.expense;

/** An expense as a caller sends it. */
public final class ExpenseInput {
    public Long serviceId;
    public String date;
    public String description;
    public String amount;
    public Boolean billable;
    public String markupPercent;
    /** Required on update: the version the caller read (a stale one is refused with 409). */
    public Integer version;
}
