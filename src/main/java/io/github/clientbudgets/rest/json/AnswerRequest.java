package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.common.Errors;

import java.util.Map;

/** The team's answer that closes a question: {@code {"answer": "..."}} (checked by the question's rules). */
public record AnswerRequest(String answer) {

    public static AnswerRequest from(Map<String, Object> body) {
        Errors errors = new Errors();
        String answer = JsonFields.text(JsonFields.orEmpty(body), "answer", errors);
        errors.throwIfAny();
        return new AnswerRequest(answer);
    }
}
