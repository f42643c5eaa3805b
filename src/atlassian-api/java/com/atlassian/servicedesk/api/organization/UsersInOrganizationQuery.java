package com.atlassian.servicedesk.api.organization;

import com.atlassian.servicedesk.api.util.paging.LimitedPagedRequest;
import com.atlassian.servicedesk.api.util.paging.PagedRequest;

/**
 * Stand-in. Source [C]: JSM javadoc 3.9 to 10.3.2 {@code @PublicApi public interface UsersInOrganizationQuery}
 * ("Parameters to query ApplicationUser inside an existing CustomerOrganization"): {@code CustomerOrganization
 * organization()}, {@code LimitedPagedRequest pagedRequest()}; its nested {@code @PublicApi public static interface
 * Builder}: {@code Builder customerOrganization(CustomerOrganization organization)}, {@code Builder
 * pagedRequest(PagedRequest pagedRequest)}, {@code UsersInOrganizationQuery build()}.
 */
public interface UsersInOrganizationQuery {
    CustomerOrganization organization();

    LimitedPagedRequest pagedRequest();

    interface Builder {
        Builder customerOrganization(CustomerOrganization organization);

        Builder pagedRequest(PagedRequest pagedRequest);

        UsersInOrganizationQuery build();
    }
}
