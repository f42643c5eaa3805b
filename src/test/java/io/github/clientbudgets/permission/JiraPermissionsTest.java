package io.github.clientbudgets.permission;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The adapter asks Jira the right questions: browse, project admin or Jira admin. */
class JiraPermissionsTest {
    private JiraAuthenticationContext auth;
    private PermissionManager permissionManager;
    private GlobalPermissionManager global;
    private JiraPermissions permissions;
    private ApplicationUser pm;
    private ApplicationUser admin;
    private ApplicationUser dev;
    private Project acme;

    private static ApplicationUser user(String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getDisplayName()).thenReturn(key.toUpperCase());
        return user;
    }

    private UserManager users;

    @BeforeEach
    void setUp() {
        auth = mock(JiraAuthenticationContext.class);
        permissionManager = mock(PermissionManager.class);
        global = mock(GlobalPermissionManager.class);
        ProjectManager projects = mock(ProjectManager.class);
        IssueManager issues = mock(IssueManager.class);
        users = mock(UserManager.class);
        pm = user("pm");
        admin = user("admin");
        dev = user("dev");
        when(users.getUserByKey("pm")).thenReturn(pm);
        when(users.getUserByKey("admin")).thenReturn(admin);
        when(users.getUserByKey("dev")).thenReturn(dev);
        acme = mock(Project.class);
        when(acme.getId()).thenReturn(10L);
        when(acme.getKey()).thenReturn("ACME");
        when(acme.getName()).thenReturn("Acme");
        when(projects.getProjectObj(10L)).thenReturn(acme);
        when(projects.getProjectObjByKey("ACME")).thenReturn(acme);
        when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, acme, pm)).thenReturn(true);
        when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, acme, dev)).thenReturn(true);
        when(permissionManager.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, acme, pm)).thenReturn(true);
        when(global.hasPermission(GlobalPermissionKey.ADMINISTER, admin)).thenReturn(true);
        MutableIssue parent = mock(MutableIssue.class);
        when(parent.getId()).thenReturn(100L);
        MutableIssue sub = mock(MutableIssue.class);
        when(sub.getId()).thenReturn(101L);
        when(sub.getKey()).thenReturn("ACME-2");
        when(sub.getProjectId()).thenReturn(10L);
        when(sub.isSubTask()).thenReturn(true);
        when(sub.getParentObject()).thenReturn((Issue) parent);
        when(issues.getIssueObject("ACME-2")).thenReturn(sub);
        permissions = new JiraPermissions(auth, permissionManager, global, projects, issues, users, search);
    }

    private final com.atlassian.jira.bc.user.search.UserSearchService search =
            mock(com.atlassian.jira.bc.user.search.UserSearchService.class);

    @Test
    void administeredAmongAsksJiraOnceForAProjectAdminAndKnowsAJiraAdminAdministersEveryProject() {
        Project other = mock(Project.class);
        when(other.getId()).thenReturn(20L);
        when(permissionManager.getProjects(ProjectPermissions.ADMINISTER_PROJECTS, pm)).thenReturn(java.util.List.of(acme, other));

        assertEquals(java.util.Set.of(10L), permissions.administeredAmong("pm", java.util.List.of(10L, 30L)));
        assertEquals(java.util.Set.of(10L), permissions.administeredAmong("admin", java.util.List.of(10L, 30L)),
                "a Jira admin administers every project that exists (30 does not)");
        assertEquals(java.util.Set.of(), permissions.administeredAmong("dev", java.util.List.of(10L)));
        assertEquals(java.util.Set.of(), permissions.administeredAmong("nobody", java.util.List.of(10L)));
        org.mockito.Mockito.verify(permissionManager, org.mockito.Mockito.never())
                .hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, acme, pm);
    }

    @Test
    void findsUsersByNameAndByExactEmailEachOnceAndOnlyActiveOnesByEmail() {
        ApplicationUser clara = mock(ApplicationUser.class);
        when(clara.getKey()).thenReturn("client");
        when(clara.getDisplayName()).thenReturn("Clara Client");
        when(clara.getEmailAddress()).thenReturn("clara@acme.example");
        when(clara.isActive()).thenReturn(true);
        ApplicationUser gone = mock(ApplicationUser.class);
        when(gone.getKey()).thenReturn("gone");
        when(gone.isActive()).thenReturn(false);
        when(users.getUserByKey("client")).thenReturn(clara);
        when(users.getUserByKey("gone")).thenReturn(gone);
        when(search.findUserKeysByEmail("clara@acme.example")).thenReturn(java.util.List.of("client", "gone"));
        when(search.findUsers("clara@acme.example", com.atlassian.jira.bc.user.search.UserSearchParams.ACTIVE_USERS_IGNORE_EMPTY_QUERY))
                .thenReturn(java.util.List.of(clara));
        when(search.findUsers("Clara", com.atlassian.jira.bc.user.search.UserSearchParams.ACTIVE_USERS_IGNORE_EMPTY_QUERY))
                .thenReturn(java.util.List.of(clara));

        assertEquals(java.util.List.of(new io.github.clientbudgets.permission.UserRef("client", "Clara Client",
                "clara@acme.example")), permissions.findUsers("clara@acme.example", 10));
        assertEquals(1, permissions.findUsers(" Clara ", 10).size());
        assertEquals(java.util.List.of(), permissions.findUsers("  ", 10));
    }

    @Test
    void currentUserIsTheLoggedInOne() {
        assertEquals(Optional.empty(), permissions.currentUserKey());
        when(auth.getLoggedInUser()).thenReturn(dev);
        assertEquals(Optional.of("dev"), permissions.currentUserKey());
    }

    @Test
    void browseAndAdministerAsJiraSays() {
        assertTrue(permissions.canBrowse("dev", 10));
        assertFalse(permissions.canAdminister("dev", 10));
        assertTrue(permissions.canAdminister("pm", 10));
        assertTrue(permissions.canAdminister("admin", 10), "Jira admins administer every project");
        assertFalse(permissions.canBrowse("ghost", 10));
        assertFalse(permissions.canBrowse("dev", 99));
    }

    @Test
    void projectsIssuesAndUsers() {
        assertEquals(Optional.of(new ProjectRef(10, "ACME", "Acme")), permissions.projectByKey("ACME"));
        assertEquals(Optional.empty(), permissions.projectByKey("NOPE"));
        assertEquals(Optional.of(new IssueRef(101, "ACME-2", 10, 100L)), permissions.issueByKey("ACME-2"));
        assertTrue(permissions.userExists("pm"));
        assertFalse(permissions.userExists("ghost"));
        assertEquals("PM", permissions.displayName("pm"));
        assertEquals("ghost", permissions.displayName("ghost"));
    }
}
