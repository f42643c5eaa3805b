package io.github.clientbudgets.bench;

import io.github.clientbudgets.budget.BudgetEntity;
import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.db.DatabaseSpec;
import io.github.clientbudgets.timeentry.ResyncJob;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark suite: {@code mvn -o -B -Pbench verify -Dbench.scales=10000,100000 -Dbench.db=h2,postgres}
 * (docs/performance.md). For each database and scale it prepares (or reuses) the data, starts the dev host with the
 * real plugin on it, runs the scenarios and prints one table. Settings (system properties): {@code bench.scales},
 * {@code bench.db}, {@code bench.scenarios} (ids, default all), {@code bench.warmup}, {@code bench.runs},
 * {@code bench.dir} (default target/bench), {@code bench.pgPort} (default 54339).
 */
public final class BenchMain {
    /** Every scenario, in table order; a new one is a class added here. */
    static final List<Scenario> SCENARIOS = List.of(new SummaryScenario(), new TimeTabScenario(), new BulkApproveScenario(), new WorklogEventScenario(),
            new ResyncScenario(), new NaiveScenario(), new PortalHttpScenario(), new RetainerPeriodsScenario(), new Diagnose(),
            new ExplainPortal());

    public static void main(String[] args) throws Exception {
        List<Long> scales = Arrays.stream(System.getProperty("bench.scales", "10000,100000").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).map(Long::parseLong).toList();
        List<String> dbs = Arrays.stream(System.getProperty("bench.db", "h2,postgres").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        String wanted = System.getProperty("bench.scenarios", "");
        List<Scenario> scenarios = SCENARIOS.stream().filter(s -> (wanted.isBlank() && !s.id().startsWith("diag"))
                || Arrays.asList(wanted.split(",")).contains(s.id())).toList();
        int warmup = Integer.getInteger("bench.warmup", 20);
        int runs = Integer.getInteger("bench.runs", 100);
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench"));
        Runtime rt = Runtime.getRuntime();
        System.out.printf("%nClient Budgets benchmarks: scales %s, databases %s, scenarios %s, warm-up %d, runs %d%n",
                scales, dbs, scenarios.stream().map(Scenario::id).toList(), warmup, runs);
        System.out.printf("  JVM %s, %d CPUs, max heap %d MiB%n", System.getProperty("java.version"),
                rt.availableProcessors(), rt.maxMemory() >> 20);

        List<Scenario.Row> rows = new ArrayList<>();
        try (BenchDatabases databases = new BenchDatabases(dir, Integer.getInteger("bench.pgPort", 54339))) {
            for (String db : dbs) {
                for (long scale : scales) {
                    BenchData.Shape shape = BenchData.Shape.of(scale);
                    DevHost started;
                    DatabaseSpec spec;
                    try {
                        spec = databases.prepare(db, shape);
                        started = DevHost.start(BenchDatabases.options(spec, "bench"));
                    } catch (Exception e) {
                        System.out.println("  " + db + " " + scale + ": the database or the host did not start: " + e);
                        rows.add(new Scenario.Row("(database / host)", db, scale, null, null, Double.NaN, "", false,
                                "did not start: " + e.getMessage()));
                        continue;
                    }
                    try (DevHost host = started) {
                        // the plugin's nightly resync must not run in the middle of a measurement
                        host.plugin().springContext().getBean(ResyncJob.class).unregister();
                        BenchContext context = new BenchContext(host, db, spec, shape, sampleBudgets(host, spec),
                                warmup, runs);
                        for (Scenario scenario : scenarios) {
                            System.out.printf("  %s %,d: %s ...%n", db, scale, scenario.name());
                            try {
                                List<Scenario.Row> result = scenario.run(context);
                                result.forEach(r -> System.out.println("    " + line(r)));
                                rows.addAll(result);
                            } catch (Exception e) {
                                System.out.println("    FAILED: " + e);
                                e.printStackTrace(System.out);
                                rows.add(new Scenario.Row(scenario.name(), db, scale, null, null, Double.NaN, "", false,
                                        "failed: " + e));
                            }
                        }
                    }
                }
            }
        }
        String table = table(rows);
        System.out.println();
        System.out.println(table);
        Files.createDirectories(dir);
        Path report = dir.resolve("results-" + Instant.now().toString().replace(':', '-') + ".txt");
        Files.writeString(report, table, StandardCharsets.UTF_8);
        System.out.println("  written to " + report);
    }

    /** 20 budgets spread over the data (scenarios cycle through them, so no single budget's rows stay hot). */
    private static List<Long> sampleBudgets(DevHost host, DatabaseSpec spec) throws Exception {
        AoNames names = new AoNames(host.components().get(com.atlassian.activeobjects.external.ActiveObjects.class));
        List<Long> all = new ArrayList<>();
        try (Connection c = spec.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + names.col("ID") + " FROM " + names.table(BudgetEntity.class)
                     + " ORDER BY " + names.col("ID"))) {
            while (rs.next()) {
                all.add(rs.getLong(1));
            }
        }
        List<Long> sample = new ArrayList<>();
        int n = Math.min(20, all.size());
        // every second generated budget requires approval: an even step would pick one kind only, so it is shifted
        // by one for every other sample
        boolean evenStep = (all.size() / Math.max(1, n)) % 2 == 0 && all.size() % Math.max(1, n) == 0;
        for (int i = 0; i < n; i++) {
            long position = (long) i * all.size() / n + (evenStep ? i % 2 : 0);
            sample.add(all.get((int) Math.min(all.size() - 1, position)));
        }
        return sample;
    }

    private static String line(Scenario.Row r) {
        return String.format(Locale.ROOT, "median %s ms, p99 %s ms, baseline median %s ms, ratio %s, target %s: %s %s",
                ms(r.ours() == null ? Double.NaN : r.ours().medianMs()), ms(r.ours() == null ? Double.NaN : r.ours().p99Ms()),
                ms(r.baseline() == null ? Double.NaN : r.baseline().medianMs()), num(r.ratio()), r.target(),
                verdict(r.pass()), r.note());
    }

    static String table(List<Scenario.Row> rows) {
        StringBuilder sb = new StringBuilder();
        String format = "| %-34s | %-8s | %9s | %10s | %10s | %13s | %8s | %-16s | %-4s | %s%n";
        sb.append(String.format(Locale.ROOT, format, "scenario", "db", "scale", "median ms", "p99 ms", "base median ms",
                "ratio", "target", "ok", "note"));
        sb.append(String.format(Locale.ROOT, format, "-".repeat(34), "-".repeat(8), "-".repeat(9), "-".repeat(10),
                "-".repeat(10), "-".repeat(13), "-".repeat(8), "-".repeat(16), "-".repeat(4), "---"));
        for (Scenario.Row r : rows) {
            sb.append(String.format(Locale.ROOT, format, r.scenario(), r.db(), String.format(Locale.ROOT, "%,d", r.scale()),
                    ms(r.ours() == null ? Double.NaN : r.ours().medianMs()), ms(r.ours() == null ? Double.NaN : r.ours().p99Ms()),
                    ms(r.baseline() == null ? Double.NaN : r.baseline().medianMs()), num(r.ratio()), r.target(),
                    verdict(r.pass()), r.note()));
        }
        return sb.toString();
    }

    private static String verdict(Boolean pass) {
        return pass == null ? "-" : pass ? "pass" : "MISS";
    }

    static String ms(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.3f", v);
    }

    static String num(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }

    static PrintStream out() {
        return System.out;
    }
}
