package io.github.clientbudgets.bench;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.DevHostOptions;
import io.github.clientbudgets.devhost.db.DatabaseSpec;
import io.github.clientbudgets.devhost.db.Db;
import io.github.clientbudgets.devhost.db.EmbeddedPostgresServer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The benchmark databases, generated once and cached on disk under {@code target/bench}, keyed by database and
 * scale: H2 files in {@code h2-<scale>/}, PostgreSQL databases {@code bench_<scale>} of one embedded server whose
 * data lives in {@code pg/}. A table {@code bench_marker} says a generation finished; a half-made one is redone.
 */
public final class BenchDatabases implements AutoCloseable {
    private final Path dir;
    private final int pgPort;
    private EmbeddedPostgresServer postgres;
    private final java.util.Set<DatabaseSpec> h2Open = new java.util.LinkedHashSet<>();

    public BenchDatabases(Path dir, int pgPort) {
        this.dir = dir.toAbsolutePath().normalize();
        this.pgPort = pgPort;
    }

    public DatabaseSpec prepare(String db, BenchData.Shape shape) throws Exception {
        DatabaseSpec spec;
        if (db.equals("h2")) {
            Path h2 = dir.resolve("h2-" + shape.entries());
            spec = new DatabaseSpec("jdbc:h2:file:" + h2.resolve("jira") + ";DB_CLOSE_DELAY=-1", "sa", "");
            h2Open.add(spec);
            if (Files.exists(h2.resolve("jira.mv.db"))) {
                if (finished(spec)) {
                    return spec;
                }
                shutdown(spec); // a half-made one: close it before its files go
            }
            deleteTree(h2);
            Files.createDirectories(h2);
        } else if (db.equals("postgres")) {
            String name = "bench_" + shape.entries();
            spec = postgres().database(name);
            if (finished(spec)) {
                return spec;
            }
            postgres().dropDatabase(name);
            postgres().createDatabaseNamed(name, false);
        } else {
            throw new IllegalArgumentException("bench.db: h2 or postgres, not " + db);
        }
        System.out.printf("  generating %s data for %,d time entries (%s) ...%n", db, shape.entries(), shape);
        try (DevHost host = DevHost.start(options(spec, "bench-generate"))) {
            new BenchData(host.store(), new AoNames(host.components().get(ActiveObjects.class)), System.out).generate(shape);
            new Db(spec).execute("CREATE TABLE bench_marker (scale BIGINT NOT NULL, finished TIMESTAMP NOT NULL)");
            new Db(spec).update("INSERT INTO bench_marker (scale, finished) VALUES (?, ?)", shape.entries(), Instant.now());
        }
        if (!spec.isPostgres()) {
            shutdown(spec); // written out and closed cleanly before anyone opens it again
        }
        return spec;
    }

    static DevHostOptions options(DatabaseSpec spec, String node) {
        DevHostOptions options = new DevHostOptions();
        options.dbUrl = spec.jdbcUrl();
        options.dbUser = spec.username();
        options.dbPassword = spec.password();
        options.port = 0;
        options.demoData = false;
        options.quiet = true;
        options.nodeId = node;
        return options;
    }

    private static boolean finished(DatabaseSpec spec) {
        try (Connection c = spec.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM bench_marker")) {
            return rs.next() && rs.getLong(1) > 0;
        } catch (Exception e) {
            return false;
        }
    }

    private EmbeddedPostgresServer postgres() throws IOException {
        if (postgres == null) {
            Path pg = dir.resolve("pg");
            Files.createDirectories(pg);
            postgres = EmbeddedPostgresServer.start(pg, pgPort);
        }
        return postgres;
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** H2 keeps an in-process database open (DB_CLOSE_DELAY=-1) until told: write it out and close it. */
    private static void shutdown(DatabaseSpec spec) {
        try (Connection c = spec.connect(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (Exception e) {
            // not open
        }
    }

    @Override
    public void close() {
        h2Open.forEach(BenchDatabases::shutdown);
        if (postgres != null) {
            postgres.close();
        }
    }
}
