package io.github.clientbudgets.devhost;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Sixteen browsers at once on pages that render web items, panels and conditions from the plugin descriptor: every
 * request must succeed. It caught Xerces' unsynchronised NodeList cache throwing NullPointerExceptions when request
 * threads read the plugin descriptor's DOM at once (now read by sibling links over a fully built DOM).
 */
class ConcurrentPageRequestsTest {

    @Test
    void sixteenClientsAtOnceAllGetTheirPage() throws Exception {
        try (DevHost host = TestHosts.start()) {
            String cookie = TestHosts.login(host, "pm");
            String[] paths = {"/projects/ACME?selectedItem=io.github.clientbudgets.client-budgets-jira:project-budgets-sidebar", "/browse/ACME-1",
                    "/plugins/servlet/client-budgets/approvals", "/secure/Dashboard.jspa"};
            ExecutorService pool = Executors.newFixedThreadPool(16);
            try {
                List<Future<Integer>> calls = new ArrayList<>();
                for (int i = 0; i < 160; i++) {
                    String path = paths[i % paths.length];
                    calls.add(pool.submit(() -> TestHosts.getWithSession(host, path, cookie).statusCode()));
                }
                List<String> failed = new ArrayList<>();
                for (int i = 0; i < calls.size(); i++) {
                    int status = calls.get(i).get();
                    if (status != 200) {
                        failed.add(paths[i % paths.length] + " → " + status);
                    }
                }
                assertEquals(List.of(), failed);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
