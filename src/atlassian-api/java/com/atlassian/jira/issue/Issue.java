package com.atlassian.jira.issue;

import com.atlassian.jira.project.Project;

/** Stand-in. Source: [C J63 ids/keys; COMPAT]. Only the members the code calls. */
public interface Issue {
    Long getId();

    String getKey();

    String getSummary();

    Project getProjectObject();

    Long getProjectId();

    boolean isSubTask();

    Issue getParentObject();
}
