package io.github.clientbudgets.access;

import java.util.List;

/** The members of a JSM customer organization (none where JSM is not installed or the organization is unknown). */
public interface OrganizationMembers {
    /**
     * The user keys of the organization's members, as {@code askingUserKey} (an agent of the service desk, such as the
     * budget's owner) may list them; empty when JSM refuses him.
     */
    List<String> memberKeys(String askingUserKey, int organizationId);
}
