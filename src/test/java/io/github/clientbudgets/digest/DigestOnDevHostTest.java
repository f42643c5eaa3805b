package io.github.clientbudgets.digest;

import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.config.JobId;
import io.github.clientbudgets.access.ClientRecipients;
import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.TestHosts;
import io.github.clientbudgets.devhost.platform.HostMailQueue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The client digest on the dev host with its demo data ("Website relaunch" monthly, client access on, approval
 * required; {@code client}, a portal-only customer, holds the ACME grant): the scheduled job mails the client the
 * last month's digest through Jira's mail queue with the period's CSV attached, byte for byte the file the client's
 * Time tab downloads for that month; repeated and concurrent runs mail it once; the recipient's language is his
 * profile's; and the mail's unsubscribe link works over real HTTP without a login, while a forged token is 404.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DigestOnDevHostTest {
    private static final JobId JOB = JobId.of("io.github.clientbudgets.digest.hourly");
    /** A day in the demo's third month: the digest then reports its second month, approved in the demo. */
    private static final LocalDate IN_NOVEMBER = TestHosts.DEMO_START.plusMonths(2).plusDays(4);
    private static final Pattern LINK = Pattern.compile("(https?://\\S+/plugins/servlet/client-budgets/unsubscribe\\?token=(\\S+))");
    private static DevHost host;
    private static long website;
    private static String clientAddress;

    @BeforeAll
    static void start() {
        host = TestHosts.start();
        String body = TestHosts.get(host, "/rest/client-budgets/1.0/budgets?projectKey=ACME", "pm").body();
        Matcher m = Pattern.compile("\\{\"id\":(\\d+),[^}]*?\"name\":\"Website relaunch\"").matcher(body);
        assertTrue(m.find(), body);
        website = Long.parseLong(m.group(1));
        clientAddress = host.store().userByKey("client").orElseThrow().getEmailAddress();
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @BeforeEach
    void nothingSentYet() {
        host.store().db().update("DELETE FROM \"AO_DF9F5C_DIGEST_SENT\"");
        mail().clear();
    }

    private static HostMailQueue mail() {
        return host.platform().mail();
    }

    private static DigestPeriod lastMonth() {
        return DigestPeriod.previous(DigestFrequency.MONTHLY, LocalDate.now());
    }

    private static List<HostMailQueue.SentMail> digests() {
        return mail().sentMails().stream().filter(m -> m.subject().contains("Website relaunch")).toList();
    }

    @Test
    @Order(1)
    void theDemoBudgetIsMonthlyAndTheOthersOff() {
        assertEquals("{\"frequency\":\"MONTHLY\"}", TestHosts.get(host, "/rest/client-budgets/1.0/budgets/" + website + "/digest", "pm").body());
    }

    /** The budget page's sidebar: the section for everyone who sees the budget, its select for its PMs only. */
    @Test
    @Order(1)
    void theBudgetPageShowsTheSettingChangeableByItsPmsOnly() {
        String path = "/plugins/servlet/client-budgets/budget/" + website;
        String asPm = TestHosts.getWithSession(host, path, TestHosts.login(host, "pm")).body();
        assertTrue(asPm.contains("id=\"cb-digest-form\" data-method=\"PUT\" data-url=\"/budgets/" + website + "/digest\""), asPm);
        assertTrue(asPm.contains("id=\"cb-digest-save\""));
        assertTrue(asPm.contains("client digest"), "the demo's change, in the budget's history");
        assertFalse(asPm.contains("id=\"cb-digest-frequency\" name=\"frequency\" disabled"));
        String asDev = TestHosts.getWithSession(host, path, TestHosts.login(host, "dev")).body();
        assertTrue(asDev.contains("id=\"cb-digest-frequency\" name=\"frequency\" disabled"), asDev);
        assertTrue(asDev.contains("id=\"cb-digest-read-only\"") && !asDev.contains("id=\"cb-digest-save\""));
    }

    @Test
    @Order(2)
    void theJobMailsTheClientLastMonthsFiguresWithTheCsvHisTimeTabDownloads() throws Exception {
        JobRunnerResponse run = host.platform().scheduler().runNow(JOB);
        assertEquals(null, run.getMessage(), "the run succeeded");
        assertTrue(host.platform().scheduler().lastOutcome(JOB).startsWith("SUCCESS"), host.platform().scheduler().lastOutcome(JOB));

        List<HostMailQueue.SentMail> sent = mail().sentMails();
        assertEquals(1, sent.size(), "one recipient (the ACME grant), one budget with a digest: " + sent);
        HostMailQueue.SentMail digest = sent.get(0);
        assertEquals(clientAddress, digest.to());
        assertEquals("text/plain", digest.mimeType());
        assertTrue(digest.subject().startsWith("Website relaunch: summary for "), digest.subject());
        assertTrue(digest.body().contains("Only approved time"), digest.body());
        assertTrue(digest.body().contains(host.baseUrl() + "/plugins/servlet/client-budgets/portal/budget/" + website), digest.body());
        assertTrue(LINK.matcher(digest.body()).find(), digest.body());

        assertEquals(1, digest.attachments().size());
        HostMailQueue.Attachment csv = digest.attachments().get(0);
        DigestPeriod period = lastMonth();
        assertEquals("budget-" + website + "-" + period.key() + ".csv", csv.fileName());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        // the very file the client downloads from his Time tab for those days
        String cookie = TestHosts.login(host, "client");
        HttpResponse<String> download = TestHosts.getWithSession(host, "/plugins/servlet/client-budgets/portal/budget/"
                + website + "/time.csv?from=" + period.from() + "&to=" + period.to(), cookie);
        assertEquals(200, download.statusCode());
        assertEquals(download.body(), csv.text());

    }

    /** In October (approved in the demo), parsed back: every approved entry of the month, adding up to the mail's hours. */
    @Test
    @Order(3)
    void theCsvParsesBackToThePeriodsApprovedEntries() throws Exception {
        assertEquals(1, sender().sendDue(IN_NOVEMBER, () -> false).mailed());
        HostMailQueue.SentMail digest = digests().get(0);
        DigestPeriod period = DigestPeriod.previous(DigestFrequency.MONTHLY, IN_NOVEMBER);
        assertEquals("2026-10", period.key());
        assertTrue(digest.subject().endsWith("October 2026"), digest.subject());
        String csv = digest.attachments().get(0).text();
        String cookie = TestHosts.login(host, "client");
        assertEquals(TestHosts.getWithSession(host, "/plugins/servlet/client-budgets/portal/budget/" + website
                + "/time.csv?from=2026-10-01&to=2026-10-31", cookie).body(), csv);
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertEquals("Date (YYYY-MM-DD)", rows.get(0).get(0), rows.get(0).toString());
        assertTrue(rows.size() > 1, "the demo has approved time in October");
        BigDecimal hours = BigDecimal.ZERO;
        for (CSVRecord row : rows.subList(1, rows.size())) {
            LocalDate day = LocalDate.parse(row.get(0));
            assertFalse(day.isBefore(period.from()) || day.isAfter(period.to()), row.toString());
            hours = hours.add(new BigDecimal(row.get(3)));
        }
        Matcher periodHours = Pattern.compile("Hours in this period: ([0-9,.]+)").matcher(digest.body());
        assertTrue(periodHours.find(), digest.body());
        assertEquals(0, hours.compareTo(new BigDecimal(periodHours.group(1).replace(",", ""))), hours + " vs " + periodHours.group(1));
    }

    @Test
    @Order(30)
    void repeatedRunsMailNothingTwice() {
        for (int i = 0; i < 3; i++) {
            host.platform().scheduler().runNow(JOB);
        }
        assertEquals(1, digests().size());
        assertEquals(1, host.store().db().queryLong("SELECT COUNT(*) FROM \"AO_DF9F5C_DIGEST_SENT\""));
    }

    /** Eight runs at once, all past the "sent already?" look: the unique row lets one of them mail. */
    @Test
    @Order(40)
    void concurrentRunsMailOnce() throws Exception {
        DigestSender sender = sender();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<DigestSender.Outcome>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> sender.sendDue(IN_NOVEMBER, () -> false)));
            }
            int mailed = 0;
            for (Future<DigestSender.Outcome> run : runs) {
                mailed += run.get().mailed();
            }
            assertEquals(1, mailed);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, digests().size());
    }

    @Test
    @Order(50)
    void theMailIsInTheRecipientsLanguage() throws Exception {
        host.store().setUserLocale("client", Locale.GERMAN);
        try {
            sender().sendDue(IN_NOVEMBER, () -> false);
            HostMailQueue.SentMail digest = digests().get(0);
            assertEquals("Website relaunch: Zusammenfassung f\u00fcr Oktober 2026", digest.subject());
            assertTrue(digest.body().contains("Stunden in diesem Zeitraum"), digest.body());
            DigestPeriod period = DigestPeriod.previous(DigestFrequency.MONTHLY, IN_NOVEMBER);
            String cookie = TestHosts.login(host, "client");
            String download = TestHosts.getWithSession(host, "/plugins/servlet/client-budgets/portal/budget/" + website
                    + "/time.csv?from=" + period.from() + "&to=" + period.to(), cookie).body();
            assertEquals(download, digest.attachments().get(0).text(), "the German CSV, as his Time tab gives it to him");
            assertFalse(download.startsWith("\"Date"), download.substring(0, 40));
        } finally {
            host.store().setUserLocale("client", null);
        }
    }

    /** Weekly: the last full ISO week, its own file name and subject; switched back to monthly after. */
    @Test
    @Order(55)
    void aWeeklyDigestReportsTheLastFullIsoWeek() {
        String digest = "/rest/client-budgets/1.0/budgets/" + website + "/digest";
        assertEquals(200, put(digest, "{\"frequency\":\"WEEKLY\"}").statusCode());
        try {
            assertEquals(1, sender().sendDue(IN_NOVEMBER, () -> false).mailed());
            HostMailQueue.SentMail weekly = digests().get(0);
            assertEquals("Website relaunch: summary for week 44 of 2026 (Oct 26, 2026 to Nov 1, 2026)", weekly.subject());
            assertEquals("budget-" + website + "-2026-W44.csv", weekly.attachments().get(0).fileName());
            String cookie = TestHosts.login(host, "client");
            assertEquals(TestHosts.getWithSession(host, "/plugins/servlet/client-budgets/portal/budget/" + website
                    + "/time.csv?from=2026-10-26&to=2026-11-01", cookie).body(), weekly.attachments().get(0).text());
        } finally {
            assertEquals(200, put(digest, "{\"frequency\":\"MONTHLY\"}").statusCode());
        }
    }

    private static HttpResponse<String> put(String path, String json) {
        return TestHosts.send(TestHosts.request(host, path).header("Authorization", TestHosts.credentials("pm"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    @Test
    @Order(60)
    void theUnsubscribeLinkWorksForThePortalOnlyCustomerWithoutALogin() throws Exception {
        sender().sendDue(IN_NOVEMBER, () -> false);
        Matcher link = LINK.matcher(digests().get(0).body());
        assertTrue(link.find());
        String path = link.group(1).substring(host.baseUrl().length());
        String token = java.net.URLDecoder.decode(link.group(2), StandardCharsets.UTF_8);

        HttpResponse<String> question = TestHosts.get(host, path, null);
        assertEquals(200, question.statusCode(), question.body());
        assertTrue(question.body().contains("id=\"cb-unsubscribe-form\"") && question.body().contains("Website relaunch"));
        assertEquals("no-referrer", question.headers().firstValue("Referrer-Policy").orElse(""));
        assertFalse(question.body().contains("aui-header"), "the customers' frame, never Jira's header");
        // the same page in the client's own session (a portal-only customer is admitted as well)
        assertEquals(200, TestHosts.getWithSession(host, path, TestHosts.login(host, "client")).statusCode());
        Matcher formToken = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"").matcher(question.body());
        assertTrue(formToken.find(), question.body());

        // without the form's token (another site posting the link's token): refused, nothing changes
        HttpResponse<String> forgedForm = post(token, "x");
        assertEquals(400, forgedForm.statusCode());
        assertTrue(recipients().stream().anyMatch(r -> r.userKey().equals("client")));

        HttpResponse<String> done = post(token, formToken.group(1));
        assertEquals(200, done.statusCode(), done.body());
        assertTrue(done.body().contains("id=\"cb-unsubscribe-done\""), done.body());
        assertTrue(recipients().isEmpty(), "client no longer receives this budget's mails");
        HttpResponse<String> again = post(token, formToken.group(1));
        assertTrue(again.body().contains("id=\"cb-unsubscribe-already\""), again.body());

        // the next period's run (the ledger emptied) mails nobody
        nothingSentYet();
        sender().sendDue(IN_NOVEMBER, () -> false);
        host.platform().scheduler().runNow(JOB);
        assertEquals(List.of(), digests());
    }

    @Test
    @Order(70)
    void aForgedOrChangedTokenIs404() {
        String real = host.plugin().springContext().getBean(io.github.clientbudgets.access.UnsubscribeTokens.class)
                .sign("client", website);
        String[] parts = real.split("\\.");
        List<String> forged = List.of(parts[0] + "." + (website + 1) + "." + parts[2], // another budget
                "b3RoZXI." + parts[1] + "." + parts[2], // another user ("other")
                parts[0] + "." + parts[1] + ".AAAA", "nonsense", "");
        for (String token : forged) {
            String path = "/plugins/servlet/client-budgets/unsubscribe?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
            assertEquals(404, TestHosts.get(host, path, null).statusCode(), token);
            assertEquals(404, post(token, "x").statusCode(), token);
        }
        assertEquals(404, TestHosts.get(host, "/plugins/servlet/client-budgets/unsubscribe", null).statusCode());
        // a genuine token of a budget that does not exist is no page either
        String gone = host.plugin().springContext().getBean(io.github.clientbudgets.access.UnsubscribeTokens.class)
                .sign("client", 999_999);
        assertEquals(404, TestHosts.get(host, "/plugins/servlet/client-budgets/unsubscribe?token=" + gone, null).statusCode());
    }

    private static DigestSender sender() {
        return host.plugin().springContext().getBean(DigestSender.class);
    }

    private static List<ClientRecipients.Recipient> recipients() {
        return host.plugin().springContext().getBean(ClientRecipients.class).of(website);
    }

    private static HttpResponse<String> post(String token, String formToken) {
        String form = "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&formToken="
                + URLEncoder.encode(formToken, StandardCharsets.UTF_8);
        return TestHosts.send(TestHosts.request(host, "/plugins/servlet/client-budgets/unsubscribe")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
    }
}
