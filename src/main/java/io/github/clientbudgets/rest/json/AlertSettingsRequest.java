package io.github.clientbudgets.rest.json;

import java.util.Map;

/**
 * The body of {@code PUT /budgets/{id}/alerts}: {@code thresholds} (a list of whole percents) and {@code notifyClient}
 * (a boolean), either may be left out. The values travel as parsed; the alert rules check them and name the field.
 */
public record AlertSettingsRequest(Object thresholds, Object notifyClient) {
    public static AlertSettingsRequest from(Map<String, Object> body) {
        Map<String, Object> json = JsonFields.orEmpty(body);
        return new AlertSettingsRequest(json.get("thresholds"), json.get("notifyClient"));
    }
}
