package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.common.Errors;

import java.util.Map;

/** The body of {@code PUT /issues/{key}/service}: {@code {"serviceId": 12}}, or null/absent for none. */
public record IssueServiceRequest(Long serviceId) {

    public static IssueServiceRequest from(Map<String, Object> body) {
        Errors errors = new Errors();
        Long serviceId = JsonFields.id(JsonFields.orEmpty(body), "serviceId", errors);
        errors.throwIfAny();
        return new IssueServiceRequest(serviceId);
    }
}
