package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.common.Errors;

import java.util.Map;

/**
 * A client's question: {@code {"entryId": n, "message": "..."}}. The entry id must be a positive whole number (400 on
 * {@code entryId}); the message is checked by the question's rules, after the caller may see the budget.
 */
public record QuestionRequest(long entryId, String message) {

    public static QuestionRequest from(Map<String, Object> body) {
        Map<String, Object> json = JsonFields.orEmpty(body);
        Errors errors = new Errors();
        Long entryId = JsonFields.id(json, "entryId", errors);
        if (entryId == null && !errors.has("entryId")) {
            errors.add("entryId", "client-budgets.error.required");
        }
        String message = JsonFields.text(json, "message", errors);
        errors.throwIfAny();
        return new QuestionRequest(entryId, message);
    }
}
