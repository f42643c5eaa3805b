package com.atlassian.servicedesk.api.util.paging;

/**
 * Stand-in. Source [C]: JSM javadoc 10.1.2 / 10.3.2 {@code @PublicApi public interface PagedRequest} ("Specifies the
 * pagination requirements of a request"): {@code int getStart()}, {@code int getLimit()}.
 */
public interface PagedRequest {
    int getStart();

    int getLimit();
}
