package com.atlassian.jira.project;

import java.util.List;

/** Stand-in. Source: [C J63; COMPAT: getProjectObjects present 8.0..11.3.4]. */
public interface ProjectManager {
    Project getProjectObj(Long id);

    Project getProjectObjByKey(String key);

    List<Project> getProjectObjects();
}
