package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.common.ValidationException;

import java.util.Map;

/** The body of {@code POST /projects/{key}/client-grants}: {@code userKey} or {@code organizationId}. */
public record GrantRequest(String userKey, Integer organizationId) {

    /** A field of the wrong type names nothing that could be granted: the service's own "no such" message. */
    public static GrantRequest from(Map<String, Object> body) {
        Map<String, Object> fields = JsonFields.orEmpty(body);
        Object user = fields.get("userKey");
        Object organization = fields.get("organizationId");
        if (user != null && !(user instanceof String)) {
            throw ValidationException.of("userKey", "client-budgets.grant.no-such-user");
        }
        if (organization != null && !(organization instanceof Integer)) {
            throw ValidationException.of("organizationId", "client-budgets.grant.no-such-organization");
        }
        return new GrantRequest((String) user, (Integer) organization);
    }
}
