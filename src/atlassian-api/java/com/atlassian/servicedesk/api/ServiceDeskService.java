package com.atlassian.servicedesk.api;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.portal.Portal;

/**
 * Stand-in. Source [C]: JSM javadoc 4.0 to 10.3.2 ({@code @PublicApi public interface ServiceDeskService};
 * "Uses of Interface Portal" 10.3.2): {@code ServiceDesk getServiceDeskForPortal(ApplicationUser user, Portal
 * portal)} and {@code ServiceDesk getServiceDeskForProject(ApplicationUser user, com.atlassian.jira.project.Project
 * project)} ("Returns the ServiceDesk associated with the given Project"), both throwing
 * {@code ServiceDeskServiceException} (a {@code RuntimeException}, 10.3.0 class tree) on error, e.g. when the project
 * is no service project or the user may not see it. Only what the code calls.
 */
public interface ServiceDeskService {
    ServiceDesk getServiceDeskForPortal(ApplicationUser user, Portal portal);

    ServiceDesk getServiceDeskForProject(ApplicationUser user, Project project);
}
