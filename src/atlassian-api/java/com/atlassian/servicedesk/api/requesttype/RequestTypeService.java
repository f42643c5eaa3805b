package com.atlassian.servicedesk.api.requesttype;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;

/**
 * Stand-in. Source [C]: JSM javadoc 4.13.20, 5.12.2, 10.3.2 and 10.3.13 ({@code @PublicApi public interface
 * RequestTypeService}): {@code RequestTypeQuery.Builder newQueryBuilder()} and {@code @Nonnull
 * PagedResponse<RequestType> getRequestTypes(@Nullable ApplicationUser user, @Nonnull RequestTypeQuery
 * requestTypeQuery)} ("Retrieve a list of RequestType that satisfy the query parameters", throws
 * {@code ServiceDeskServiceException}). Only what the code calls.
 */
public interface RequestTypeService {
    RequestTypeQuery.Builder newQueryBuilder();

    PagedResponse<RequestType> getRequestTypes(ApplicationUser user, RequestTypeQuery requestTypeQuery);
}
