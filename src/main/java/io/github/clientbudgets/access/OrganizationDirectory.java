package io.github.clientbudgets.access;

import java.util.List;

/** JSM's customer organizations of a project's service desk, found by name (nothing where JSM is not installed). */
public interface OrganizationDirectory {
    /** At most this many organizations answer one search. */
    int CAP = 20;

    /**
     * The service desk organizations of the project whose name contains {@code query} (ignoring case; an empty query
     * matches every one), in JSM's order, at most {@link #CAP}, as the caller (a PM, an agent to JSM) may see them.
     */
    Found search(String callerKey, long projectId, String query);

    /** One organization: JSM's id and name. */
    record Organization(int id, String name) {
    }

    /**
     * What a search found: whether JSM is installed, whether the project is a service desk, the matches and whether
     * there are more than were returned (more matches than the cap, or organizations left unread).
     */
    record Found(boolean jsmInstalled, boolean serviceDesk, List<Organization> organizations, boolean more) {
        public static Found noJsm() {
            return new Found(false, false, List.of(), false);
        }

        public static Found noServiceDesk() {
            return new Found(true, false, List.of(), false);
        }
    }
}
