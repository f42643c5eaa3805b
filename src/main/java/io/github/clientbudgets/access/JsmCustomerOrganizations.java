package io.github.clientbudgets.access;

import com.atlassian.jira.component.ComponentAccessor;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.servicedesk.api.ServiceDesk;
import com.atlassian.servicedesk.api.ServiceDeskService;
import com.atlassian.servicedesk.api.organization.CustomerOrganization;
import com.atlassian.servicedesk.api.organization.OrganizationService;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;
import com.atlassian.servicedesk.api.util.paging.SimplePagedRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@link CustomerOrganizations} through JSM's {@code OrganizationService}. JSM is optional (its packages are imported
 * {@code resolution:=optional}), so nothing outside the nested {@link Jsm} class names a JSM type, and JSM's service
 * is looked up when asked ({@code ComponentAccessor.getOSGiComponentInstanceOfType}: an injected JSM service would keep the plugin from
 * starting where JSM is not installed):
 * without JSM nobody is a member of anything, so an organization grant shows nothing rather than too much.
 * JSM answers {@code getById} only "if user is an agent or a member of the organization" and refuses otherwise
 * (an exception or null): that is the membership test. Agents are the agency's own staff, who may see the budget
 * anyway. The question is asked in JSM's customer context ({@link JsmCustomerContext}), where JSM answers for a
 * portal-only customer as its portal does.
 * <p>
 * The grant form's organization picker searches by name ({@link OrganizationDirectory}): JSM's
 * {@code OrganizationService#getOrganizations} filters by service desk only, so the project's service desk
 * ({@code ServiceDeskService#getServiceDeskForProject}, which refuses a project that is none) is read page by page
 * ({@code newOrganizationsQueryBuilder().serviceDeskId(..).pagedRequest(SimplePagedRequest.paged(start, 50))}, JSM
 * javadoc 10.3) as the PM, who is an agent to JSM, and filtered here ({@link OrganizationMatches}).
 * <p>
 * An organization's members ({@link OrganizationMembers}, for the mails to a budget's clients) are JSM's
 * {@code getUsersInOrganization(user, newUsersInOrganizationQuery().customerOrganization(o).pagedRequest(..).build())}
 * (JSM javadoc 3.9 to 10.3.2), asked as an agent (the budget's owner) outside the customer context, page by page up
 * to {@link #MAX_MEMBERS}.
 */
public class JsmCustomerOrganizations implements CustomerOrganizations, OrganizationDirectory, OrganizationMembers {
    private static final Logger LOG = LoggerFactory.getLogger(JsmCustomerOrganizations.class);

    /** JSM's page size (its default) and how many organizations one search reads at most. */
    private static final int PAGE_SIZE = 50;
    private static final int MAX_READ = 2000;
    /** At most this many members of one organization are read. */
    static final int MAX_MEMBERS = 5000;
    private final UserManager users;
    private final ProjectManager projects;
    /** JSM's OrganizationService, or null where JSM is not installed. */
    private final Supplier<Object> organizationService;

    public JsmCustomerOrganizations(UserManager users, ProjectManager projects) {
        this(users, projects, JsmCustomerOrganizations::lookUp);
    }

    JsmCustomerOrganizations(UserManager users, ProjectManager projects, Supplier<Object> organizationService) {
        this.users = users;
        this.projects = projects;
        this.organizationService = organizationService;
    }

    @Override
    public Found search(String callerKey, long projectId, String query) {
        ApplicationUser caller = callerKey == null ? null : users.getUserByKey(callerKey);
        Object service;
        try {
            service = organizationService.get();
        } catch (LinkageError noJsm) {
            service = null;
        }
        if (service == null) {
            return Found.noJsm();
        }
        Project project = projects.getProjectObj(projectId);
        if (caller == null || project == null) {
            return Found.noServiceDesk();
        }
        try {
            return Jsm.search(service, caller, project, query);
        } catch (LinkageError noJsm) {
            return Found.noJsm();
        }
    }

    @Override
    public Set<Integer> memberships(String userKey, Collection<Integer> organizationIds) {
        ApplicationUser user = userKey == null ? null : users.getUserByKey(userKey);
        Object service = user == null || organizationIds.isEmpty() ? null : organizationService.get();
        if (service == null) {
            return Set.of();
        }
        try {
            return Jsm.memberships(service, user, organizationIds);
        } catch (LinkageError noJsm) {
            return Set.of();
        }
    }

    @Override
    public List<String> memberKeys(String askingUserKey, int organizationId) {
        ApplicationUser asker = askingUserKey == null ? null : users.getUserByKey(askingUserKey);
        Object service;
        try {
            service = asker == null ? null : organizationService.get();
        } catch (LinkageError noJsm) {
            service = null;
        }
        if (service == null) {
            return List.of();
        }
        try {
            return Jsm.members(service, asker, organizationId);
        } catch (LinkageError noJsm) {
            return List.of();
        } catch (RuntimeException refused) {
            LOG.debug("JSM lists no members of organization {} to {}: {}", organizationId, askingUserKey, refused.toString());
            return List.of();
        }
    }

    /** Whether JSM's OrganizationService is there (the installation check asks). */
    public boolean jsmPresent() {
        try {
            return organizationService.get() != null;
        } catch (LinkageError noJsm) {
            return false;
        }
    }

    private static Object lookUp() {
        try {
            return Jsm.service();
        } catch (LinkageError | RuntimeException noJsm) {
            return null;
        }
    }

    /** Everything that names a JSM class: loaded only when it is first used, which needs JSM's classes. */
    private static final class Jsm {
        static Object service() {
            return ComponentAccessor.getOSGiComponentInstanceOfType(OrganizationService.class);
        }

        static Found search(Object service, ApplicationUser caller, Project project, String query) {
            OrganizationService organizations = (OrganizationService) service;
            ServiceDeskService desks = ComponentAccessor.getOSGiComponentInstanceOfType(ServiceDeskService.class);
            ServiceDesk desk;
            try {
                desk = desks == null ? null : desks.getServiceDeskForProject(caller, project);
            } catch (RuntimeException none) {
                LOG.debug("{} is no service desk to {}: {}", project.getKey(), caller.getKey(), none.toString());
                desk = null;
            }
            if (desk == null) {
                return Found.noServiceDesk();
            }
            Integer deskId = desk.getId();
            return OrganizationMatches.find((start, size) -> {
                PagedResponse<CustomerOrganization> page = organizations.getOrganizations(caller,
                        organizations.newOrganizationsQueryBuilder().serviceDeskId(deskId)
                                .pagedRequest(SimplePagedRequest.paged(start, size)).build());
                return new OrganizationMatches.Page(page.getResults().stream()
                        .map(o -> new Organization(o.getId(), o.getName())).toList(), page.hasNextPage());
            }, query, CAP, PAGE_SIZE, MAX_READ);
        }

        static List<String> members(Object service, ApplicationUser asker, int organizationId) {
            OrganizationService organizations = (OrganizationService) service;
            CustomerOrganization organization = organizations.getById(asker, organizationId);
            if (organization == null) {
                return List.of();
            }
            List<String> keys = new ArrayList<>();
            for (int start = 0; start < MAX_MEMBERS; start += PAGE_SIZE) {
                PagedResponse<ApplicationUser> page = organizations.getUsersInOrganization(asker,
                        organizations.newUsersInOrganizationQuery().customerOrganization(organization)
                                .pagedRequest(SimplePagedRequest.paged(start, PAGE_SIZE)).build());
                page.getResults().forEach(u -> keys.add(u.getKey()));
                if (!page.hasNextPage() || page.getResults().isEmpty()) {
                    break;
                }
            }
            return keys;
        }

        static Set<Integer> memberships(Object service, ApplicationUser user, Collection<Integer> organizationIds) {
            OrganizationService organizations = (OrganizationService) service;
            Set<Integer> member = new HashSet<>();
            for (Integer id : organizationIds) {
                try {
                    if (JsmCustomerContext.run(() -> organizations.getById(user, id)) != null) {
                        member.add(id);
                    }
                } catch (RuntimeException refused) {
                    LOG.debug("{} is not seen as a member of organization {}: {}", user.getKey(), id, refused.toString());
                }
            }
            return member;
        }
    }
}
