package io.github.clientbudgets.alert;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A budget's saved alert settings (a budget without a row has {@link AlertSettings#defaultsOf}). */
@Preload
@Table("ALERT_SETTING")
public interface AlertSettingEntity extends Entity {
    String BUDGET_ID = "BUDGET_ID";
    String THRESHOLDS = "THRESHOLDS";
    String NOTIFY_CLIENT = "NOTIFY_CLIENT";

    /** One row per budget: two PMs saving at once end with one row. */
    @Unique
    long getBudgetId();

    void setBudgetId(long budgetId);

    /** "80,100": ascending, distinct whole percents. */
    @NotNull
    @StringLength(64)
    String getThresholds();

    void setThresholds(String thresholds);

    @NotNull
    boolean isNotifyClient();

    void setNotifyClient(boolean notifyClient);
}
