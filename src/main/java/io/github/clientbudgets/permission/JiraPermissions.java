package io.github.clientbudgets.permission;

import com.atlassian.jira.bc.user.search.UserSearchParams;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.roles.ProjectRole;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** {@link Permissions} over Jira's managers: the only place that knows Jira's permission API. */
public class JiraPermissions implements Permissions {
    private final JiraAuthenticationContext authenticationContext;
    private final PermissionManager permissionManager;
    private final GlobalPermissionManager globalPermissionManager;
    private final ProjectManager projectManager;
    private final IssueManager issueManager;
    private final UserManager userManager;
    private final UserSearchService userSearchService;
    private final ProjectRoleManager projectRoles;

    public JiraPermissions(JiraAuthenticationContext authenticationContext, PermissionManager permissionManager,
                           GlobalPermissionManager globalPermissionManager, ProjectManager projectManager,
                           IssueManager issueManager, UserManager userManager, UserSearchService userSearchService) {
        this(authenticationContext, permissionManager, globalPermissionManager, projectManager, issueManager,
                userManager, userSearchService, null);
    }

    /** @param projectRoles Jira's project roles: the project's administrators are found through them */
    public JiraPermissions(JiraAuthenticationContext authenticationContext, PermissionManager permissionManager,
                           GlobalPermissionManager globalPermissionManager, ProjectManager projectManager,
                           IssueManager issueManager, UserManager userManager, UserSearchService userSearchService,
                           ProjectRoleManager projectRoles) {
        this.projectRoles = projectRoles;
        this.authenticationContext = authenticationContext;
        this.permissionManager = permissionManager;
        this.globalPermissionManager = globalPermissionManager;
        this.projectManager = projectManager;
        this.issueManager = issueManager;
        this.userManager = userManager;
        this.userSearchService = userSearchService;
    }

    @Override
    public Optional<String> currentUserKey() {
        ApplicationUser user = authenticationContext.getLoggedInUser();
        return user == null ? Optional.empty() : Optional.of(user.getKey());
    }

    @Override
    public Optional<ProjectRef> projectByKey(String projectKey) {
        return projectKey == null ? Optional.empty() : ref(projectManager.getProjectObjByKey(projectKey));
    }

    @Override
    public Optional<ProjectRef> projectById(long projectId) {
        return ref(projectManager.getProjectObj(projectId));
    }

    @Override
    public Optional<IssueRef> issueByKey(String issueKey) {
        Issue issue = issueKey == null ? null : issueManager.getIssueObject(issueKey);
        if (issue == null) {
            return Optional.empty();
        }
        Issue parent = issue.isSubTask() ? issue.getParentObject() : null;
        return Optional.of(new IssueRef(issue.getId(), issue.getKey(), issue.getProjectId(),
                parent == null ? null : parent.getId()));
    }

    @Override
    public boolean canBrowse(String userKey, long projectId) {
        Project project = projectManager.getProjectObj(projectId);
        ApplicationUser user = user(userKey);
        return project != null && user != null
                && permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user);
    }

    @Override
    public Set<Long> administeredAmong(String userKey, Collection<Long> projectIds) {
        ApplicationUser user = user(userKey);
        if (user == null || projectIds.isEmpty()) {
            return Set.of();
        }
        Set<Long> among = new HashSet<>(projectIds);
        Set<Long> result = new HashSet<>();
        if (globalPermissionManager.hasPermission(GlobalPermissionKey.ADMINISTER, user)) {
            among.stream().filter(id -> projectManager.getProjectObj(id) != null).forEach(result::add);
            return result;
        }
        // one question to Jira (its permission caches answer it), not one per project
        for (Project project : permissionManager.getProjects(ProjectPermissions.ADMINISTER_PROJECTS, user)) {
            if (among.contains(project.getId())) {
                result.add(project.getId());
            }
        }
        return result;
    }

    @Override
    public boolean canAdminister(String userKey, long projectId) {
        Project project = projectManager.getProjectObj(projectId);
        ApplicationUser user = user(userKey);
        if (project == null || user == null) {
            return false;
        }
        return permissionManager.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, project, user)
                || globalPermissionManager.hasPermission(GlobalPermissionKey.ADMINISTER, user);
    }

    /**
     * The members of the project's Administrators role and its lead, each only if he holds ADMINISTER_PROJECTS there
     * (the permission scheme decides, not the role's name) and is active.
     */
    @Override
    public java.util.Set<String> projectAdministrators(long projectId) {
        Project project = projectManager.getProjectObj(projectId);
        if (project == null || projectRoles == null) {
            return java.util.Set.of();
        }
        java.util.Set<ApplicationUser> candidates = new java.util.LinkedHashSet<>();
        ProjectRole administrators = projectRoles.getProjectRole(ADMINISTRATORS_ROLE);
        if (administrators != null) {
            candidates.addAll(projectRoles.getProjectRoleActors(administrators, project).getApplicationUsers());
        }
        ApplicationUser lead = user(project.getLeadUserKey());
        if (lead != null) {
            candidates.add(lead);
        }
        java.util.Set<String> keys = new java.util.TreeSet<>();
        for (ApplicationUser u : candidates) {
            if (u.isActive() && permissionManager.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, project, u)) {
                keys.add(u.getKey());
            }
        }
        return keys;
    }

    /** The name of Jira's default project role of project administrators. */
    private static final String ADMINISTRATORS_ROLE = "Administrators";

    @Override
    public boolean userExists(String userKey) {
        return user(userKey) != null;
    }

    @Override
    public String displayName(String userKey) {
        ApplicationUser user = user(userKey);
        return user == null ? userKey : user.getDisplayName();
    }

    @Override
    public Optional<String> emailAddress(String userKey) {
        ApplicationUser user = user(userKey);
        return user == null || user.getEmailAddress() == null || user.getEmailAddress().isBlank() ? Optional.empty()
                : Optional.of(user.getEmailAddress());
    }

    @Override
    public java.util.Map<Long, String> issueKeys(java.util.Collection<Long> issueIds) {
        java.util.Map<Long, String> keys = new java.util.HashMap<>();
        if (!issueIds.isEmpty()) {
            for (Issue issue : issueManager.getIssueObjects(new java.util.ArrayList<>(issueIds))) {
                keys.put(issue.getId(), issue.getKey());
            }
        }
        return keys;
    }

    @Override
    public java.util.List<UserRef> findUsers(String query, int limit) {
        java.util.Map<String, UserRef> found = new java.util.LinkedHashMap<>();
        if (query == null || query.isBlank()) {
            return java.util.List.of();
        }
        String q = query.strip();
        if (q.contains("@")) {
            for (String key : userSearchService.findUserKeysByEmail(q)) {
                ApplicationUser user = user(key);
                if (user != null && user.isActive()) {
                    found.putIfAbsent(user.getKey(), ref(user));
                }
            }
        }
        for (ApplicationUser user : userSearchService.findUsers(q, UserSearchParams.ACTIVE_USERS_IGNORE_EMPTY_QUERY)) {
            if (found.size() >= limit) {
                break;
            }
            found.putIfAbsent(user.getKey(), ref(user));
        }
        return found.values().stream().limit(limit).toList();
    }

    private static UserRef ref(ApplicationUser user) {
        return new UserRef(user.getKey(), user.getDisplayName(), user.getEmailAddress());
    }

    private ApplicationUser user(String userKey) {
        return userKey == null ? null : userManager.getUserByKey(userKey);
    }

    private static Optional<ProjectRef> ref(Project project) {
        return project == null ? Optional.empty()
                : Optional.of(new ProjectRef(project.getId(), project.getKey(), project.getName()));
    }
}
