package io.github.clientbudgets.i18n;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.clientbudgets.devhost.DevHost;
import io.github.clientbudgets.devhost.TestHosts;
import io.github.clientbudgets.devhost.web.HostTemplateRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every team and portal page, over HTTP on the dev host, for a user whose profile language is English and for one
 * whose is German: no raw i18n key reaches the HTML (a key missing from the bundle of the user's language shows as
 * itself), and the page speaks the user's language (texts of that bundle, none of the other one).
 */
class PagesInTheUsersLanguageOnDevHostTest {
    private static final String KEY = "io.github.clientbudgets.client-budgets-jira";
    private static final String BASE = "/plugins/servlet/client-budgets";
    /** Any text shaped like one of the bundle's keys. */
    private static final Pattern RAW_KEY = Pattern.compile("client-budgets\\.[A-Za-z][A-Za-z0-9_.-]*[A-Za-z0-9_]");
    /** The app's file names share the prefix (client-budgets.css): they are no keys. */
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(css|js|png|svg)$");
    /** Texts long enough to be told apart from the host's own words and the demo data. */
    private static final int DISTINCT_LENGTH = 12;
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
    void englishUsersGetEveryPageInEnglishWithoutARawKey() throws IOException {
        // no profile language: the instance's default, English
        everyPageIsIn(null, "dev", Locale.GERMAN);
    }

    @Test
    void germanUsersGetEveryPageInGermanWithoutARawKey() throws IOException {
        // dev2's profile language is German in the demo data; the others are switched for the test
        assertEquals(Optional.of(Locale.GERMANY), host.store().userLocale("dev2"));
        everyPageIsIn(Locale.GERMANY, "dev2", Locale.ENGLISH);
    }

    /** {@code profileLanguage} null: the users have none, so they read the instance's default language. */
    private static void everyPageIsIn(Locale profileLanguage, String developer, Locale other) throws IOException {
        for (String user : List.of("pm", "admin", "client", developer)) {
            host.store().setUserLocale(user, profileLanguage);
        }
        Locale language = profileLanguage == null ? DevHost.DEFAULT_LOCALE : profileLanguage;
        Map<String, String> pages = pages(developer);
        Map<String, String> mine = distinctTexts(language, other);
        Map<String, String> theirs = distinctTexts(other, language);
        List<String> failures = new ArrayList<>();
        int framed = 0;
        for (Map.Entry<String, String> page : pages.entrySet()) {
            String html = page.getValue();
            // the customers' own frame declares the reader's language, so a screen reader speaks it as such
            if (html.contains("class=\"cb-customer-frame\"")) {
                framed++;
                if (!html.contains("<html lang=\"" + language.toLanguageTag() + "\">")) {
                    failures.add(page.getKey() + " does not declare lang=\"" + language.toLanguageTag() + "\"");
                }
            }
            Set<String> raw = new TreeSet<>();
            Matcher key = RAW_KEY.matcher(html);
            while (key.find()) {
                if (!FILE_NAME.matcher(key.group()).matches()) {
                    raw.add(key.group());
                }
            }
            if (!raw.isEmpty()) {
                failures.add(page.getKey() + " shows raw keys " + raw);
            }
            if (mine.values().stream().noneMatch(html::contains)) {
                failures.add(page.getKey() + " has no text of the " + language + " bundle");
            }
            List<String> foreign = theirs.entrySet().stream().filter(t -> shows(html, t.getValue()))
                    .map(Map.Entry::getKey).toList();
            if (!foreign.isEmpty()) {
                failures.add(page.getKey() + " shows texts of the " + other + " bundle: " + foreign);
            }
        }
        assertEquals(List.of(), failures, "pages for users reading " + language);
        assertTrue(framed > 0, "a portal-only customer's page in the customers' frame was among them");
        assertTrue(pages.size() >= 15, "every page was rendered: " + pages.keySet());
    }

    /**
     * Whether the page shows the text as a text: not as part of a name in the markup (the English label
     * "organization" is no foreign text in {@code id="cb-grant-organization"} or {@code name="organizationId"}).
     */
    private static boolean shows(String html, String text) {
        return Pattern.compile("(?<![\\w-])" + Pattern.quote(text) + "(?![\\w-])").matcher(html).find();
    }

