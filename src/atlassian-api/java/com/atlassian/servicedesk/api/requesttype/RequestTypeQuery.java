package com.atlassian.servicedesk.api.requesttype;

import com.atlassian.servicedesk.api.util.paging.PagedRequest;

/**
 * Stand-in. Source [C]: JSM javadoc 4.0.0 and "server" ({@code RequestTypeQuery.Builder}: {@code serviceDesk(Integer
 * serviceDesk)} "Narrows the query to the RequestType's that belong to a ServiceDesk", {@code pagedRequest(PagedRequest)},
 * {@code build()}); 10.3.2 lists {@code newQueryBuilder()} returning {@code RequestTypeQuery.Builder}. The query's
 * accessors are left out: the code only builds.
 */
public interface RequestTypeQuery {

    interface Builder {
        Builder serviceDesk(Integer serviceDesk);

        Builder pagedRequest(PagedRequest pagedRequest);

        RequestTypeQuery build();
    }
}
