package io.github.clientbudgets.devhost.testing.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.JavascriptExecutor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * axe-core (npm {@code axe-core}, installed by the build into {@code src/devhost/aui/node_modules} beside AUI, a test
 * asset that never reaches the plugin jar) run over the page in the browser: every rule axe runs by default, on the
 * whole document, the host's frame included. {@link #assertNoViolations} fails on any violation, of any impact, with
 * each rule's id, impact and help and the selectors of the elements that break it.
 */
public final class Axe {
    static final Path SCRIPT = Path.of("src", "devhost", "aui", "node_modules", "axe-core", "axe.min.js");
    private static final int SHOWN_TARGETS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String source;
    private final Browser browser;

    Axe(Browser browser) {
        this.browser = browser;
    }

    private static synchronized String source() {
        if (source == null) {
            if (!Files.isRegularFile(SCRIPT)) {
                throw new AssertionError(SCRIPT + " is missing: the build installs it with npm (profile devhost-aui);"
                        + " run `npm install` in src/devhost/aui");
            }
            try {
                source = Files.readString(SCRIPT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    /** One rule that the page breaks, with the elements that break it. */
    public record Violation(String rule, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("  ").append(rule).append(" (").append(impact).append("): ")
                    .append(help);
            targets.stream().limit(SHOWN_TARGETS).forEach(t -> text.append("\n      at ").append(t));
            if (targets.size() > SHOWN_TARGETS) {
                text.append("\n      and ").append(targets.size() - SHOWN_TARGETS).append(" more like them");
            }
            return text.toString();
        }
    }

    /** What axe finds on the page as it is now (scripts that draw the page are waited for by the page objects). */
    public List<Violation> violations() {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(source());
        }
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Object answer = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); })"
                + ".catch(function (e) { done('error: ' + e); });");
        String json = String.valueOf(answer);
        if (json.startsWith("error: ")) {
            throw new AssertionError("axe-core failed on " + browser.currentUrl() + ": " + json);
        }
        List<Violation> found = new ArrayList<>();
        try {
            for (JsonNode v : JSON.readTree(json)) {
                List<String> targets = new ArrayList<>();
                for (JsonNode node : v.path("nodes")) {
                    List<String> path = new ArrayList<>();
                    node.path("target").forEach(t -> path.add(t.isTextual() ? t.asText() : t.toString()));
                    targets.add(String.join(" >> ", path));
                }
                found.add(new Violation(v.path("id").asText(), v.path("impact").asText(), v.path("help").asText(),
                        targets));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** Fails unless axe finds nothing on the page; {@code page} names it in the message. */
    public void assertNoViolations(String page) {
        List<Violation> found = violations();
        if (!found.isEmpty()) {
            StringBuilder message = new StringBuilder("axe-core: ").append(found.size())
                    .append(found.size() == 1 ? " rule" : " rules").append(" broken on ").append(page).append(" (")
                    .append(browser.currentUrl()).append("):");
            found.forEach(v -> message.append('\n').append(v));
            throw new AssertionError(message.toString());
        }
    }
}
