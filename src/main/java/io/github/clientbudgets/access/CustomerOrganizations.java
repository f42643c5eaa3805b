package io.github.clientbudgets.access;

import java.util.Collection;
import java.util.Set;

/** Which JSM customer organizations a user belongs to (none where JSM is not installed). */
public interface CustomerOrganizations {
    /** The ones among {@code organizationIds} the user is a member of. */
    Set<Integer> memberships(String userKey, Collection<Integer> organizationIds);
}
