package io.github.clientbudgets.web;

import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.TestHosts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages over HTTP on the demo host show figures in the reader's Jira language: {@code dev2} chose German, so the
 * team's budget page shows him German digits and dates; a portal customer gets his profile's language too, and
 * whoever chose none the instance's default (English). The REST JSON stays the same for everyone.
 */
class ReadersFormatsOnDevHostTest {
    private static final String NBSP = "\u00a0";
    private static final String REST = "/rest/client-budgets/1.0";
    private static DevHost host;
    private static long website;

    @BeforeAll
    static void start() {
        host = TestHosts.start();
        HttpResponse<String> list = TestHosts.send(TestHosts.request(host, REST + "/budgets?projectKey=ACME")
                .header("Accept", "application/json").header("Authorization", TestHosts.credentials("pm")).GET());
        Matcher m = Pattern.compile("\\{\"id\":(\\d+),[^}]*?\"name\":\"Website relaunch\"").matcher(list.body());
        assertTrue(m.find(), list.body());
        website = Long.parseLong(m.group(1));
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    private static String page(String user, String path) {
        HttpResponse<String> response = TestHosts.getWithSession(host, path, TestHosts.login(host, user));
        assertEquals(200, response.statusCode(), path + " as " + user);
        return response.body();
    }

    private static String total(String html, String id) {
        Matcher m = Pattern.compile("<(?:td|dd) id=\"" + id + "\">([^<]*)<").matcher(html);
        assertTrue(m.find(), id + " in " + html);
        return m.group(1).strip();
    }

    @Test
    void aGermanTeamMemberSeesGermanDigitsAndDatesOnTheBudgetPage() {
        String path = "/plugins/servlet/client-budgets/budget/" + website;
        String german = page("dev2", path);
        assertTrue(german.contains("<td>60.000,00" + NBSP + "€</td>"), "the budget's total, in German");
        assertTrue(german.contains("<p>01/Sept./26 &ndash;"),
                "the start day in Jira's date format, German month: " + between(german, "cb-owner", "</aside>"));
        assertTrue(total(german, "cb-used-hours").matches("[0-9.]+,[0-9]{2}"), total(german, "cb-used-hours"));
        String english = page("dev", path);
        assertTrue(english.contains("<td>€60,000.00</td>"), "dev chose no language: the instance's default");
        assertTrue(english.contains("<p>01/Sep/26 &ndash;"), between(english, "cb-owner", "</aside>"));
        assertTrue(total(english, "cb-used-hours").matches("[0-9,]+\\.[0-9]{2}"), total(english, "cb-used-hours"));
        assertEquals(Double.parseDouble(total(english, "cb-used-hours").replace(",", "")),
                Double.parseDouble(total(german, "cb-used-hours").replace(".", "").replace(',', '.')),
                "the same figure in both");
    }

    @Test
    void aPortalCustomerSeesHisProfilesLanguage() {
        String path = "/plugins/servlet/client-budgets/portal/budget/" + website;
        assertEquals("€60,000.00 (600.00 h)", total(page("client", path), "cb-portal-total"),
                "no language chosen: the instance's default");
        host.store().setUserLocale("client", Locale.GERMANY);
        try {
            String services = page("client", path);
            assertEquals("60.000,00" + NBSP + "€ (600,00 h)", total(services, "cb-portal-total"));
            String caption = between(services, "<figcaption>", "</figcaption>");
            assertTrue(caption.contains("01/Sept./26"), "the chart's first day in Jira's format, German month: " + caption);
            assertTrue(caption.contains("600,00"), "the chart's total hours in German digits: " + caption);
            String time = page("client", path + "?tab=time&from=2026-09-01&to=2026-09-30");
            Matcher day = Pattern.compile("<time datetime=\"2026-09-(\\d\\d)\">([^<]*)</time>").matcher(time);
            assertTrue(day.find(), "a day of September on the Time tab");
            assertEquals(day.group(1) + "/Sept./26", day.group(2), "German month, the machine date alongside");
            String json = TestHosts.send(TestHosts.request(host, REST + "/portal/budgets/" + website)
                    .header("Accept", "application/json").header("Authorization", TestHosts.credentials("client"))
                    .GET()).body();
            assertTrue(json.contains("\"totalAmount\":\"60000.00\""), "REST keeps plain decimals: " + json);
        } finally {
            host.store().setUserLocale("client", null);
        }
    }

    private static String between(String html, String from, String to) {
        int i = html.indexOf(from);
        int j = i < 0 ? -1 : html.indexOf(to, i);
        return i < 0 || j < 0 ? html : html.substring(i, j);
    }
}
