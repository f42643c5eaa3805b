package io.github.clientbudgets.lineitem;

/** A service as a caller sends it; money and hours as decimal strings. */
public final class LineItemInput {
    public String name;
    public String billing;
    public String budgetedHours;
    public String rate;
    public String costRate;
    public Boolean isDefault;
    /** Required on update: the version the caller read (a stale one is refused with 409). */
    public Integer version;
}
