package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.common.Errors;

import java.util.Map;

/** The body of a toggle ({@code {"enabled":true}}, {@code {"required":false}}): one required boolean. */
public record FlagRequest(boolean value) {

    public static FlagRequest from(Map<String, Object> body, String field) {
        Errors errors = new Errors();
        Boolean value = JsonFields.bool(JsonFields.orEmpty(body), field, errors);
        if (value == null) {
            errors.add(field, "client-budgets.error.boolean");
        }
        errors.throwIfAny();
        return new FlagRequest(value);
    }
}
