package com.atlassian.servicedesk.api.customer;

/**
 * Stand-in. Source [C]: JSM javadoc 10.3.2 {@code com.atlassian.servicedesk.api.customer.NoExceptionsCallable}:
 * {@code @PublicApi @FunctionalInterface public interface NoExceptionsCallable<V> { V call(); }} ("Callable
 * replacement that doesn't throw checked Exceptions"); the same from 3.2 to 11.3 (a third-party API table,
 * GitHub search "verified against Javadoc 4.0.0 to 11.3.4").
 */
@FunctionalInterface
public interface NoExceptionsCallable<V> {
    V call();
}
