package io.github.clientbudgets.devhost.jira;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.application.ApplicationRoleManager;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.worklog.Worklog;
import com.atlassian.jira.issue.worklog.WorklogManager;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.github.clientbudgets.devhost.auth.CurrentUser;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The host's implementations of Jira's managers over {@link JiraStore}. Each is a small class behind the same
 * interface as Jira's, so the plugin gets exactly what it would get from Jira's OSGi services.
 */
public final class JiraServices {
    private JiraServices() {
    }

    /** {@code com.atlassian.jira.user.util.UserManager}. */
    public static final class HostUserManager implements UserManager {
        private final JiraStore store;

        public HostUserManager(JiraStore store) {
            this.store = store;
        }

        @Override
        public ApplicationUser getUserByKey(String userKey) {
            return store.userByKey(userKey).orElse(null);
        }

        @Override
        public ApplicationUser getUserByName(String userName) {
            return store.userByName(userName).orElse(null);
        }
    }

    /** Jira's user picker search over the host's users: name, display name or e-mail contains the query. */
    public static final class HostUserSearchService implements com.atlassian.jira.bc.user.search.UserSearchService {
        private final JiraStore store;

        public HostUserSearchService(JiraStore store) {
            this.store = store;
        }

        @Override
        public java.util.List<ApplicationUser> findUsers(String query,
                                                          com.atlassian.jira.bc.user.search.UserSearchParams params) {
            String q = query == null ? "" : query.strip().toLowerCase(java.util.Locale.ROOT);
            if (q.isEmpty()) {
                return java.util.List.of();
            }
            return store.users().stream().filter(HostUser::isActive)
                    .filter(u -> contains(u.getUsername(), q) || contains(u.getDisplayName(), q) || contains(u.getEmailAddress(), q))
                    .map(u -> (ApplicationUser) u).toList();
        }

        @Override
        public Iterable<String> findUserKeysByEmail(String email) {
            return store.users().stream().filter(u -> u.getEmailAddress() != null && u.getEmailAddress().equalsIgnoreCase(email))
                    .map(HostUser::getKey).toList();
        }

        private static boolean contains(String text, String q) {
            return text != null && text.toLowerCase(java.util.Locale.ROOT).contains(q);
        }
    }

    /**
     * Reads the request's user, set by the host's authentication filter, and his locale as Jira answers it: the
     * language chosen in his profile, else the instance's default language (also for the anonymous).
     */
    public static final class HostAuthenticationContext implements JiraAuthenticationContext {
        private final JiraStore store;
        private final java.util.Locale defaultLocale;

        public HostAuthenticationContext(JiraStore store, java.util.Locale defaultLocale) {
            this.store = store;
            this.defaultLocale = defaultLocale;
        }

        @Override
        public java.util.Locale getLocale() {
            HostUser user = CurrentUser.get();
            return user == null ? defaultLocale : store.userLocale(user.getKey()).orElse(defaultLocale);
        }

        /** The instance's default language (Jira's {@code jira.i18n.default.locale}). */
        public java.util.Locale defaultLocale() {
            return defaultLocale;
        }

        @Override
        public ApplicationUser getLoggedInUser() {
            return CurrentUser.get();
        }

        @Override
        public boolean isLoggedInUser() {
            return CurrentUser.get() != null;
        }
    }

    /** Application access: a user has a role (jira-software, jira-servicedesk) or none (portal-only customer). */
    public static final class HostApplicationRoleManager implements ApplicationRoleManager {
        private final JiraStore store;

        public HostApplicationRoleManager(JiraStore store) {
            this.store = store;
        }

        @Override
        public boolean hasAnyRole(ApplicationUser user) {
            if (user == null) {
                return false;
            }
            return store.userByKey(user.getKey()).map(u -> u.applicationRole() != null).orElse(false);
        }
    }

    /** Global permissions from {@code globalpermissionentry}; SYSTEM_ADMIN implies ADMINISTER, as in Jira. */
    public static final class HostGlobalPermissionManager implements GlobalPermissionManager {
        private final JiraStore store;

