package com.atlassian.jira.issue;

import org.ofbiz.core.entity.GenericEntityException;

import java.util.Collection;
import java.util.List;

/** Stand-in. Source: [C J63; COMPAT; U]. */
public interface IssueManager {
    MutableIssue getIssueObject(Long id);

    MutableIssue getIssueObject(String key);

    MutableIssue getIssueByCurrentKey(String key);

    List<Issue> getIssueObjects(Collection<Long> ids);

    long getIssueCountForProject(Long projectId);

    Collection<Long> getIssueIdsForProject(Long projectId) throws GenericEntityException;
}
