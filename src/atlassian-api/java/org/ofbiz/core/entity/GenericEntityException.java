package org.ofbiz.core.entity;

/**
 * Stand-in for Atlassian's ofbiz fork. A checked exception, as Jira's IssueManager declares it; the real superclass is UNCONFIRMED
 * (any checked Exception compiles the same callers).
 */
public class GenericEntityException extends Exception {
    public GenericEntityException(String message) {
        super(message);
    }
}
