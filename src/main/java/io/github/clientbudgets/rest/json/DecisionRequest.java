package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.common.Errors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The body of a reviewer's decision: {@code {"ids":[1,2,3], "reason":"..."}}; ids are positive whole numbers. */
public record DecisionRequest(List<Long> ids, String reason) {

    /** The ids are checked first (a 400 on {@code ids} alone), then the reason. */
    public static DecisionRequest from(Map<String, Object> body) {
        Errors errors = new Errors();
        Object raw = body == null ? null : body.get("ids");
        List<Long> ids = new ArrayList<>();
        if (!(raw instanceof List<?> list)) {
            errors.add("ids", "client-budgets.error.ids.empty");
        } else {
            for (Object v : list) {
                Long id = JsonFields.positiveId(v);
                if (id != null) {
                    ids.add(id);
                } else {
                    errors.add("ids", "client-budgets.error.id");
                }
            }
        }
        errors.throwIfAny();
        Errors reasonErrors = new Errors();
        String reason = JsonFields.text(JsonFields.orEmpty(body), "reason", reasonErrors);
        reasonErrors.throwIfAny();
        return new DecisionRequest(ids, reason);
    }
}
