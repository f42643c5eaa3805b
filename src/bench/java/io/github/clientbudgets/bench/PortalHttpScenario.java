package io.github.clientbudgets.bench;

import io.github.clientbudgets.access.ClientGrantEntity;
import io.github.clientbudgets.access.ClientGrantService;
import io.github.clientbudgets.audit.AuditEntity;
import io.github.clientbudgets.budget.Budget;
import io.github.clientbudgets.budget.BudgetService;
import io.github.clientbudgets.budget.BudgetStore;
import io.github.clientbudgets.devhost.jira.JiraStore;
import io.github.clientbudgets.permission.Permissions;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * 7. The client portal's budget page over HTTP with 16 concurrent clients (a Java load client on java.net.http;
 * closed loop: each client sends its next request when the last one answered): throughput and p99. The page is
 * {@code /plugins/servlet/client-budgets/portal/budget/{id}} ({@link #PAGE}; default tab, Services: header with the
 * client-safe summary, burn-up chart, services) over the 20 sample budgets in turn, requested by a <b>client</b>: a
 * portal-only JSM customer ({@link #CLIENT}, no application role, unlicensed) logged in with a session cookie.
 * <p>
 * Set up at the start, untimed, as a PM would through the plugin's services: the customer account (the host's user
 * directory, as JSM would create it), {@code pm} switches Client Access on where a sample budget has it off (the
 * generated budgets all have it on) and grants the customer on each sample budget's project
 * ({@link ClientGrantService}). Undone at the end (also when measuring fails): the grants revoked, Client Access
 * switched back where it was switched, the audit rows all this wrote deleted and the customer removed, so the cached
 * data stays as generated. A customer or grants left by an interrupted earlier run are reused and removed too.
 * <p>
 * Every response is checked: status 200 and the portal page of the budget asked for (the portal's title element,
 * its own tab link {@code .../portal/budget/{id}?tab=time}, and no preview banner); anything else counts as an
 * error. Baseline: the same clients, same customer session, on the host's smallest authenticated request
 * ({@code /rest/api/2/myself}), the HTTP stack's own limit. Ratio = our throughput / baseline throughput; no target
 * in the issue.
 */
public final class PortalHttpScenario implements Scenario {
    static final String PAGE = "/plugins/servlet/client-budgets/portal/budget/";
    static final String CLIENT = "benchclient";
    static final int CLIENTS = 16;

    @Override
    public String id() {
        return "7";
    }

    @Override
    public String name() {
        return "7 portal page HTTP x16 (client)";
    }

    @Override
    public List<Row> run(BenchContext ctx) throws Exception {
        Setup setup = new Setup(ctx);
        try {
            setup.apply();
            return measure(ctx);
        } finally {
            setup.undo();
        }
    }

    private List<Row> measure(BenchContext ctx) throws Exception {
        String base = ctx.host().baseUrl();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/login.jsp"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("os_username=" + CLIENT + "&os_password=" + CLIENT
                        + "&os_destination=" + URLEncoder.encode("/plugins/servlet/client-budgets/portal",
                        StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 302 && login.statusCode() != 303) {
            throw new IllegalStateException("login as " + CLIENT + " failed: " + login.statusCode());
        }
        Target page = new Target(i -> URI.create(base + PAGE + ctx.budget(i)),
                (i, body) -> isPortalPage(body, ctx.budget(i)));
        Target myself = new Target(i -> URI.create(base + "/rest/api/2/myself"),
                (i, body) -> body.contains("\"" + CLIENT + "\""));
        for (int i = 0; i < ctx.sampleBudgetIds().size(); i++) {
            HttpResponse<String> first = client.send(HttpRequest.newBuilder(page.uri().apply(i)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (first.statusCode() != 200 || !page.ok().test(i, first.body())) {
                throw new IllegalStateException("portal page of budget " + ctx.budget(i) + " answered "
                        + first.statusCode() + (first.statusCode() == 200 ? " but is not that budget's portal page" : ""));
            }
        }
        double seconds = Double.parseDouble(System.getProperty("bench.httpSeconds", "10"));
        Load ours = load(client, page, 2, seconds);
        Load baseline = load(client, myself, 2, seconds);
        double ratio = ours.perSecond / baseline.perSecond;
        return List.of(new Row(name(), ctx.db(), ctx.scale(), ours.stats, baseline.stats, ratio, "throughput (none)",
                null, String.format(Locale.ROOT, "%,.0f pages/s vs %,.0f /myself/s; %d page errors, %d baseline errors"
                        + " (status 200 and the budget's portal page checked)", ours.perSecond, baseline.perSecond,
                ours.errors, baseline.errors)));
    }

    record Load(Measure.Stats stats, double perSecond, int errors) {
    }

    /** What the clients request (by iteration) and what proves an answer right (status 200 besides). */
    record Target(IntFunction<URI> uri, BodyCheck ok) {
    }

    interface BodyCheck {
        boolean test(int iteration, String body);
    }

    /** The client portal's page of that budget, as a client sees it: not a preview, not another page. */
    static boolean isPortalPage(String body, long budgetId) {
        return body.contains("id=\"cb-portal-title\"")
                && body.contains("/plugins/servlet/client-budgets/portal/budget/" + budgetId + "?tab=time\"")
                && !body.contains("cb-preview-banner");
    }

    private static Load load(HttpClient client, Target target, double warmupSeconds, double seconds) throws Exception {
        run(client, target, warmupSeconds, null);
        List<long[]> latencies = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        long t0 = System.nanoTime();
        run(client, target, seconds, new Object[]{latencies, errors});
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
    private static void run(HttpClient client, Target target, double seconds, Object[] sinks) throws Exception {
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
                    HttpResponse<String> r;
                    try {
                        r = client.send(HttpRequest.newBuilder(target.uri().apply(i)).build(),
                                HttpResponse.BodyHandlers.ofString());
                    } catch (java.io.IOException e) {
                        r = null; // connection refused or reset: an error, timed like any answer
                    }
                    long d = System.nanoTime() - t;
                    if (r == null || r.statusCode() != 200 || !target.ok().test(i, r.body())) {
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

    /**
     * The portal's preconditions for {@link #CLIENT}, made as a PM would make them and undone afterwards: the customer
     * account, Client Access on, a client grant on each sample budget's project.
     */
    static final class Setup {
        private final BenchContext ctx;
        private final List<Long> grantIds = new ArrayList<>();
        private final List<Long> switchedOn = new ArrayList<>();
        private long auditBefore;

        Setup(BenchContext ctx) {
            this.ctx = ctx;
        }

        void apply() throws SQLException {
            auditBefore = maxAuditId();
            JiraStore users = ctx.host().store();
            if (users.userByName(CLIENT).isEmpty()) {
                // a portal-only JSM customer: no application role (unlicensed), password = user name
                users.createUser(CLIENT, "Bench Customer", CLIENT + "@client.example", CLIENT, null);
            }
            BudgetStore budgets = ctx.bean(BudgetStore.class);
            BudgetService budgetService = ctx.bean(BudgetService.class);
            Permissions permissions = ctx.bean(Permissions.class);
            ClientGrantService grants = ctx.bean(ClientGrantService.class);
            Set<String> projects = new LinkedHashSet<>();
            for (long id : ctx.sampleBudgetIds()) {
                Budget b = budgets.budget(id).orElseThrow(() -> new IllegalStateException("no budget " + id));
                if (!b.clientAccess()) {
                    budgetService.setClientAccess("pm", id, true);
                    switchedOn.add(id);
                }
                projects.add(permissions.projectById(b.projectId()).orElseThrow().key());
            }
            for (String project : projects) {
                // an existing grant (left by an interrupted run) is returned as is, and revoked at the end all the same
                grantIds.add(grants.grant("pm", project, CLIENT, null).id());
            }
        }

        void undo() throws SQLException {
            ClientGrantService grants = ctx.bean(ClientGrantService.class);
            for (long id : grantIds) {
                grants.revoke("pm", id);
            }
            BudgetService budgetService = ctx.bean(BudgetService.class);
            for (long id : switchedOn) {
                budgetService.setClientAccess("pm", id, false);
            }
            AoNames n = ctx.names();
            try (Connection c = ctx.connect()) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + n.table(AuditEntity.class)
                        + " WHERE " + n.col("ID") + " > ?")) {
                    ps.setLong(1, auditBefore);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM cwd_user WHERE user_key = ?")) {
                    ps.setString(1, CLIENT);
                    ps.executeUpdate();
                }
                ctx.host().store().forgetUsers();
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + n.table(ClientGrantEntity.class)
                        + " WHERE " + n.col(ClientGrantEntity.USER_KEY) + " = ?")) {
                    ps.setString(1, CLIENT);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) != 0 || maxAuditId() != auditBefore) {
                            throw new IllegalStateException("the portal set-up was not undone completely");
                        }
                    }
                }
            }
        }

        private long maxAuditId() throws SQLException {
            AoNames n = ctx.names();
            try (Connection c = ctx.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(" + n.col("ID") + "), 0) FROM "
                         + n.table(AuditEntity.class))) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
