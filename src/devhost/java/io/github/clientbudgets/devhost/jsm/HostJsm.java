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
import com.atlassian.servicedesk.api.organization.OrganizationsQuery;
import com.atlassian.servicedesk.api.organization.UsersInOrganizationQuery;
import com.atlassian.servicedesk.api.portal.Portal;
import com.atlassian.servicedesk.api.util.paging.LimitedPagedRequest;
import com.atlassian.servicedesk.api.util.paging.PagedRequest;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;
import com.atlassian.jira.issue.Issue;
import com.atlassian.servicedesk.api.field.FieldId;
import com.atlassian.servicedesk.api.field.FieldInputValue;
import com.atlassian.servicedesk.api.request.CustomerRequest;
import com.atlassian.servicedesk.api.request.CustomerRequestCreateParameters;
import com.atlassian.servicedesk.api.request.ServiceDeskCustomerRequestService;
import com.atlassian.servicedesk.api.requesttype.RequestType;
import com.atlassian.servicedesk.api.requesttype.RequestTypeQuery;
import com.atlassian.servicedesk.api.requesttype.RequestTypeService;
import io.github.clientbudgets.devhost.jira.HostUser;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import io.github.clientbudgets.devhost.HostComponents;
import io.github.clientbudgets.devhost.jira.JiraStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
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
 * {@link IllegalStateException}. Customer organizations live in memory ({@link #addOrganization}, {@link #addMember};
 * the demo's are added at every start): {@code OrganizationService.getById} answers for members (and agents, i.e.
 * licensed users) and refuses anyone else, as JSM's javadoc says; {@code getOrganizations} lists an agent every
 * organization (of the service desk asked for, if any), anyone else only those he is a member of (JSM's REST on the
 * same service says so), a page at a time: the limit asked for, at most 100 ({@code DefaultPagingLimits
 * .MAX_GENERAL_THINGS_RETURNED}; that organizations use that cap is an assumption), 50 if none was asked for, in
 * name order (JSM's order is unconfirmed). A service desk's id is its portal's (JSM keeps two ids, often equal).
 * {@code getUsersInOrganization} answers agents only (JSM lets the agents and admins of the organization's service
 * desks list its members; who exactly is unconfirmed, so the host is as strict as "licensed users only"), the members
 * in key order, a page at a time as {@code getOrganizations}; users unknown to Jira (deleted since) are left out.
 * Simplified: every active user may open every portal ("anyone can raise a request").
 * <p>
 * Requests ({@code ServiceDeskCustomerRequestService}, {@code RequestTypeService}): each service desk has two request
 * types (ids {@code 10 * desk + 1} and {@code + 2}); a request is a new issue of the desk's project (type "Service
 * Request") with the summary as its summary. As strict as JSM: the parameters and queries must be this JSM's own
 * (from its builders), the request type must be one of the service desk's, the summary is required (at most 255),
 * and a request raised on behalf of someone needs an agent (a licensed user) raising it for a customer of that
 * service desk: a member of one of its organizations, or someone added with {@link #addCustomer}. Raised requests are
 * kept in memory for tests ({@link #requests()}).
 */
public final class HostJsm implements CustomerContextService, ServiceDeskService, OrganizationService,
        RequestTypeService, ServiceDeskCustomerRequestService {
    private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);
    private final JiraStore store;
    private final ApplicationRoleManager roles;
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 100;
    private final Map<Integer, Set<String>> members = new ConcurrentHashMap<>();
    private final Map<Integer, String> organizationNames = new ConcurrentHashMap<>();
    private final Map<Integer, Set<Integer>> organizationDesks = new ConcurrentHashMap<>();

    public HostJsm(JiraStore store, ApplicationRoleManager roles) {
        this.store = store;
        this.roles = roles;
    }

    /** Registers JSM's services (as JSM exports them as OSGi services). */
    public void registerIn(HostComponents components) {
        components.register(CustomerContextService.class, this);
        components.register(ServiceDeskService.class, this);
        components.register(OrganizationService.class, this);
        components.register(RequestTypeService.class, this);
        components.register(ServiceDeskCustomerRequestService.class, this);
    }

    public record HostPortal(int id, long projectId, String name) implements Portal {
        @Override
        public int getId() {
            return id;
        }
    }

    private record HostServiceDesk(int id, long projectId) implements ServiceDesk {
        @Override
        public int getId() {
            return id;
        }

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

    /** Makes {@code userKey} a member of the customer organization {@code organizationId} (made if new, on no desk). */
    public void addMember(int organizationId, String userKey) {
        members.computeIfAbsent(organizationId, id -> ConcurrentHashMap.newKeySet()).add(userKey);
    }

    /** A customer organization named {@code name}, added to the service desks given (JSM: "add organization"). */
    public void addOrganization(int organizationId, String name, int... serviceDeskIds) {
        members.computeIfAbsent(organizationId, id -> ConcurrentHashMap.newKeySet());
        organizationNames.put(organizationId, name);
        Set<Integer> desks = organizationDesks.computeIfAbsent(organizationId, id -> ConcurrentHashMap.newKeySet());
        for (int desk : serviceDeskIds) {
            desks.add(desk);
        }
    }

    /**
     * The demo's organizations: three on ACME's service desk (1), one on none (GLOBEX is no service desk); the client
     * is a member of Acme Corp. One name an app must escape ({@code &}).
     */
    public void addDemoOrganizations() {
        addOrganization(1, "Acme Corp", 1);
        addOrganization(2, "Acme Marketing & Sales", 1);
        addOrganization(3, "Acme Logistics", 1);
        addOrganization(4, "Globex Partners");
        addMember(1, "client");
    }

    private HostOrganization organization(int id) {
        return new HostOrganization(id, organizationNames.getOrDefault(id, "Organization " + id));
    }

    private record HostOrganization(int id, String name) implements CustomerOrganization {
        @Override
        public int getId() {
            return id;
        }

        @Override
        public String getName() {
            return name;
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
        return organization(organizationId);
    }

    @Override
    public PagedResponse<CustomerOrganization> getOrganizations(ApplicationUser user, OrganizationsQuery query) {
        checkCaller(user);
        boolean agent = roles.hasAnyRole(user);
        Integer desk = query.serviceDeskId().orElse(null);
        if (desk != null && portal(desk).isEmpty()) {
            throw new IllegalStateException("JSM: no service desk " + desk);
        }
        List<CustomerOrganization> all = members.keySet().stream()
                .filter(id -> desk == null || organizationDesks.getOrDefault(id, Set.of()).contains(desk))
                .filter(id -> agent || members.get(id).contains(user.getKey()))
                .map(this::organization)
                .sorted(Comparator.comparing(CustomerOrganization::getName).thenComparing(CustomerOrganization::getId))
                .map(CustomerOrganization.class::cast).toList();
        LimitedPagedRequest page = query.pagedRequest();
        return page(all, page.getStart(), page.getLimit());
    }

    @Override
    public OrganizationsQuery.Builder newOrganizationsQueryBuilder() {
        return new OrganizationsQuery.Builder() {
            private Integer serviceDeskId;
            private PagedRequest paged;

            @Override
            public OrganizationsQuery.Builder serviceDeskId(Integer id) {
                this.serviceDeskId = id;
                return this;
            }

            @Override
            public OrganizationsQuery.Builder pagedRequest(PagedRequest request) {
                this.paged = request;
                return this;
            }

            @Override
            public OrganizationsQuery build() {
                LimitedPagedRequest limited = limited(paged);
                Integer desk = serviceDeskId;
                return new OrganizationsQuery() {
                    @Override
                    public Optional<Integer> serviceDeskId() {
                        return Optional.ofNullable(desk);
                    }

                    @Override
                    public LimitedPagedRequest pagedRequest() {
                        return limited;
                    }
                };
            }
        };
    }

    @Override
    public PagedResponse<ApplicationUser> getUsersInOrganization(ApplicationUser user, UsersInOrganizationQuery query) {
        checkCaller(user);
        if (!roles.hasAnyRole(user)) {
            throw new IllegalStateException("JSM: " + user.getKey() + " is no agent and may not list an organization's members");
        }
        CustomerOrganization organization = query.organization();
        if (organization == null || !members.containsKey(organization.getId())) {
            throw new IllegalStateException("JSM: no such organization");
        }
        List<ApplicationUser> all = members.get(organization.getId()).stream().sorted()
                .map(key -> store.userByKey(key).orElse(null)).filter(java.util.Objects::nonNull)
                .map(ApplicationUser.class::cast).toList();
        LimitedPagedRequest page = query.pagedRequest();
        return page(all, page.getStart(), page.getLimit());
    }

    @Override
    public UsersInOrganizationQuery.Builder newUsersInOrganizationQuery() {
        return new UsersInOrganizationQuery.Builder() {
            private CustomerOrganization organization;
            private PagedRequest paged;

            @Override
            public UsersInOrganizationQuery.Builder customerOrganization(CustomerOrganization given) {
                this.organization = given;
                return this;
            }

            @Override
            public UsersInOrganizationQuery.Builder pagedRequest(PagedRequest request) {
                this.paged = request;
                return this;
            }

            @Override
            public UsersInOrganizationQuery build() {
                LimitedPagedRequest limited = limited(paged);
                CustomerOrganization of = organization;
                return new UsersInOrganizationQuery() {
                    @Override
                    public CustomerOrganization organization() {
                        return of;
                    }

                    @Override
                    public LimitedPagedRequest pagedRequest() {
                        return limited;
                    }
                };
            }
        };
    }

    private record HostLimitedPagedRequest(int start, int limit, int maxLimit) implements LimitedPagedRequest {
        @Override
        public int getStart() {
            return start;
        }

        @Override
        public int getLimit() {
            return limit;
        }

        @Override
        public int getMaxLimit() {
            return maxLimit;
        }
    }

    private record HostPagedResponse<T>(List<T> results, boolean more) implements PagedResponse<T> {
        @Override
        public List<T> getResults() {
            return results;
        }

        @Override
        public int size() {
            return results.size();
        }

        @Override
        public boolean hasNextPage() {
            return more;
        }

        @Override
        public Iterator<T> iterator() {
            return results.iterator();
        }
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
        return new HostServiceDesk(known.id(), known.projectId());
    }

    /** As JSM: the project's service desk, refused (an exception) when the project is none. */
    @Override
    public ServiceDesk getServiceDeskForProject(ApplicationUser user, Project project) {
        checkCaller(user);
        HostPortal known = project == null ? null
                : portals().stream().filter(p -> p.projectId() == project.getId()).findFirst().orElse(null);
        if (known == null) {
            throw new IllegalStateException("JSM: project " + (project == null ? null : project.getKey()) + " is no service desk");
        }
        return new HostServiceDesk(known.id(), known.projectId());
    }

    // ===== requests

    private static final int MAX_SUMMARY = 255;
    private final Map<Integer, Set<String>> customers = new ConcurrentHashMap<>();
    private final List<HostRequest> requests = new CopyOnWriteArrayList<>();

    /** One raised request, as a test reads it back. */
    public record HostRequest(String issueKey, int serviceDeskId, int requestTypeId, String reporterKey,
                              String raisedByKey, String summary, String description) {
    }

    /** The requests raised so far, oldest first. */
    public List<HostRequest> requests() {
        return List.copyOf(requests);
    }

    /** Makes {@code userKey} a customer of the service desk (JSM: "add customers"). */
    public void addCustomer(int serviceDeskId, String userKey) {
        customers.computeIfAbsent(serviceDeskId, id -> ConcurrentHashMap.newKeySet()).add(userKey);
    }

    /** A customer of the desk: added as one, or a member of one of the desk's organizations. */
    public boolean isCustomer(int serviceDeskId, String userKey) {
        if (customers.getOrDefault(serviceDeskId, Set.of()).contains(userKey)) {
            return true;
        }
        return organizationDesks.entrySet().stream().anyMatch(e -> e.getValue().contains(serviceDeskId)
                && members.getOrDefault(e.getKey(), Set.of()).contains(userKey));
    }

    private record HostRequestType(int id, int serviceDeskId, String name) implements RequestType {
        @Override
        public int getId() {
            return id;
        }

        @Override
        public String getName() {
            return name;
        }
    }

    private List<HostRequestType> requestTypes(int serviceDeskId) {
        return List.of(new HostRequestType(serviceDeskId * 10 + 1, serviceDeskId, "Get help"),
                new HostRequestType(serviceDeskId * 10 + 2, serviceDeskId, "Report a problem"));
    }

    private record HostRequestTypeQuery(Integer serviceDesk, int start, int limit) implements RequestTypeQuery {
    }

    @Override
    public RequestTypeQuery.Builder newQueryBuilder() {
        return new RequestTypeQuery.Builder() {
            private Integer serviceDesk;
            private PagedRequest paged;

            @Override
            public RequestTypeQuery.Builder serviceDesk(Integer id) {
                this.serviceDesk = id;
                return this;
            }

            @Override
            public RequestTypeQuery.Builder pagedRequest(PagedRequest request) {
                this.paged = request;
                return this;
            }

            @Override
            public RequestTypeQuery build() {
                LimitedPagedRequest limited = limited(paged);
                return new HostRequestTypeQuery(serviceDesk, limited.getStart(), limited.getLimit());
            }
        };
    }

    @Override
    public PagedResponse<RequestType> getRequestTypes(ApplicationUser user, RequestTypeQuery query) {
        checkCaller(user);
        if (!(query instanceof HostRequestTypeQuery q)) {
            throw new IllegalStateException("JSM: not a query of this JSM's builder");
        }
        List<RequestType> all = new ArrayList<>();
        for (HostPortal p : portals()) {
            if (q.serviceDesk() == null || q.serviceDesk() == p.id()) {
                all.addAll(requestTypes(p.id()));
            }
        }
        if (q.serviceDesk() != null && all.isEmpty()) {
            throw new IllegalStateException("JSM: no service desk " + q.serviceDesk());
        }
        return page(all, q.start(), q.limit());
    }

    /** The page asked for, bounded as JSM bounds it: from 0, the limit asked ({@value #DEFAULT_LIMIT} if none), at most {@value #MAX_LIMIT}. */
    private static LimitedPagedRequest limited(PagedRequest paged) {
        int start = paged == null ? 0 : Math.max(paged.getStart(), 0);
        int limit = paged == null || paged.getLimit() <= 0 ? DEFAULT_LIMIT : Math.min(paged.getLimit(), MAX_LIMIT);
        return new HostLimitedPagedRequest(start, limit, MAX_LIMIT);
    }

    /** One page of everything that matched, in order, and whether more follow. */
    private static <T> PagedResponse<T> page(List<T> all, int start, int limit) {
        int from = Math.min(Math.max(start, 0), all.size());
        int to = Math.min(from + limit, all.size());
        return new HostPagedResponse<>(all.subList(from, to), to < all.size());
    }

    private record HostCreateParameters(ServiceDesk serviceDesk, RequestType requestType,
                                        Map<FieldId, FieldInputValue> fields, String onBehalfOf)
            implements CustomerRequestCreateParameters {
    }

    @Override
    public CustomerRequestCreateParameters.Builder newCreateBuilder() {
        return new CustomerRequestCreateParameters.Builder() {
            private ServiceDesk serviceDesk;
            private RequestType requestType;
            private final Map<FieldId, FieldInputValue> fields = new LinkedHashMap<>();
            private String onBehalfOf;

            @Override
            public CustomerRequestCreateParameters.Builder serviceDesk(ServiceDesk desk) {
                this.serviceDesk = desk;
                return this;
            }

            @Override
            public CustomerRequestCreateParameters.Builder requestType(RequestType type) {
                this.requestType = type;
                return this;
            }

            @Override
            public CustomerRequestCreateParameters.Builder fieldValue(FieldId fieldId, FieldInputValue value) {
                fields.put(fieldId, value);
                return this;
            }

            @Override
            public CustomerRequestCreateParameters.Builder raiseOnBehalfOf(String userName) {
                this.onBehalfOf = userName;
                return this;
            }

            @Override
            public CustomerRequestCreateParameters build() {
                return new HostCreateParameters(serviceDesk, requestType, Map.copyOf(fields), onBehalfOf);
            }
        };
    }

    @Override
    public CustomerRequest createCustomerRequest(ApplicationUser user, CustomerRequestCreateParameters parameters) {
        checkCaller(user);
        if (!(parameters instanceof HostCreateParameters p)) {
            throw new IllegalStateException("JSM: not parameters of this JSM's builder");
        }
        HostPortal desk = p.serviceDesk() == null ? null : portal(p.serviceDesk().getId()).orElse(null);
        if (desk == null) {
            throw new IllegalStateException("JSM: no such service desk");
        }
        if (p.requestType() == null || requestTypes(desk.id()).stream().noneMatch(t -> t.id() == p.requestType().getId())) {
            throw new IllegalStateException("JSM: the request type is not one of service desk " + desk.id());
        }
        Object summary = field(p, "summary");
        if (!(summary instanceof String text) || text.isBlank() || text.length() > MAX_SUMMARY) {
            throw new IllegalStateException("JSM: the summary is required, at most " + MAX_SUMMARY + " characters");
        }
        Object description = field(p, "description");
        if (description != null && !(description instanceof String)) {
            throw new IllegalStateException("JSM: the description is text");
        }
        String reporter = user.getKey();
        if (p.onBehalfOf() != null) {
            if (!roles.hasAnyRole(user)) {
                throw new IllegalStateException("JSM: only an agent raises a request on behalf of someone");
            }
            HostUser customer = store.userByName(p.onBehalfOf()).filter(HostUser::isActive).orElseThrow(
                    () -> new IllegalStateException("JSM: no active user " + p.onBehalfOf()));
            reporter = customer.getKey();
        }
        if (!roles.hasAnyRole(user) || p.onBehalfOf() != null) {
            if (!isCustomer(desk.id(), reporter)) {
                throw new IllegalStateException("JSM: " + reporter + " is no customer of service desk " + desk.id());
            }
        }
        Issue issue = store.createIssue(desk.projectId(), text, "Service Request", null, reporter, Instant.now());
        requests.add(new HostRequest(issue.getKey(), desk.id(), p.requestType().getId(), reporter, user.getKey(), text,
                (String) description));
        return () -> issue;
    }

    private static Object field(HostCreateParameters p, String id) {
        FieldInputValue value = p.fields().get(FieldId.withId(id));
        return value == null ? null : value.value();
    }
}