        public HostGlobalPermissionManager(JiraStore store) {
            this.store = store;
        }

        @Override
        public boolean hasPermission(GlobalPermissionKey key, ApplicationUser user) {
            if (user == null || !user.isActive()) {
                return false;
            }
            if (store.hasGlobalPermission(user.getKey(), key.getKey())) {
                return true;
            }
            return key.equals(GlobalPermissionKey.ADMINISTER)
                    && store.hasGlobalPermission(user.getKey(), GlobalPermissionKey.SYSTEM_ADMIN.getKey());
        }
    }

    /**
     * Project permissions through one permission scheme shared by all projects (Jira's default scheme, reduced):
     * granted to project roles. As in Jira, a user without application access (a portal-only customer) holds no
     * project permission, whatever his roles.
     */
    public static final class HostPermissionManager implements PermissionManager {
        /** The permission scheme: permission key → roles that hold it. */
        public static final Map<String, Set<String>> SCHEME = Map.ofEntries(
                Map.entry("BROWSE_PROJECTS", Set.of(JiraStore.ROLE_USERS, JiraStore.ROLE_DEVELOPERS, JiraStore.ROLE_ADMINISTRATORS)),
                Map.entry("CREATE_ISSUES", Set.of(JiraStore.ROLE_USERS, JiraStore.ROLE_DEVELOPERS, JiraStore.ROLE_ADMINISTRATORS)),
                Map.entry("EDIT_ISSUES", Set.of(JiraStore.ROLE_DEVELOPERS, JiraStore.ROLE_ADMINISTRATORS)),
                Map.entry("ASSIGNABLE_USER", Set.of(JiraStore.ROLE_DEVELOPERS, JiraStore.ROLE_ADMINISTRATORS)),
                Map.entry("WORK_ON_ISSUES", Set.of(JiraStore.ROLE_DEVELOPERS, JiraStore.ROLE_ADMINISTRATORS)),
                Map.entry("EDIT_OWN_WORKLOGS", Set.of(JiraStore.ROLE_DEVELOPERS, JiraStore.ROLE_ADMINISTRATORS)),
                Map.entry("DELETE_OWN_WORKLOGS", Set.of(JiraStore.ROLE_DEVELOPERS, JiraStore.ROLE_ADMINISTRATORS)),
                Map.entry("EDIT_ALL_WORKLOGS", Set.of(JiraStore.ROLE_ADMINISTRATORS)),
                Map.entry("DELETE_ALL_WORKLOGS", Set.of(JiraStore.ROLE_ADMINISTRATORS)),
                Map.entry("ADMINISTER_PROJECTS", Set.of(JiraStore.ROLE_ADMINISTRATORS)));

        private final JiraStore store;
        private final ApplicationRoleManager roles;

        public HostPermissionManager(JiraStore store, ApplicationRoleManager roles) {
            this.store = store;
            this.roles = roles;
        }

        @Override
        public boolean hasPermission(ProjectPermissionKey key, Issue issue, ApplicationUser user) {
            return issue != null && hasPermission(key, store.projectOf(issue), user);
        }

        @Override
        public boolean hasPermission(ProjectPermissionKey key, Project project, ApplicationUser user) {
            if (user == null || project == null || !user.isActive() || !roles.hasAnyRole(user)) {
                return false;
            }
            Set<String> granted = SCHEME.getOrDefault(key.permissionKey(), Set.of());
            return store.rolesOf(user.getKey(), project.getId()).stream().anyMatch(granted::contains);
        }

        @Override
        public Collection<Project> getProjects(ProjectPermissionKey key, ApplicationUser user) {
            if (user == null || !user.isActive() || !roles.hasAnyRole(user)) {
                return List.of();
            }
            List<Project> result = new ArrayList<>();
            for (Long id : store.projectIdsWithRole(user.getKey(), SCHEME.getOrDefault(key.permissionKey(), Set.of()))) {
                store.projectById(id).ifPresent(result::add);
            }
            result.sort(java.util.Comparator.comparing(Project::getName));
            return result;
        }
    }

