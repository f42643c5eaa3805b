package io.github.clientbudgets.devhost.testing;

import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.TestHosts;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writers that race: calls (usually REST requests to one or two dev hosts on one database, two Data Center nodes)
 * that start at the same moment, each on its own thread, held back by a latch until all are ready. The common
 * fork-join pool would not do: on a two-CPU machine it has one thread and the calls would run one after the other.
 */
public final class RacingWriters {
    private RacingWriters() {
    }

    /** Runs every call at once, one thread per call; answers the results in the order of the calls. */
    public static <T> List<T> atOnce(List<? extends Callable<T>> calls) throws InterruptedException {
        return atOnce(calls.size(), calls);
    }

    /**
     * Runs the calls on {@code threads} threads, the first {@code threads} of them at the same moment and the rest as
     * threads come free; answers the results in the order of the calls. A call that throws fails the race.
     */
    public static <T> List<T> atOnce(int threads, List<? extends Callable<T>> calls) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> running = new ArrayList<>();
            for (Callable<T> call : calls) {
                running.add(pool.submit(() -> {
                    go.await();
                    return call.call();
                }));
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : running) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a racing call failed", e.getCause());
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A JSON request to a node's REST API as a user (basic auth, the demo password). Every request but a GET says
     * its body is JSON, body or not.
     */
    public static HttpResponse<String> request(DevHost node, String user, String method, String path, String json) {
        HttpRequest.Builder r = TestHosts.request(node, path).header("Accept", "application/json")
                .header("Authorization", TestHosts.basic(user));
        if (!"GET".equals(method)) {
            r.header("Content-Type", "application/json");
        }
        return TestHosts.send(r.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)));
    }
}
