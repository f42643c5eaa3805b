package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.common.Errors;
import io.github.clientbudgets.digest.DigestFrequency;

import java.util.Map;

/** The body of {@code PUT /budgets/{id}/digest}: {@code frequency}, one of OFF, MONTHLY, WEEKLY (required). */
public record DigestRequest(DigestFrequency frequency) {

    public static DigestRequest from(Map<String, Object> body) {
        Errors errors = new Errors();
        String text = JsonFields.text(JsonFields.orEmpty(body), "frequency", errors);
        DigestFrequency frequency = null;
        if (text != null) {
            for (DigestFrequency known : DigestFrequency.values()) {
                if (known.name().equals(text)) {
                    frequency = known;
                }
            }
        }
        if (frequency == null && !errors.has("frequency")) {
            errors.add("frequency", "client-budgets.digest.error.frequency");
        }
        errors.throwIfAny();
        return new DigestRequest(frequency);
    }
}
