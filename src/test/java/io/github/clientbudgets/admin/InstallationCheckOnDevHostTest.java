package io.github.clientbudgets.admin;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.budget.BudgetEntity;
import io.github.clientbudgets.common.AoSql;
import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.TestHosts;
import net.java.ao.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The installation check inside the dev host: the server-side checks, the REST probes against the REST classes as
 * Jersey builds them, and a customer's admission, answered over real HTTP; and that the cache check fails on a
 * stale cache.
 */
class InstallationCheckOnDevHostTest {
    private static final String CHECK = "/rest/client-budgets/1.0/admin/installation-check";
    private static DevHost host;

    @BeforeAll
    static void start() {
        host = TestHosts.start();
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void everyRestProbeGetsTheAnswerItExpectsFromAClassJerseyBuilt() {
        String admin = TestHosts.loginWithWebSudo(host, "admin");
        List<String> wrong = new ArrayList<>();
        for (RestProbe probe : RestProbe.ALL) {
            HttpRequest.Builder r = TestHosts.request(host, "/rest/client-budgets/1.0" + probe.path()).header("Cookie", admin)
                    .header("Accept", "application/json");
            if (probe.body() != null) {
                r.header("Content-Type", "application/json").method(probe.method(), HttpRequest.BodyPublishers.ofString(probe.body()));
            } else {
                r.method(probe.method(), HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> reply = TestHosts.send(r);
            boolean ok = reply.statusCode() == probe.expectedStatus()
                    && (probe.expectedStatus() != 404 || reply.body().contains("\"message\":\"Not found.\""));
            if (!ok) {
                wrong.add(probe.resource() + " " + probe.method() + " " + probe.path() + " → " + reply.statusCode() + " " + reply.body());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theServerChecksPassAndAreForAdminsOnly() {
        HttpResponse<String> checks = TestHosts.get(host, CHECK, "admin");
        assertEquals(200, checks.statusCode());
        for (String line : List.of("\"key\":\"tables\",\"outcome\":\"pass\"", "\"key\":\"raw-sql\",\"outcome\":\"pass\"",
                "\"key\":\"caches\",\"outcome\":\"pass\"", "\"key\":\"jsm\",\"outcome\":\"pass\"")) {
            assertTrue(checks.body().contains(line), line + " in " + checks.body());
        }
        assertEquals(403, TestHosts.get(host, CHECK, "pm").statusCode());
        assertEquals(403, TestHosts.get(host, CHECK + "/customer?username=client", "client").statusCode());
        assertEquals(401, TestHosts.get(host, CHECK, null).statusCode());
        assertEquals(401, TestHosts.getWithSession(host, CHECK, TestHosts.login(host, "admin")).statusCode(),
                "a browser session needs WebSudo");
    }

    @Test
    void theAdminPageShowsTheChecks() {
        String html = TestHosts.getWithSession(host, "/plugins/servlet/client-budgets/admin",
                TestHosts.loginWithWebSudo(host, "admin")).body();
        assertTrue(html.contains("data-check=\"raw-sql\" data-outcome=\"pass\""), html);
        assertTrue(html.contains("data-resource=\"BudgetResource\""), html);
        assertTrue(html.contains("id=\"cb-check-customer\""), html);
    }

    @Test
    void aStaleCachedBudgetFailsTheCacheCheck() {
        ActiveObjects ao = host.components().get(ActiveObjects.class);
        assertTrue(TestHosts.get(host, CHECK, "admin").body().contains("\"key\":\"caches\",\"outcome\":\"pass\""));
        BudgetEntity budget = ao.find(BudgetEntity.class, Query.select().where(BudgetEntity.NAME + " = ?", "Internal tooling"))[0];
        AoSql sql = AoSql.of(budget);
        // a change the cache never hears of: as a node whose cache removals are not replicated would see it
        sql.update("UPDATE " + sql.table(BudgetEntity.class) + " SET " + sql.col(BudgetEntity.NAME) + " = ? WHERE "
                + sql.col("ID") + " = ?", List.of("Internal tooling (changed elsewhere)", budget.getID()));
        try {
            String body = TestHosts.get(host, CHECK, "admin").body();
            assertTrue(body.contains("\"key\":\"caches\",\"outcome\":\"fail\",") && body.contains("stale budgets [" + budget.getID() + "]"), body);
        } finally {
            sql.update("UPDATE " + sql.table(BudgetEntity.class) + " SET " + sql.col(BudgetEntity.NAME) + " = ? WHERE "
                    + sql.col("ID") + " = ?", List.of("Internal tooling", budget.getID()));
        }
    }

    @Test
    void aCustomerWithAGrantGetsInAndOthersAreToldWhyNot() {
        String client = TestHosts.get(host, CHECK + "/customer?username=client", "admin").body();
        assertTrue(client.contains("\"found\":true,\"active\":true,\"licensed\":false,\"portalPageAdmits\":true,"
                + "\"portalRestAdmits\":true"), client);
        assertTrue(client.contains("\"name\":\"Website relaunch\"") && client.contains("\"admitted\":true"), client);
        assertFalse(client.contains("Internal tooling"), "client access is off there: " + client);
        String dev = TestHosts.get(host, CHECK + "/customer?username=dev", "admin").body();
        assertTrue(dev.contains("\"licensed\":true") && dev.contains("\"budgets\":[]") && dev.contains("\"admitted\":false"), dev);
        String nobody = TestHosts.get(host, CHECK + "/customer?username=nobody", "admin").body();
        assertTrue(nobody.contains("\"found\":false") && nobody.contains("\"admitted\":false"), nobody);
        HttpResponse<String> blank = TestHosts.get(host, CHECK + "/customer?username=%20", "admin");
        assertEquals(400, blank.statusCode());
        assertTrue(blank.body().contains("\"username\""), blank.body());
    }
}
