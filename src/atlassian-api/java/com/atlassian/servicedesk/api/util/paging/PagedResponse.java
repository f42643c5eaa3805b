package com.atlassian.servicedesk.api.util.paging;

import java.util.List;

/**
 * Stand-in. Source [C]: JSM javadoc 10.2.0 {@code @PublicApi public interface PagedResponse<T> extends Iterable<T>}
 * ("A response to a paged request ... Wraps a list and provides information on whether there are more results"):
 * {@code List<T> getResults()}, {@code int size()}, {@code boolean hasNextPage()}. Only what the code calls
 * ({@code getPagedRequest}, {@code map}, {@code findFirst} are left out).
 */
public interface PagedResponse<T> extends Iterable<T> {
    List<T> getResults();

    int size();

    boolean hasNextPage();
}
