package io.github.clientbudgets.devhost;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.admin.HealthCheck;
import io.github.clientbudgets.devhost.db.DatabaseSpec;
import io.github.clientbudgets.devhost.db.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole host on a real PostgreSQL (--db-url): Jira tables, demo data, the plugin's AO tables, REST. */
class DevHostPostgresTest {

    @Test
    void runsOnPostgres() {
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start()) {
            DatabaseSpec db = postgres.createDatabase("devhost");
            DevHostOptions options = TestHosts.options();
            options.inMemory = false;
            options.dbUrl = db.jdbcUrl();
            options.dbUser = db.username();
            options.dbPassword = db.password();
            try (DevHost host = DevHost.start(options)) {
                assertTrue(host.store().db().queryLong("SELECT COUNT(*) FROM worklog") > 100);
                assertTrue(host.plugin().springContext().getBean(HealthCheck.class).run().isDatabaseReachable(),
                        "the plugin's AO tables answer on PostgreSQL");
                assertTrue(host.components().get(ActiveObjects.class) != null);
                HttpResponse<String> r = TestHosts.send(TestHosts.request(host, "/rest/api/2/issue/GLOBEX-1/worklog")
                        .header("Authorization", TestHosts.basic("dev")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"timeSpent\":\"2h\",\"comment\":\"pg\"}")));
                assertEquals(201, r.statusCode(), r.body());
            }
            options.reset = true;
            try (DevHost host = DevHost.start(options)) {
                assertEquals(0, host.store().db().queryLong("SELECT COUNT(*) FROM worklog WHERE worklogbody = 'pg'"),
                        "--reset with --db-url starts from an empty schema");
            }
        }
    }
}
