package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.common.Errors;
import io.github.clientbudgets.expense.ExpenseInput;

import java.util.Map;

import static io.github.clientbudgets.rest.json.JsonFields.bool;
import static io.github.clientbudgets.rest.json.JsonFields.decimal;
import static io.github.clientbudgets.rest.json.JsonFields.id;
import static io.github.clientbudgets.rest.json.JsonFields.integer;
import static io.github.clientbudgets.rest.json.JsonFields.orEmpty;
import static io.github.clientbudgets.rest.json.JsonFields.text;

/** The body of {@code POST /budgets/{id}/expenses} and {@code PUT /expenses/{id}}. */
public record ExpenseRequest(Long serviceId, String date, String description, String amount, Boolean billable,
                             String markupPercent, Integer version) {

    public static ExpenseRequest from(Map<String, Object> body) {
        Map<String, Object> json = orEmpty(body);
        Errors errors = new Errors();
        ExpenseRequest request = new ExpenseRequest(id(json, "serviceId", errors), text(json, "date", errors),
                text(json, "description", errors), decimal(json, "amount", errors), bool(json, "billable", errors),
                decimal(json, "markupPercent", errors), integer(json, "version", errors));
        errors.throwIfAny();
        return request;
    }

    public ExpenseInput toInput() {
        ExpenseInput in = new ExpenseInput();
        in.serviceId = serviceId;
        in.date = date;
        in.description = description;
        in.amount = amount;
        in.billable = billable;
        in.markupPercent = markupPercent;
        in.version = version;
        return in;
    }
}
