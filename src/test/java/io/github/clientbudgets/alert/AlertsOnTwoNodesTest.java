package io.github.clientbudgets.alert;

import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.TestHosts;
import io.github.clientbudgets.devhost.db.DatabaseSpec;
import io.github.clientbudgets.devhost.db.EmbeddedPostgresServer;
import io.github.clientbudgets.devhost.platform.HostMailQueue;
import io.github.clientbudgets.devhost.testing.RacingWriters;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two dev hosts on one PostgreSQL, two Data Center nodes: a crossing that both nodes find at the same moment is
 * mailed exactly once in the cluster (each node's mail queue is its own, so the two are added up), whether the
 * nodes' evaluators race directly or two PMs save thresholds on the two nodes at once.
 */
class AlertsOnTwoNodesTest {
    @Test
    void aCrossingFoundOnBothNodesAtOnceIsMailedOnce() throws Exception {
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start()) {
            DatabaseSpec db = postgres.createDatabase("alerts");
            try (DevHost a = DevHost.start(TestHosts.clusterNode(db, "node-a"));
                 DevHost b = DevHost.start(TestHosts.clusterNode(db, "node-b"))) {
                long budget = AlertsOnDevHostTest.budgetNamed(a, "ACME", "Website relaunch");
                String pm = a.store().userByKey("pm").orElseThrow().getEmailAddress();
                AlertStore store = a.plugin().springContext().getBean(AlertStore.class);
                AlertEvaluator onA = a.plugin().springContext().getBean(AlertEvaluator.class);
                AlertEvaluator onB = b.plugin().springContext().getBean(AlertEvaluator.class);

                // 1. the evaluators of both nodes, two threads each, on a threshold just set without evaluation
                for (int threshold = 1; threshold <= 8; threshold++) {
                    store.saveSettings(budget, new AlertSettings(List.of(threshold), false));
                    clear(a, b);
                    List<Callable<Integer>> calls = new ArrayList<>();
                    for (AlertEvaluator node : List.of(onA, onB, onA, onB)) {
                        calls.add(() -> node.evaluate(budget).size());
                    }
                    List<Integer> won = RacingWriters.atOnce(calls);
                    assertEquals(2, won.stream().mapToInt(Integer::intValue).sum(),
                            "threshold " + threshold + ": hours and amount, each recorded by one call: " + won);
                    assertEquals(1, sentTo(pm, a, b), "threshold " + threshold + ": one mail to pm in the cluster");
                }

                // 2. two PMs' requests on the two nodes at once (pm on A, admin on B), each evaluating after its save
                for (int threshold = 11; threshold <= 14; threshold++) {
                    clear(a, b);
                    String body = "{\"thresholds\":[" + threshold + "]}";
                    List<HttpResponse<String>> answers = RacingWriters.atOnce(List.<Callable<HttpResponse<String>>>of(
                            () -> RacingWriters.request(a, "pm", "PUT", "/rest/client-budgets/1.0/budgets/" + budget + "/alerts", body),
                            () -> RacingWriters.request(b, "admin", "PUT", "/rest/client-budgets/1.0/budgets/" + budget + "/alerts", body)));
                    answers.forEach(r -> assertEquals(200, r.statusCode(), r.body()));
                    assertEquals(1, sentTo(pm, a, b), "threshold " + threshold + ": one mail to pm in the cluster");
                }
            }
        }
    }

    private static void clear(DevHost... nodes) {
        for (DevHost node : nodes) {
            node.platform().mail().clear();
        }
    }

    private static long sentTo(String address, DevHost... nodes) {
        long n = 0;
        for (DevHost node : nodes) {
            HostMailQueue mail = node.platform().mail();
            n += mail.sentTo(address).size();
        }
        return n;
    }
}
