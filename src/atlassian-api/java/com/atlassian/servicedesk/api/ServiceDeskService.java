package com.atlassian.servicedesk.api;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.portal.Portal;

/**
 * Stand-in. Source [C]: JSM javadoc 4.0 to 10.3.2 ({@code @PublicApi public interface ServiceDeskService};
 * "Uses of Interface Portal" 10.3.2): {@code ServiceDesk getServiceDeskForPortal(ApplicationUser user, Portal
 * portal)}, which throws {@code ServiceDeskServiceException} (a {@code RuntimeException}, 10.3.0 class tree) on
 * error. Only what the code calls.
 */
public interface ServiceDeskService {
    ServiceDesk getServiceDeskForPortal(ApplicationUser user, Portal portal);
}
