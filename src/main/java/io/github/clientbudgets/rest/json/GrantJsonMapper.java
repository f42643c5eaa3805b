package io.github.clientbudgets.rest.json;

import io.github.clientbudgets.access.ClientGrant;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.permission.UserRef;

/** Client grants and the grant form's user search. */
public class GrantJsonMapper {
    private final Permissions permissions;

    public GrantJsonMapper(Permissions permissions) {
        this.permissions = permissions;
    }

    public ClientGrantJson grant(ClientGrant grant) {
        return new ClientGrantJson(grant.id(), grant.projectId(), grant.userKey(),
                grant.userKey() == null ? null : permissions.displayName(grant.userKey()), grant.organizationId(),
                grant.clientManager());
    }

    public GrantableUserJson user(UserRef user) {
        return new GrantableUserJson(user.key(), user.displayName(), user.emailAddress());
    }
}
