package com.atlassian.servicedesk.api.organization;

import com.atlassian.servicedesk.api.util.paging.LimitedPagedRequest;
import com.atlassian.servicedesk.api.util.paging.PagedRequest;

import java.util.Optional;

/**
 * Stand-in. Source [C]: JSM javadoc 10.3.2 / 10.7.0 {@code @PublicApi public interface OrganizationsQuery}
 * ("Information supplied to OrganizationService.getOrganizations"): {@code Optional<Integer> serviceDeskId()},
 * {@code LimitedPagedRequest pagedRequest()}; its nested {@code @PublicApi public static interface Builder}:
 * {@code Builder serviceDeskId(@Nullable Integer serviceDeskId)} ("Only returns organizations within this service
 * project if set. Set to null to return all organizations in the application (default)"), {@code Builder
 * pagedRequest(PagedRequest pagedRequest)}, {@code OrganizationsQuery build()}. [U] scripts on JSM 4+:
 * {@code organizationService.newOrganizationsQueryBuilder().serviceDeskId(serviceDesk.getId()).build()}.
 */
public interface OrganizationsQuery {
    Optional<Integer> serviceDeskId();

    LimitedPagedRequest pagedRequest();

    interface Builder {
        Builder serviceDeskId(Integer serviceDeskId);

        Builder pagedRequest(PagedRequest pagedRequest);

        OrganizationsQuery build();
    }
}
