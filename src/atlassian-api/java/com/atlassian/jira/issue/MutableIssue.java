package com.atlassian.jira.issue;

/** Stand-in. Source: ATLASSIAN-API.md: MutableIssue extends Issue (its setters are unused here). */
public interface MutableIssue extends Issue {
}
