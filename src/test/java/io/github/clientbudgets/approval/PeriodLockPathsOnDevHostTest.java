package io.github.clientbudgets.approval;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.github.clientbudgets.budget.BudgetEntity;
import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.TestHosts;
import net.java.ao.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Month paths of the locks: {@code YYYY-MM} from 1900 only; anything else is a 400 naming "month" and locks nothing. */
class PeriodLockPathsOnDevHostTest {
    private static DevHost host;
    private static long website;

    @BeforeAll
    static void start() {
        host = TestHosts.start();
        website = host.components().get(ActiveObjects.class).find(BudgetEntity.class,
                Query.select().where(BudgetEntity.NAME + " = ?", "Website relaunch"))[0].getID();
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0001-01", "+999999999-12", "2026-13", "2026-00", "2026-1", "26-01", "0000-01", "1899-12",
            "20260-01", "2026-01-01", "2026_01", " 2026-01", "２０２６-01", "2026-0１"})
    void aMonthThatIsNotYyyyMmIsRefused(String month) {
        HttpResponse<String> r = put(URLEncoder.encode(month, StandardCharsets.UTF_8).replace("+", "%2B"));
        assertEquals(400, r.statusCode(), month + ": " + r.body());
        assertTrue(r.body().contains("\"month\""), r.body());
        assertEquals("[]", get().body(), "nothing locked");
    }

    @Test
    void aRealMonthLocksAndUnlocks() {
        assertEquals(204, put("2026-10").statusCode());
        assertEquals("[\"2026-10\"]", get().body());
        assertEquals(204, TestHosts.send(TestHosts.request(host, "/rest/client-budgets/1.0/budgets/" + website + "/locks/2026-10")
                .header("Authorization", TestHosts.basic("pm")).header("X-Atlassian-Token", "no-check").DELETE()).statusCode());
        assertEquals("[]", get().body());
    }

    private static HttpResponse<String> put(String month) {
        return TestHosts.send(TestHosts.request(host, "/rest/client-budgets/1.0/budgets/" + website + "/locks/" + month)
                .header("Authorization", TestHosts.basic("pm")).header("X-Atlassian-Token", "no-check")
                .PUT(HttpRequest.BodyPublishers.noBody()));
    }

    private static HttpResponse<String> get() {
        return TestHosts.get(host, "/rest/client-budgets/1.0/budgets/" + website + "/locks", "pm");
    }
}
