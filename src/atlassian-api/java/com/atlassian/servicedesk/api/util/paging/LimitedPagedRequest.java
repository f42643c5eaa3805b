package com.atlassian.servicedesk.api.util.paging;

/**
 * Stand-in. Source [C]: JSM javadoc 10.3.2 {@code LimitedPagedRequest} ("A PagedRequest guaranteed to have a limit
 * capped to a developer provided value"; its {@code LimitedPagedRequestImpl} implements only this interface):
 * {@code int getStart()}, {@code int getLimit()}, {@code int getMaxLimit()}. What {@code OrganizationsQuery
 * #pagedRequest()} returns; the plugin never calls it, the dev host implements it.
 */
public interface LimitedPagedRequest {
    int getStart();

    int getLimit();

    int getMaxLimit();
}
