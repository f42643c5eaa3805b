package com.atlassian.servicedesk.api.customer;

/**
 * Stand-in. Source [C]: JSM javadoc 10.3.1 {@code @PublicApi public interface CustomerContextService}:
 * {@code <T> T runInCustomerContext(NoExceptionsCallable<T> callable)} ("Executes the code in a customer context",
 * re-entrant; JSM permissions then apply "in the name of that user (free or otherwise)", for work "related to Jira
 * Service Management" only). [U] JSM's own {@code CustomerInvolvedServiceImpl} calls it with a lambda. Only what
 * the code calls (the dev host implements it).
 */
public interface CustomerContextService {
    <T> T runInCustomerContext(NoExceptionsCallable<T> callable);
}
