package com.atlassian.servicedesk.api;

/**
 * Stand-in. Source [C]: JSM javadoc 10.3.1 {@code @PublicApi public interface ServiceDesk}: {@code int getId()},
 * {@code long getProjectId()} ("the id of the underlying Jira's Project"), {@code String getProjectName()}. Only
 * what the code calls.
 */
public interface ServiceDesk {
    int getId();

    long getProjectId();
}
