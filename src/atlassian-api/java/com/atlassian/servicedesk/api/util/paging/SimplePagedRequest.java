package com.atlassian.servicedesk.api.util.paging;

/**
 * Stand-in. Source [C]: JSM javadoc 10.1.2 {@code @PublicApi public class SimplePagedRequest extends Object
 * implements PagedRequest} ("A simple immutable implementation"): {@code public SimplePagedRequest(int start, int
 * limit)}, {@code public static PagedRequest paged(int start, int limit)}, {@code getStart()}, {@code getLimit()}.
 * Only what the code calls (the constructor taking a {@code LimitedPagedRequest} and the {@code ONE} field are left out).
 */
public class SimplePagedRequest implements PagedRequest {
    private final int start;
    private final int limit;

    public SimplePagedRequest(int start, int limit) {
        this.start = start;
        this.limit = limit;
    }

    public static PagedRequest paged(int start, int limit) {
        return new SimplePagedRequest(start, limit);
    }

    @Override
    public int getStart() {
        return start;
    }

    @Override
    public int getLimit() {
        return limit;
    }
}
