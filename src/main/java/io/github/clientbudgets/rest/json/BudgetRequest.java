package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.budget.BudgetInput;
import io.github.clientbudgets.common.Errors;
import io.github.clientbudgets.period.RetainerTermsInput;

import java.util.LinkedHashMap;
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
                            Integer version, RetainerTermsInput retainer) {
    private static final String RETAINER = "retainer";

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
                integer(json, "alertCriticalPercent", errors), integer(json, "version", errors),
                retainer(json, errors));
        errors.throwIfAny();
        return request;
    }

    /**
     * The optional {@code retainer} object; absent or null = none sent. Its fields are named {@code retainer.<field>}
     * in errors. The dates are the budget's, so they are not read here.
     */
    private static RetainerTermsInput retainer(Map<String, Object> json, Errors errors) {
        Object value = json.get(RETAINER);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> object)) {
            errors.add(RETAINER, "client-budgets.error.retainer.object");
            return null;
        }
        Map<String, Object> prefixed = new LinkedHashMap<>();
        object.forEach((k, v) -> prefixed.put(RETAINER + "." + k, v));
        return new RetainerTermsInput(text(prefixed, RETAINER + ".period", errors),
                decimal(prefixed, RETAINER + ".allowanceHours", errors),
                decimal(prefixed, RETAINER + ".allowanceAmount", errors), text(prefixed, RETAINER + ".rollover", errors),
                decimal(prefixed, RETAINER + ".rolloverCapHours", errors), null, null);
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
