package io.github.clientbudgets.access;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.List;

/**
 * Who is a "Client Manager" of a project: a user holding a client grant flagged Client Manager on it, or a member of
 * a JSM customer organization holding such a grant. JSM is asked only about the flagged organizations of that
 * project (usually none or one). Seeing a budget is still {@link ClientVisibilityPolicy}'s decision alone: this
 * answers only whether someone who sees it may also sign off its months.
 */
public class ClientManagers {
    private final ActiveObjects ao;
    private final CustomerOrganizations organizations;

    public ClientManagers(ActiveObjects ao, CustomerOrganizations organizations) {
        this.ao = ao;
        this.organizations = organizations;
    }

    public boolean isClientManager(String userKey, long projectId) {
        if (userKey == null || userKey.isBlank()) {
            return false;
        }
        ClientGrantEntity[] flagged = ao.find(ClientGrantEntity.class, Query.select().where(
                ClientGrantEntity.PROJECT_ID + " = ? AND " + ClientGrantEntity.CLIENT_MANAGER + " = ?", projectId, Boolean.TRUE));
        List<Integer> flaggedOrganizations = new ArrayList<>();
        for (ClientGrantEntity grant : flagged) {
            if (userKey.equals(grant.getUserKey())) {
                return true;
            }
            if (grant.getOrganizationId() != null) {
                flaggedOrganizations.add(grant.getOrganizationId());
            }
        }
        return !flaggedOrganizations.isEmpty() && !organizations.memberships(userKey, flaggedOrganizations).isEmpty();
    }
}
