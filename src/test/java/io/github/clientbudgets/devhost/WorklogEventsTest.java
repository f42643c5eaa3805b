package io.github.clientbudgets.devhost;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.worklog.Worklog;
import com.atlassian.jira.issue.worklog.WorklogManager;
import io.github.clientbudgets.devhost.jira.HostUser;
import io.github.clientbudgets.devhost.jira.HostWorklog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The host's WorklogManager fires what Jira fires: an IssueEvent with the type id, the issue, the user, the worklog. */
class WorklogEventsTest {
    private static DevHost host;
    private static final List<IssueEvent> EVENTS = new CopyOnWriteArrayList<>();

    public static final class Listener {
        @EventListener
        public void onIssueEvent(IssueEvent event) {
            EVENTS.add(event);
        }
    }

    @BeforeAll
    static void start() {
        host = TestHosts.start();
        host.components().get(EventPublisher.class).register(new Listener());
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @BeforeEach
    void clear() {
        EVENTS.clear();
    }

    @Test
    void createUpdateDeleteFireJirasWorklogEvents() {
        WorklogManager worklogs = host.components().get(WorklogManager.class);
        Issue issue = host.components().get(IssueManager.class).getIssueObject("GLOBEX-1");
        HostUser dev = host.store().userByName("dev").orElseThrow();
        HostUser pm = host.store().userByName("pm").orElseThrow();

        Worklog created = worklogs.create(dev, HostWorklog.newWorklog(issue, "dev", "first", new Date(), 1800L), null, true);
        assertEquals(1, EVENTS.size());
        IssueEvent event = EVENTS.get(0);
        assertEquals(EventType.ISSUE_WORKLOGGED_ID, event.getEventTypeId());
        assertEquals("GLOBEX-1", event.getIssue().getKey());
        assertEquals("dev", event.getUser().getKey());
        assertEquals(created.getId(), event.getWorklog().getId());
        assertEquals(1800L, event.getWorklog().getTimeSpent());
        assertEquals("dev", event.getWorklog().getAuthorKey());
        assertNotNull(event.getWorklog().getCreated());

        Worklog updated = worklogs.update(pm, ((HostWorklog) created).withValues("pm", "changed", created.getStartDate(), 3600L),
                null, true);
        IssueEvent update = EVENTS.get(1);
        assertEquals(EventType.ISSUE_WORKLOG_UPDATED_ID, update.getEventTypeId());
        assertEquals("pm", update.getUser().getKey());
        assertEquals(3600L, update.getWorklog().getTimeSpent());
        assertEquals("changed", update.getWorklog().getComment());
        assertEquals("dev", update.getWorklog().getAuthorKey(), "the author stays");
        assertEquals("pm", update.getWorklog().getUpdateAuthorKey());

        assertTrue(worklogs.delete(dev, updated, null, true));
        IssueEvent delete = EVENTS.get(2);
        assertEquals(EventType.ISSUE_WORKLOG_DELETED_ID, delete.getEventTypeId());
        assertEquals(created.getId(), delete.getWorklog().getId(), "the removed worklog travels with the event");
        assertEquals("GLOBEX-1", delete.getIssue().getKey());
        assertEquals(null, worklogs.getById(created.getId()));
        assertEquals(3, EVENTS.size());
    }

    @Test
    void noEventWhenNotAskedToDispatch() {
        WorklogManager worklogs = host.components().get(WorklogManager.class);
        Issue issue = host.components().get(IssueManager.class).getIssueObject("GLOBEX-2");
        HostUser dev = host.store().userByName("dev").orElseThrow();
        worklogs.create(dev, HostWorklog.newWorklog(issue, "dev", "quiet", new Date(), 60L), null, false);
        assertTrue(EVENTS.isEmpty());
    }

    @Test
    void restWorklogGoesThroughTheManagerAndFiresTheEvent() {
        HttpResponse<String> r = TestHosts.send(TestHosts.request(host, "/rest/api/2/issue/ACME-3/worklog")
                .header("Authorization", TestHosts.basic("dev")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"timeSpentSeconds\":900,\"comment\":\"via REST\"}")));
        assertEquals(201, r.statusCode(), r.body());
        assertEquals(1, EVENTS.size());
        assertEquals(EventType.ISSUE_WORKLOGGED_ID, EVENTS.get(0).getEventTypeId());
        assertEquals("ACME-3", EVENTS.get(0).getIssue().getKey());
        assertEquals("via REST", EVENTS.get(0).getWorklog().getComment());
    }

    @Test
    void subTaskKnowsItsParent() {
        IssueManager issues = host.components().get(IssueManager.class);
        Issue subTask = host.store().db().query("SELECT issuekey FROM jiraissue WHERE parent_id IS NOT NULL ORDER BY id",
                rs -> issues.getIssueObject(rs.getString(1))).get(0);
        assertTrue(subTask.isSubTask());
        assertNotNull(subTask.getParentObject());
        assertEquals(subTask.getProjectId(), subTask.getParentObject().getProjectId());
    }
}
