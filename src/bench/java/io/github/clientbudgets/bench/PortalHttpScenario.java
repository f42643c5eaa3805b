package io.github.clientbudgets.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * 7. A budget page over HTTP with 16 concurrent clients (a Java load client on java.net.http; closed loop: each
 * client sends its next request when the last one answered), logged in as {@code pm} with a session cookie:
 * throughput and p99. Stand-in target until the portal exists: the team budget page
 * {@code /plugins/servlet/client-budgets/budget/{id}} (the portal page will be
 * {@code /plugins/servlet/client-budgets/portal/budget/{id}}: change {@link #PAGE}). Baseline: the same load on the
 * host's smallest authenticated request ({@code /rest/api/2/myself}), the HTTP stack's own limit. Ratio = our
 * throughput / baseline throughput; no target in the issue.
 */
public final class PortalHttpScenario implements Scenario {
    static final String PAGE = "/plugins/servlet/client-budgets/budget/";
    static final int CLIENTS = 16;

    @Override
    public String id() {
        return "7";
    }

    @Override
    public String name() {
        return "7 budget page HTTP x16 (stand-in)";
    }

    @Override
    public List<Row> run(BenchContext ctx) throws Exception {
        String base = ctx.host().baseUrl();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/login.jsp"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("os_username=pm&os_password=pm&os_destination="
                        + URLEncoder.encode("/secure/Dashboard.jspa", StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 302 && login.statusCode() != 303) {
            throw new IllegalStateException("login as pm failed: " + login.statusCode());
        }
        IntFunction<URI> page = i -> URI.create(base + PAGE + ctx.budget(i));
        IntFunction<URI> myself = i -> URI.create(base + "/rest/api/2/myself");
        HttpResponse<String> first = client.send(HttpRequest.newBuilder(page.apply(0)).build(), HttpResponse.BodyHandlers.ofString());
        if (first.statusCode() != 200) {
            throw new IllegalStateException("budget page answered " + first.statusCode());
        }
        double seconds = Double.parseDouble(System.getProperty("bench.httpSeconds", "10"));
        Load ours = load(client, page, 2, seconds);
        Load baseline = load(client, myself, 2, seconds);
        double ratio = ours.perSecond / baseline.perSecond;
        return List.of(new Row(name(), ctx.db(), ctx.scale(), ours.stats, baseline.stats, ratio, "throughput (none)",
                null, String.format(Locale.ROOT, "%,.0f pages/s vs %,.0f /myself/s; %d errors", ours.perSecond,
                baseline.perSecond, ours.errors + baseline.errors)));
    }

    record Load(Measure.Stats stats, double perSecond, int errors) {
    }

    private static Load load(HttpClient client, IntFunction<URI> uri, double warmupSeconds, double seconds) throws Exception {
        run(client, uri, warmupSeconds, null);
        List<long[]> latencies = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        long t0 = System.nanoTime();
        run(client, uri, seconds, new Object[]{latencies, errors});
        double elapsed = (System.nanoTime() - t0) / 1e9;
        int total = latencies.stream().mapToInt(a -> (int) a[0]).sum();
        long[] all = new long[total];
        int k = 0;
        for (long[] a : latencies) {
            System.arraycopy(a, 1, all, k, (int) a[0]);
            k += (int) a[0];
        }
        return new Load(Measure.ofNanos(all), total / elapsed, errors.get());
    }

    /** CLIENTS closed-loop clients for {@code seconds}; each records [count, latencies...]. */
    @SuppressWarnings("unchecked")
    private static void run(HttpClient client, IntFunction<URI> uri, double seconds, Object[] sinks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long end = System.nanoTime() + (long) (seconds * 1e9);
        List<Future<long[]>> futures = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        for (int c = 0; c < CLIENTS; c++) {
            int clientNo = c;
            futures.add(pool.submit(() -> {
                long[] rec = new long[1 << 16];
                int n = 0;
                int i = clientNo;
                while (System.nanoTime() < end && n < rec.length - 1) {
                    long t = System.nanoTime();
                    HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(uri.apply(i)).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    long d = System.nanoTime() - t;
                    if (r.statusCode() != 200) {
                        errors.incrementAndGet();
                    }
                    rec[1 + n++] = d;
                    i += CLIENTS;
                }
                rec[0] = n;
                return rec;
            }));
        }
        for (Future<long[]> f : futures) {
            long[] rec = f.get();
            if (sinks != null) {
                ((List<long[]>) sinks[0]).add(rec);
            }
        }
        pool.shutdown();
        if (sinks != null) {
            ((AtomicInteger) sinks[1]).addAndGet(errors.get());
        }
    }
}
