package io.github.clientbudgets.alert;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A recorded alert crossing (see {@link Crossing}). The unique {@code CROSSING_KEY} is the whole guarantee of "one
 * mail per crossing": whichever node's insert wins sends the mail, on any number of nodes, after any restart.
 */
@Preload
@Table("ALERT_CROSSING")
public interface AlertCrossingEntity extends Entity {
    String CROSSING_KEY = "CROSSING_KEY";
    String BUDGET_ID = "BUDGET_ID";
    String SCOPE = "SCOPE";
    String METRIC = "METRIC";
    String THRESHOLD = "THRESHOLD";
    String BASE = "BASE";
    String CROSSED_AT = "CROSSED_AT";

    /** "budgetId:scope:metric:threshold". AO makes a unique column NOT NULL: every insert sets it. */
    @Unique
    @StringLength(255)
    String getCrossingKey();

    void setCrossingKey(String key);

    @NotNull
    @Indexed
    long getBudgetId();

    void setBudgetId(long budgetId);

    /** "total", or a retainer period's key ("2026-11", "2026-Q4"). */
    @NotNull
    @StringLength(16)
    String getScope();

    void setScope(String scope);

    /** HOURS or AMOUNT. */
    @NotNull
    @StringLength(16)
    String getMetric();

    void setMetric(String metric);

    @NotNull
    int getThreshold();

    void setThreshold(int threshold);

    /** What the percentage was of, as a plain decimal (seconds, or the amount in the budget's currency). */
    @NotNull
    @StringLength(40)
    String getBase();

    void setBase(String base);

    /** Epoch milliseconds. */
    @NotNull
    long getCrossedAt();

    void setCrossedAt(long crossedAt);
}
