package io.github.clientbudgets.devhost.jira;

import com.atlassian.jira.user.ApplicationUser;

import java.util.Objects;

/**
 * A user of the host (Jira's {@code cwd_user} + application access). {@code applicationRole} is null for a JSM
 * portal-only customer: such a user is unlicensed, as in Jira.
 */
public final class HostUser implements ApplicationUser {
    private final long id;
    private final String key;
    private final String username;
    private final String displayName;
    private final String email;
    private final boolean active;
    private final String applicationRole;

    public HostUser(long id, String key, String username, String displayName, String email, boolean active,
                    String applicationRole) {
        this.id = id;
        this.key = key;
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.active = active;
        this.applicationRole = applicationRole;
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public long getDirectoryId() {
        return 1L;
    }

    @Override
    public boolean isActive() {
        return active;
    }

    @Override
    public String getEmailAddress() {
        return email;
    }

    @Override
    public String getDisplayName() {
        return displayName;
    }

    @Override
    public Long getId() {
        return id;
    }

    /** {@code jira-software}, {@code jira-servicedesk}, ... or null (no application access). */
    public String applicationRole() {
        return applicationRole;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApplicationUser && Objects.equals(((ApplicationUser) o).getKey(), key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return username + "(" + key + ")";
    }
}
