package io.github.clientbudgets.rest;

import io.github.clientbudgets.devhost.DevHostOptions;
import io.github.clientbudgets.devhost.TestHosts;
import io.github.clientbudgets.devhost.db.DatabaseSpec;
import io.github.clientbudgets.devhost.db.EmbeddedPostgresServer;
import org.junit.jupiter.api.BeforeAll;

/**
 * The same tables on PostgreSQL, where the reported 500s came from: PostgreSQL refuses 0x00 in text and lone
 * surrogates in UTF-8, so a NUL that got past the rules failed the whole write there (H2 stores it).
 */
class HostileInputOnPostgresDevHostTest extends HostileInputOnDevHostTest {
    @BeforeAll
    static void start() throws Exception {
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start();
        database = postgres;
        DatabaseSpec db = postgres.createDatabase("hostile");
        DevHostOptions options = TestHosts.options();
        options.inMemory = false;
        options.dbUrl = db.jdbcUrl();
        options.dbUser = db.username();
        options.dbPassword = db.password();
        startOn(options);
    }
}
