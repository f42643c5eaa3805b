package io.github.clientbudgets.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web edge depends on the rest of the plugin, never the other way round, and its parts only as drawn here:
 * {@code page} (rendering) serves everyone, the issue panel shows the team's entry rows, nothing else crosses.
 */
class WebPackagesTest {
    private static final Path MAIN = Path.of("src/main/java/io/github/clientbudgets");
    private static final Pattern WEB_REFERENCE = Pattern.compile("io\\.github\\.clientbudgets\\.web\\.(\\w+)");
    private static final Map<String, Set<String>> MAY_USE = Map.of(
            "page", Set.of(),
            "team", Set.of("page"),
            "portal", Set.of("page"),
            "admin", Set.of("page"),
            "issuepanel", Set.of("page", "team"));

    @Test
    void nothingOutsideWebNamesAWebClass() throws IOException {
        List<String> offending = new ArrayList<>();
        for (Path file : sources()) {
            if (!file.startsWith(MAIN.resolve("web")) && WEB_REFERENCE.matcher(Files.readString(file)).find()) {
                offending.add(MAIN.relativize(file).toString());
            }
        }
        assertEquals(List.of(), offending);
    }

    @Test
    void webPartsUseOnlyWhatTheyMay() throws IOException {
        List<String> offending = new ArrayList<>();
        int seen = 0;
        for (Path file : sources()) {
            if (!file.startsWith(MAIN.resolve("web"))) {
                continue;
            }
            seen++;
            Path relative = MAIN.resolve("web").relativize(file);
            assertTrue(relative.getNameCount() == 2, "every web class is in a part: " + relative);
            String part = relative.getName(0).toString();
            assertTrue(MAY_USE.containsKey(part), "unknown part web." + part);
            Matcher m = WEB_REFERENCE.matcher(Files.readString(file));
            while (m.find()) {
                if (!m.group(1).equals(part) && !MAY_USE.get(part).contains(m.group(1))) {
                    offending.add(relative + " -> web." + m.group(1));
                }
            }
        }
        assertTrue(seen > 40, "the web sources were found: " + seen);
        assertEquals(List.of(), offending);
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
