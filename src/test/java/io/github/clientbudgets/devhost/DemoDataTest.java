package io.github.clientbudgets.devhost;

import com.atlassian.jira.application.ApplicationRoleManager;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.github.clientbudgets.devhost.db.DatabaseSpec;
import io.github.clientbudgets.devhost.db.Db;
import io.github.clientbudgets.devhost.demo.DemoData;
import io.github.clientbudgets.devhost.jira.JiraStore;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dev host's demo data (docs/devhost.md): who may do what, deterministic from the seed, scalable. */
class DemoDataTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static int databases;

    private static JiraStore generate(long seed, int scale) {
        JiraStore store = new JiraStore(new Db(DatabaseSpec.h2Memory("demodata_" + (++databases))));
        store.createSchema();
        new DemoData(store, null).generate(seed, scale, TestHosts.DEMO_START, TODAY);
        return store;
    }

    private static List<String> worklogRows(JiraStore store) {
        return store.db().query("SELECT w.id, i.issuekey, w.author, w.startdate, w.timeworked, w.worklogbody FROM worklog w"
                + " JOIN jiraissue i ON i.id = w.issueid ORDER BY w.id", rs -> rs.getString(1) + rs.getString(2)
                + rs.getString(3) + rs.getTimestamp(4) + rs.getLong(5) + rs.getString(6));
    }

    @Test
    void sameSeedSameData() {
        List<String> a = worklogRows(generate(7, 1));
        assertEquals(a, worklogRows(generate(7, 1)));
        assertNotEquals(a, worklogRows(generate(8, 1)));
        assertTrue(a.size() >= 200 && a.size() <= 600, "a few hundred worklogs: " + a.size());
    }

    @Test
    void worklogsAreByTheTwoDevelopersOnWeekdaysOfThreeMonths() {
        JiraStore store = generate(42, 1);
        assertEquals(List.of("dev", "dev2"), store.db().query("SELECT DISTINCT author FROM worklog ORDER BY author", rs -> rs.getString(1)));
        List<LocalDate> days = store.db().query("SELECT startdate FROM worklog", rs -> rs.getTimestamp(1).toLocalDateTime().toLocalDate());
        assertTrue(days.stream().allMatch(d -> !d.isBefore(TestHosts.DEMO_START) && d.isBefore(TestHosts.DEMO_START.plusMonths(3))));
        assertTrue(days.stream().noneMatch(d -> d.getDayOfWeek().getValue() >= 6));
        assertTrue(store.db().queryLong("SELECT COUNT(*) FROM jiraissue WHERE parent_id IS NOT NULL") > 0, "some sub-tasks");
        assertEquals(store.db().queryLong("SELECT SUM(timeworked) FROM worklog"),
                store.db().queryLong("SELECT SUM(timespent) FROM jiraissue"), "issue time spent = its worklogs");
    }

    @Test
    void scaleMultipliesIssuesAndWorklogs() {
        JiraStore one = generate(42, 1);
        JiraStore ten = generate(42, 10);
        assertEquals(10 * one.db().queryLong("SELECT COUNT(*) FROM jiraissue WHERE parent_id IS NULL"),
                ten.db().queryLong("SELECT COUNT(*) FROM jiraissue WHERE parent_id IS NULL"));
        assertTrue(ten.db().queryLong("SELECT COUNT(*) FROM worklog") > 8 * one.db().queryLong("SELECT COUNT(*) FROM worklog"));
    }

    @Test
    void usersHoldTheContractsRights() {
        DevHost host = TestHosts.start();
        try {
            HostComponents c = host.components();
            PermissionManager permissions = c.get(PermissionManager.class);
            GlobalPermissionManager global = c.get(GlobalPermissionManager.class);
            ApplicationRoleManager roles = c.get(ApplicationRoleManager.class);
            UserManager sal = c.get(UserManager.class);
            JiraStore store = host.store();
            Project acme = store.projectByKey("ACME").orElseThrow();
            Project globex = store.projectByKey("GLOBEX").orElseThrow();
            assertEquals("service_desk", acme.getProjectTypeKey().getKey());
            assertEquals("software", globex.getProjectTypeKey().getKey());

            assertTrue(global.hasPermission(GlobalPermissionKey.ADMINISTER, store.userByName("admin").orElseThrow()));
            assertTrue(sal.isAdmin(new UserKey("admin")));
            assertFalse(sal.isAdmin(new UserKey("pm")));
            for (Project p : List.of(acme, globex)) {
                assertTrue(permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, p, store.userByName("pm").orElseThrow()));
                for (String dev : List.of("dev", "dev2")) {
                    assertTrue(permissions.hasPermission(ProjectPermissions.WORK_ON_ISSUES, p, store.userByName(dev).orElseThrow()));
                    assertFalse(permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, p, store.userByName(dev).orElseThrow()));
                }
            }
            for (String customer : List.of("client", "other")) {
                assertFalse(roles.hasAnyRole(store.userByName(customer).orElseThrow()), customer + " has no application role");
                assertFalse(sal.isLicensed(new UserKey(customer)), customer + " is unlicensed");
                assertFalse(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, acme, store.userByName(customer).orElseThrow()));
            }
            assertTrue(sal.isLicensed(new UserKey("dev")));
            assertTrue(store.authenticate("pm", "pm").isPresent());
            assertTrue(store.authenticate("pm", "PM").isEmpty());
        } finally {
            host.close();
        }
    }
}
