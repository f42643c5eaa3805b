package com.atlassian.servicedesk.api.request;

import com.atlassian.jira.issue.Issue;

/**
 * Stand-in. Source [C]: JSM javadoc 3.2.0 and 3.9.6 ({@code @PublicApi public interface CustomerRequest}, "A service
 * desk customer request"): {@code @Nonnull com.atlassian.jira.issue.Issue getIssue()} ("The backing Issue of this
 * request"); [U] a JSM plugin's {@code createCustomerRequest(..).getIssue().getKey()}. Only what the code calls.
 */
public interface CustomerRequest {
    Issue getIssue();
}
