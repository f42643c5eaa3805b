package io.github.clientbudgets.devhost.jsm;

import com.atlassian.jira.application.ApplicationRoleManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.ServiceDesk;
import com.atlassian.servicedesk.api.ServiceDeskService;
import com.atlassian.servicedesk.api.customer.CustomerContextService;
import com.atlassian.servicedesk.api.customer.NoExceptionsCallable;
import com.atlassian.servicedesk.api.organization.CustomerOrganization;
import com.atlassian.servicedesk.api.organization.OrganizationService;
import com.atlassian.servicedesk.api.portal.Portal;
import io.github.clientbudgets.devhost.HostComponents;
import io.github.clientbudgets.devhost.jira.JiraStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small Jira Service Management: every project of type {@code service_desk} is a service desk with one customer
 * portal, numbered 1, 2, ... in project order (JSM's portal ids are its own, never the project's id), and JSM's
 * customer context. As in JSM, its services answer a portal-only customer (no application role) only inside the
 * customer context ({@code runInCustomerContext}, re-entrant); outside it the platform's "licensed users only"
 * applies and the call is refused, so plugin code that forgets the customer context fails here as in Jira. JSM
 * would throw a {@code ServiceDeskServiceException} (a RuntimeException); the host throws an
 * {@link IllegalStateException}. Customer organizations live in memory ({@link #addMember}; none at start):
 * {@code OrganizationService.getById} answers for members (and agents, i.e. licensed users) and refuses anyone else,
 * as JSM's javadoc says. Simplified: every active user is a customer of every portal ("anyone can raise a request").
 */
public final class HostJsm implements CustomerContextService, ServiceDeskService, OrganizationService {
    private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);
    private final JiraStore store;
    private final ApplicationRoleManager roles;
    private final Map<Integer, Set<String>> members = new ConcurrentHashMap<>();

    public HostJsm(JiraStore store, ApplicationRoleManager roles) {
        this.store = store;
        this.roles = roles;
    }

    /** Registers JSM's services (as JSM exports them as OSGi services). */
    public void registerIn(HostComponents components) {
        components.register(CustomerContextService.class, this);
        components.register(ServiceDeskService.class, this);
        components.register(OrganizationService.class, this);
    }

    public record HostPortal(int id, long projectId, String name) implements Portal {
        @Override
        public int getId() {
            return id;
        }
    }

    private record HostServiceDesk(long projectId) implements ServiceDesk {
        @Override
        public long getProjectId() {
            return projectId;
        }
    }

    /** The portals: one per service desk project, ids from 1. */
    public List<HostPortal> portals() {
        List<HostPortal> portals = new ArrayList<>();
        int id = 0;
        for (Project p : store.projects().stream().sorted(java.util.Comparator.comparing(Project::getId)).toList()) {
            if ("service_desk".equals(p.getProjectTypeKey().getKey())) {
                portals.add(new HostPortal(++id, p.getId(), p.getName()));
            }
        }
        return portals;
    }

    public Optional<HostPortal> portal(int id) {
        return portals().stream().filter(p -> p.id() == id).findFirst();
    }

    @Override
    public <T> T runInCustomerContext(NoExceptionsCallable<T> callable) {
        DEPTH.set(DEPTH.get() + 1);
        try {
            return callable.call();
        } finally {
            DEPTH.set(DEPTH.get() - 1);
        }
    }

    public boolean inCustomerContext() {
        return DEPTH.get() > 0;
    }

    /** Makes {@code userKey} a member of the customer organization {@code organizationId}. */
    public void addMember(int organizationId, String userKey) {
        members.computeIfAbsent(organizationId, id -> ConcurrentHashMap.newKeySet()).add(userKey);
    }

    private record HostOrganization(int id) implements CustomerOrganization {
        @Override
        public int getId() {
            return id;
        }

        @Override
        public String getName() {
            return "Organization " + id;
        }
    }

    @Override
    public CustomerOrganization getById(ApplicationUser user, Integer organizationId) {
        checkCaller(user);
        if (organizationId == null || !members.containsKey(organizationId)) {
            throw new IllegalStateException("JSM: no such organization");
        }
        if (!roles.hasAnyRole(user) && !members.get(organizationId).contains(user.getKey())) {
            throw new IllegalStateException("JSM: " + user.getKey() + " is neither an agent nor a member");
        }
        return new HostOrganization(organizationId);
    }

    /** As JSM's permission checks: an active user, and a portal-only customer only in the customer context. */
    private void checkCaller(ApplicationUser user) {
        if (user == null || !user.isActive()) {
            throw new IllegalStateException("JSM: no user");
        }
        if (!roles.hasAnyRole(user) && !inCustomerContext()) {
            throw new IllegalStateException("JSM: " + user.getKey() + " has no licence and the call is not in the customer"
                    + " context (CustomerContextService.runInCustomerContext)");
        }
    }

    @Override
    public ServiceDesk getServiceDeskForPortal(ApplicationUser user, Portal portal) {
        checkCaller(user);
        HostPortal known = portal == null ? null : portal(portal.getId()).orElse(null);
        if (known == null) {
            throw new IllegalStateException("JSM: no such portal");
        }
        return new HostServiceDesk(known.projectId());
    }
}
