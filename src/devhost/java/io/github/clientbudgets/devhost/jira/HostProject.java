package io.github.clientbudgets.devhost.jira;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.type.ProjectTypeKey;
import com.atlassian.jira.user.ApplicationUser;

import java.util.function.Function;

/** A project of the host (Jira's {@code project} table). Type keys as Jira's: {@code software}, {@code service_desk}. */
public final class HostProject implements Project {
    private final long id;
    private final String key;
    private final String name;
    private final String description;
    private final String leadKey;
    private final String type;
    private final Function<String, ApplicationUser> users;

    public HostProject(long id, String key, String name, String description, String leadKey, String type,
                       Function<String, ApplicationUser> users) {
        this.id = id;
        this.key = key;
        this.name = name;
        this.description = description;
        this.leadKey = leadKey;
        this.type = type;
        this.users = users;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public ApplicationUser getProjectLead() {
        return leadKey == null ? null : users.apply(leadKey);
    }

    @Override
    public String getLeadUserKey() {
        return leadKey;
    }

    @Override
    public ProjectTypeKey getProjectTypeKey() {
        return new ProjectTypeKey(type);
    }

    @Override
    public boolean isArchived() {
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Project && ((Project) o).getId().equals(id);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return key;
    }
}
