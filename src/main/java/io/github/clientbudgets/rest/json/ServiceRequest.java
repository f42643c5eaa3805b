package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.common.Errors;
import io.github.clientbudgets.lineitem.LineItemInput;

import java.util.Map;

import static io.github.clientbudgets.rest.json.JsonFields.bool;
import static io.github.clientbudgets.rest.json.JsonFields.decimal;
import static io.github.clientbudgets.rest.json.JsonFields.integer;
import static io.github.clientbudgets.rest.json.JsonFields.orEmpty;
import static io.github.clientbudgets.rest.json.JsonFields.text;

/** The body of {@code POST /budgets/{id}/services} and {@code PUT /services/{id}}. */
public record ServiceRequest(String name, String billing, String budgetedHours, String rate, String costRate,
                             Boolean isDefault, Integer version) {

    public static ServiceRequest from(Map<String, Object> body) {
        Map<String, Object> json = orEmpty(body);
        Errors errors = new Errors();
        ServiceRequest request = new ServiceRequest(text(json, "name", errors), text(json, "billing", errors),
                decimal(json, "budgetedHours", errors), decimal(json, "rate", errors), decimal(json, "costRate", errors),
                bool(json, "isDefault", errors), integer(json, "version", errors));
        errors.throwIfAny();
        return request;
    }

    public LineItemInput toInput() {
        LineItemInput in = new LineItemInput();
        in.name = name;
        in.billing = billing;
        in.budgetedHours = budgetedHours;
        in.rate = rate;
        in.costRate = costRate;
        in.isDefault = isDefault;
        in.version = version;
        return in;
    }
}
