package com.atlassian.jira.project.type;

import java.util.Objects;

/** Stand-in. Source: [COMPAT; U]: getKey() is e.g. "service_desk" or "software". */
public final class ProjectTypeKey {
    private final String key;

    public ProjectTypeKey(String key) {
        this.key = Objects.requireNonNull(key);
    }

    public String getKey() {
        return key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectTypeKey && ((ProjectTypeKey) o).key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }
}
