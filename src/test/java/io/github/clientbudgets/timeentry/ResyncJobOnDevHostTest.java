package io.github.clientbudgets.timeentry;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLock;
import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.DevHostOptions;
import io.github.clientbudgets.devhost.TestHosts;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The resync job inside the dev host: registered with the scheduler at plugin start, refused while another holder
 * has the cluster lock, and rebuilding every time entry from Jira's worklogs when it runs.
 */
class ResyncJobOnDevHostTest {

    @Test
    void onlyJiraAdminsSeeAndStartTheResyncOverRest() {
        DevHostOptions options = TestHosts.options();
        options.platformPollMillis = 0; // no poller racing this thread for the job: the test runs what is due
        try (DevHost host = DevHost.start(options)) {
            for (String user : new String[]{"pm", "dev", "client", "other"}) {
                assertEquals(403, TestHosts.get(host, "/rest/client-budgets/1.0/admin/resync", user).statusCode(), user);
                assertEquals(403, post(host, user).statusCode(), user);
            }
            assertEquals(401, TestHosts.get(host, "/rest/client-budgets/1.0/admin/resync", null).statusCode());
            assertEquals(401, post(host, null).statusCode());

            var state = TestHosts.get(host, "/rest/client-budgets/1.0/admin/resync", "admin");
            assertEquals(200, state.statusCode());
            assertTrue(state.body().contains("\"status\":\"FINISHED\""), state.body());
            assertEquals(202, post(host, "admin").statusCode());
            // The POST only asks the cluster; with no poller, this thread's runDueJobs is the node that claims it
            assertEquals(null, host.platform().scheduler().lastOutcome(ResyncJob.NOW), "asked, not yet run");
            host.platform().scheduler().runDueJobs();
            String outcome = host.platform().scheduler().lastOutcome(ResyncJob.NOW);
            assertTrue(outcome.startsWith("SUCCESS"), outcome);
            assertTrue(TestHosts.get(host, "/rest/client-budgets/1.0/admin/resync", "admin").body().contains("\"issuesDone\":"
                    + host.store().db().queryLong("SELECT COUNT(*) FROM jiraissue")));
            String page = TestHosts.getWithSession(host, "/plugins/servlet/client-budgets/admin", TestHosts.loginWithWebSudo(host, "admin")).body();
            assertTrue(page.contains("id=\"cb-resync-now\"") && page.contains("Last finished at"), page);
        }
    }

    private static java.net.http.HttpResponse<String> post(DevHost host, String user) {
        var request = TestHosts.request(host, "/rest/client-budgets/1.0/admin/resync")
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"));
        if (user != null) {
            request.header("Authorization", TestHosts.basic(user));
        }
        return TestHosts.send(request);
    }

    @Test
    void rebuildsLostEntriesUnderTheClusterLockOnly() throws Exception {
        try (DevHost host = TestHosts.start()) {
            ActiveObjects ao = host.components().get(ActiveObjects.class);
            long worklogs = host.store().db().queryLong("SELECT COUNT(*) FROM worklog");
            assertEquals(worklogs, ao.count(TimeEntryEntity.class, Query.select()), "the demo data projected every worklog");
            ao.deleteWithSQL(TimeEntryEntity.class, "ID > ?", 0);
            ResyncJob job = host.plugin().springContext().getBean(ResyncJob.class);
            job.requestNow();

            CountDownLatch held = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Void> otherHolder = CompletableFuture.runAsync(() -> {
                ClusterLock lock = host.platform().locks().getLockForName(ResyncJob.LOCK);
                lock.lock();
                try {
                    held.countDown();
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    lock.unlock();
                }
            });
            assertTrue(held.await(10, TimeUnit.SECONDS));
            assertTrue(host.platform().scheduler().runNow(ResyncJob.NOW).toString().startsWith("ABORTED"));
            assertEquals(0, ao.count(TimeEntryEntity.class, Query.select()), "a refused run touches nothing");
            release.countDown();
            otherHolder.get(10, TimeUnit.SECONDS);

            assertEquals("SUCCESS", host.platform().scheduler().runNow(ResyncJob.NOW).toString());
            assertEquals(worklogs, ao.count(TimeEntryEntity.class, Query.select()));
        }
    }
}
