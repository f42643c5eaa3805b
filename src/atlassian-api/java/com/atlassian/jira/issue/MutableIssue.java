package com.atlassian.jira.issue;

/** Stand-in. Source: [C J63]: MutableIssue extends Issue (its setters are unused here). */
public interface MutableIssue extends Issue {
}
