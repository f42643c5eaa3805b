package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.alert.AlertSettings;

/** Alert settings as the team's REST shows them. */
public class AlertJsonMapper {
    public AlertSettingsJson settings(long budgetId, AlertSettings settings, boolean canManage) {
        return new AlertSettingsJson(budgetId, settings.thresholds(), settings.notifyClient(), canManage);
    }
}
