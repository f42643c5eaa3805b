package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.common.ValidationException;

import java.util.Map;

/** The body of {@code POST /portal/budgets/{id}/sign-offs}: {@code {"period":"YYYY-MM"}}. */
public record SignOffRequest(String period) {

    public static SignOffRequest from(Map<String, Object> body) {
        Object period = JsonFields.orEmpty(body).get("period");
        if (!(period instanceof String text)) {
            throw ValidationException.of("period", "client-budgets.signoff.error.period");
        }
        return new SignOffRequest(text);
    }
}
