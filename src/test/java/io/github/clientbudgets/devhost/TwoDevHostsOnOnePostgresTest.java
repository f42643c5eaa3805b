package io.github.clientbudgets.devhost;

import com.atlassian.beehive.ClusterLock;
import io.github.clientbudgets.devhost.db.DatabaseSpec;
import io.github.clientbudgets.devhost.db.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two dev hosts on different ports and one PostgreSQL act as two Data Center nodes: what one writes (Jira data and
 * the plugin's AO data) the other reads, and a cluster lock taken on one blocks the other.
 */
class TwoDevHostsOnOnePostgresTest {


    @Test
    void twoHostsShareDataAndLocks() throws Exception {
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start()) {
            DatabaseSpec db = postgres.createDatabase("cluster");
            try (DevHost a = DevHost.start(TestHosts.clusterNode(db, "node-a")); DevHost b = DevHost.start(TestHosts.clusterNode(db, "node-b"))) {
                assertNotEquals(a.baseUrl(), b.baseUrl());

                HttpResponse<String> logged = TestHosts.send(TestHosts.request(a, "/rest/api/2/issue/GLOBEX-2/worklog")
                        .header("Authorization", TestHosts.basic("dev")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"timeSpentSeconds\":5400,\"comment\":\"logged on node A\"}")));
                assertEquals(201, logged.statusCode(), logged.body());

                HttpResponse<String> seenOnB = TestHosts.get(b, "/rest/api/2/issue/GLOBEX-2/worklog", "pm");
                assertEquals(200, seenOnB.statusCode());
                assertTrue(seenOnB.body().contains("logged on node A"), "node B reads node A's worklog");

                long entriesOnB = b.store().db().queryLong("SELECT COUNT(*) FROM \"AO_DF9F5C_TIME_ENTRY\"");
                long entriesOnA = a.store().db().queryLong("SELECT COUNT(*) FROM \"AO_DF9F5C_TIME_ENTRY\"");
                assertEquals(entriesOnA, entriesOnB, "one set of plugin tables");

                ClusterLock onA = a.platform().locks().getLockForName("client-budgets.resync");
                ClusterLock onB = b.platform().locks().getLockForName("client-budgets.resync");
                assertTrue(onA.tryLock());
                assertFalse(onB.tryLock(300, TimeUnit.MILLISECONDS), "node B must not get node A's lock");
                onA.unlock();
                assertTrue(onB.tryLock(2, TimeUnit.SECONDS), "free once node A let go");
                onB.unlock();
            }
        }
    }
}