    /** Jira's project roles over the host's role actors: the three roles of the host's one permission scheme. */
    public static final class HostProjectRoleManager implements com.atlassian.jira.security.roles.ProjectRoleManager {
        private static final List<String> ROLES = List.of(JiraStore.ROLE_USERS, JiraStore.ROLE_DEVELOPERS,
                JiraStore.ROLE_ADMINISTRATORS);
        private final JiraStore store;

        public HostProjectRoleManager(JiraStore store) {
            this.store = store;
        }

        private record Role(Long id, String name) implements com.atlassian.jira.security.roles.ProjectRole {
            @Override
            public Long getId() {
                return id;
            }

            @Override
            public String getName() {
                return name;
            }
        }

        @Override
        public com.atlassian.jira.security.roles.ProjectRole getProjectRole(String name) {
            int index = ROLES.indexOf(name);
            return index < 0 ? null : new Role(10000L + index, name); // Jira's role ids start at 10000
        }

        @Override
        public com.atlassian.jira.security.roles.ProjectRoleActors getProjectRoleActors(
                com.atlassian.jira.security.roles.ProjectRole role, Project project) {
            if (role == null || project == null) {
                throw new IllegalArgumentException("role and project are required"); // Jira: IllegalArgumentException
            }
            Set<ApplicationUser> users = new java.util.LinkedHashSet<>();
            for (String key : store.roleActors(project.getId(), role.getName())) {
                store.userByKey(key).ifPresent(users::add);
            }
            return () -> Set.copyOf(users);
        }
    }

    public static final class HostProjectManager implements ProjectManager {
        private final JiraStore store;

        public HostProjectManager(JiraStore store) {
            this.store = store;
        }

        @Override
        public Project getProjectObj(Long id) {
            return id == null ? null : store.projectById(id).orElse(null);
        }

        @Override
        public Project getProjectObjByKey(String key) {
            return store.projectByKey(key).orElse(null);
        }

        @Override
        public List<Project> getProjectObjects() {
            return List.copyOf(store.projects());
        }
    }

    public static final class HostIssueManager implements IssueManager {
        private final JiraStore store;

        public HostIssueManager(JiraStore store) {
            this.store = store;
        }

        @Override
        public MutableIssue getIssueObject(Long id) {
            return store.issueById(id).orElse(null);
        }

        @Override
        public MutableIssue getIssueObject(String key) {
            return store.issueByKey(key).orElse(null);
        }

        @Override
        public MutableIssue getIssueByCurrentKey(String key) {
            return store.issueByKey(key).orElse(null);
        }

        @Override
        public List<Issue> getIssueObjects(Collection<Long> ids) {
            return new ArrayList<>(store.issuesByIds(ids)); // one statement, as Jira's batched read
        }

        @Override
        public long getIssueCountForProject(Long projectId) {
            return store.issueCount(projectId);
        }

        @Override
        public Collection<Long> getIssueIdsForProject(Long projectId) {
            return store.issueIdsOfProject(projectId);
        }
    }

    /**
     * Jira's WorklogManager: no permission checks (callers check), writes the worklog and the issue's time spent,
     * then (when asked to) publishes an {@link IssueEvent} with Jira's event type id, the issue, the acting user
     * and the worklog (the new one for create/update, the removed one for delete).
     */
    public static final class HostWorklogManager implements WorklogManager {
        private final JiraStore store;
        private final Supplier<EventPublisher> events;

        public HostWorklogManager(JiraStore store, Supplier<EventPublisher> events) {
            this.store = store;
            this.events = events;
        }

