package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.budget.BudgetInput;
import io.github.clientbudgets.common.Errors;

import java.util.Map;

import static io.github.clientbudgets.rest.json.JsonFields.bool;
import static io.github.clientbudgets.rest.json.JsonFields.decimal;
import static io.github.clientbudgets.rest.json.JsonFields.integer;
import static io.github.clientbudgets.rest.json.JsonFields.orEmpty;
import static io.github.clientbudgets.rest.json.JsonFields.text;

/** The body of {@code POST /budgets} and {@code PUT /budgets/{id}}: every field optional here, the rules decide. */
public record BudgetRequest(String projectKey, String name, String type, String currency, String startDate,
                            String endDate, String totalAmount, String totalHours, String ownerKey, String status,
                            Boolean approvalRequired, Boolean clientAccess, Boolean showPersonNames,
                            Boolean showComments, Integer alertWarnPercent, Integer alertCriticalPercent,
                            Integer version) {

    /** Reads a parsed body; a field of the wrong type is a 400 naming it (all such fields at once). */
    public static BudgetRequest from(Map<String, Object> body) {
        Map<String, Object> json = orEmpty(body);
        Errors errors = new Errors();
        BudgetRequest request = new BudgetRequest(text(json, "projectKey", errors), text(json, "name", errors),
                text(json, "type", errors), text(json, "currency", errors), text(json, "startDate", errors),
                text(json, "endDate", errors), decimal(json, "totalAmount", errors), decimal(json, "totalHours", errors),
                text(json, "ownerKey", errors), text(json, "status", errors), bool(json, "approvalRequired", errors),
                bool(json, "clientAccess", errors), bool(json, "showPersonNames", errors),
                bool(json, "showComments", errors), integer(json, "alertWarnPercent", errors),
                integer(json, "alertCriticalPercent", errors), integer(json, "version", errors));
        errors.throwIfAny();
        return request;
    }

    public BudgetInput toInput() {
        BudgetInput in = new BudgetInput();
        in.projectKey = projectKey;
        in.name = name;
        in.type = type;
        in.currency = currency;
        in.startDate = startDate;
        in.endDate = endDate;
        in.totalAmount = totalAmount;
        in.totalHours = totalHours;
        in.ownerKey = ownerKey;
        in.status = status;
        in.approvalRequired = approvalRequired;
        in.clientAccess = clientAccess;
        in.showPersonNames = showPersonNames;
        in.showComments = showComments;
        in.alertWarnPercent = alertWarnPercent;
        in.alertCriticalPercent = alertCriticalPercent;
        in.version = version;
        return in;
    }
}