    /** Path (and who) to HTML of every team and portal page, each answered 200. */
    private static Map<String, String> pages(String developer) throws IOException {
        Map<String, String> pages = new LinkedHashMap<>();
        String pm = TestHosts.login(host, "pm");
        String dev = TestHosts.login(host, developer);
        String admin = TestHosts.loginWithWebSudo(host, "admin");
        String client = TestHosts.login(host, "client");
        for (String project : List.of("ACME", "GLOBEX")) {
            page(pages, "pm", pm, "/projects/" + project + "?selectedItem=" + KEY + ":project-budgets-sidebar");
            for (JsonNode budget : new ObjectMapper().readTree(TestHosts.get(host,
                    "/rest/client-budgets/1.0/budgets?projectKey=" + project, "pm").body())) {
                long id = budget.get("id").asLong();
                page(pages, "pm", pm, BASE + "/budget/" + id);
                // the preview: the page as a client sees it, or why the client does not see the budget
                page(pages, "pm", pm, BASE + "/portal/budget/" + id + "?viewAs=");
                page(pages, "pm", pm, BASE + "/portal/budget/" + id + "?viewAs=client&tab=time");
            }
            page(pages, "pm", pm, "/browse/" + project + "-1");
            page(pages, developer, dev, "/browse/" + project + "-1");
        }
        page(pages, "pm", pm, BASE + "/approvals");
        page(pages, "pm", pm, BASE + "/approvals?from=2026-09-01&to=2026-09-30");
        page(pages, "pm", pm, BASE + "/my-time");
        page(pages, developer, dev, BASE + "/my-time");
        page(pages, "admin", admin, BASE + "/admin");

        String home = page(pages, "client", client, BASE + "/portal");
        Matcher budget = Pattern.compile(BASE + "/portal/budget/(\\d+)").matcher(home);
        Set<String> budgets = new TreeSet<>();
        while (budget.find()) {
            budgets.add(budget.group());
        }
        assertTrue(!budgets.isEmpty(), home);
        for (String path : budgets) {
            for (String tab : List.of("services", "time", "expenses")) {
                page(pages, "client", client, path + "?tab=" + tab);
            }
            page(pages, "client", client, path + "?tab=time&from=2026-13-01", 400); // a filter the page refuses
        }
        page(pages, "client", client, "/servicedesk/customer/portal/1"); // JSM's portal with the app's panel
        return pages;
    }

    private static String page(Map<String, String> pages, String who, String cookie, String path) {
        return page(pages, who, cookie, path, 200);
    }

    private static String page(Map<String, String> pages, String who, String cookie, String path, int status) {
        HttpResponse<String> response = TestHosts.getWithSession(host, path, cookie);
        assertEquals(status, response.statusCode(), who + " " + path + ": " + response.body());
        pages.put(who + " " + path, response.body());
        return response.body();
    }

    /**
     * The texts of {@code language}'s bundle as a page shows them (formatted, HTML-escaped) that {@code other}'s
     * bundle says differently, without arguments and long enough not to occur by chance; by key.
     */
    private static Map<String, String> distinctTexts(Locale language, Locale other) throws IOException {
        Properties mine = bundle(language);
        Properties theirs = bundle(other);
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : new TreeSet<>(mine.stringPropertyNames())) {
            String pattern = mine.getProperty(key);
            if (pattern.contains("{") || pattern.equals(theirs.getProperty(key))) {
                continue;
            }
            String shown = HostTemplateRenderer.escape(new MessageFormat(pattern).format(new Object[0]));
            if (shown.length() >= DISTINCT_LENGTH) {
                texts.put(key, shown);
            }
        }
        return texts;
    }

    private static Properties bundle(Locale language) throws IOException {
        String file = language.getLanguage().equals("de") ? "/i18n/client-budgets_de.properties"
                : "/i18n/client-budgets.properties";
        Properties properties = new Properties();
        try (InputStream in = PagesInTheUsersLanguageOnDevHostTest.class.getResourceAsStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