        @Override
        public Worklog create(ApplicationUser user, Worklog worklog, Long newEstimate, boolean dispatchEvent) {
            require(worklog.getIssue() != null, "a worklog needs an issue");
            require(worklog.getTimeSpent() != null && worklog.getTimeSpent() > 0, "time spent must be positive");
            String author = worklog.getAuthorKey() != null ? worklog.getAuthorKey() : key(user);
            Date start = worklog.getStartDate() != null ? worklog.getStartDate() : new Date();
            long id = store.insertWorklog(worklog.getIssue().getId(), author, worklog.getComment(), start,
                    worklog.getTimeSpent(), Instant.now());
            Worklog created = store.worklogById(id).orElseThrow();
            if (dispatchEvent) {
                publish(created, EventType.ISSUE_WORKLOGGED_ID, user);
            }
            return created;
        }

        @Override
        public Worklog update(ApplicationUser user, Worklog worklog, Long newEstimate, boolean dispatchEvent) {
            require(worklog.getId() != null && store.worklogById(worklog.getId()).isPresent(), "no worklog " + worklog.getId());
            require(worklog.getTimeSpent() != null && worklog.getTimeSpent() > 0, "time spent must be positive");
            store.updateWorklog(worklog.getId(), key(user), worklog.getComment(), worklog.getStartDate(),
                    worklog.getTimeSpent(), Instant.now());
            Worklog updated = store.worklogById(worklog.getId()).orElseThrow();
            if (dispatchEvent) {
                publish(updated, EventType.ISSUE_WORKLOG_UPDATED_ID, user);
            }
            return updated;
        }

        @Override
        public boolean delete(ApplicationUser user, Worklog worklog, Long newEstimate, boolean dispatchEvent) {
            if (worklog == null || worklog.getId() == null) {
                return false;
            }
            Worklog removed = store.worklogById(worklog.getId()).orElse(null);
            if (removed == null) {
                return false;
            }
            store.deleteWorklog(removed.getId());
            if (dispatchEvent) {
                publish(removed, EventType.ISSUE_WORKLOG_DELETED_ID, user);
            }
            return true;
        }

        @Override
        public Worklog getById(Long id) {
            return store.worklogById(id).orElse(null);
        }

        @Override
        public List<Worklog> getByIssue(Issue issue) {
            return List.copyOf(store.worklogsOf(issue));
        }

        private void publish(Worklog worklog, Long eventTypeId, ApplicationUser user) {
            Issue issue = store.issueById(worklog.getIssue().getId()).orElseThrow();
            events.get().publish(new IssueEvent(issue, eventTypeId, user, worklog));
        }

        private static String key(ApplicationUser user) {
            return user == null ? null : user.getKey();
        }

        private static void require(boolean condition, String message) {
            if (!condition) {
                throw new IllegalArgumentException(message);
            }
        }
    }

    /** Convenience for host code: may this user log work on the issue (browse + work on issues)? */
    public static boolean canLogWork(PermissionManager permissions, Issue issue, ApplicationUser user) {
        return permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)
                && permissions.hasPermission(ProjectPermissions.WORK_ON_ISSUES, issue, user);
    }

    public static boolean canEdit(PermissionManager permissions, Worklog worklog, ApplicationUser user) {
        Issue issue = worklog.getIssue();
        boolean own = user != null && user.getKey().equals(worklog.getAuthorKey());
        return permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)
                && (permissions.hasPermission(ProjectPermissions.EDIT_ALL_WORKLOGS, issue, user)
                || own && permissions.hasPermission(ProjectPermissions.EDIT_OWN_WORKLOGS, issue, user));
    }

    public static boolean canDelete(PermissionManager permissions, Worklog worklog, ApplicationUser user) {
        Issue issue = worklog.getIssue();
        boolean own = user != null && user.getKey().equals(worklog.getAuthorKey());
        return permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)
                && (permissions.hasPermission(ProjectPermissions.DELETE_ALL_WORKLOGS, issue, user)
                || own && permissions.hasPermission(ProjectPermissions.DELETE_OWN_WORKLOGS, issue, user));
    }
}
