package com.atlassian.jira.project;

import com.atlassian.jira.project.type.ProjectTypeKey;
import com.atlassian.jira.user.ApplicationUser;

/** Stand-in. Source: [C J63; COMPAT]. Super-interfaces (Named, WithId, ...) left out (unused). */
public interface Project {
    Long getId();

    String getName();

    String getKey();

    String getDescription();

    ApplicationUser getProjectLead();

    String getLeadUserKey();

    ProjectTypeKey getProjectTypeKey();

    boolean isArchived();
}
