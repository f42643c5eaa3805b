package io.github.clientbudgets;

import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every literal i18n key in our Java code, templates and descriptor exists in the bundle. */
class BundleTest {
    private static final Pattern KEY = Pattern.compile("\"(client-budgets\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");

    @Test
    void everyKeyUsedExists() throws Exception {
        Properties bundle = new Properties();
        try (var in = getClass().getResourceAsStream("/i18n/client-budgets.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> java = Files.walk(Path.of("src/main/java"));
             Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            java.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
            templates.filter(p -> p.toString().endsWith(".vm")).forEach(files::add);
        }
        files.add(Path.of("atlassian-plugin.xml"));
        List<String> missing = new ArrayList<>();
        int seen = 0;
        for (Path file : files) {
            Matcher m = KEY.matcher(Files.readString(file).replace('\'', '"'));
            while (m.find()) {
                String key = m.group(1);
                if (key.equals("client-budgets.css") || key.equals("client-budgets.js")) {
                    continue; // resource names, not keys
                }
                seen++;
                if (!bundle.containsKey(key)) {
                    missing.add(file + ": " + key);
                }
            }
        }
        assertTrue(seen > 100, "found only " + seen + " keys: the scan is broken");
        assertTrue(missing.isEmpty(), "missing from the bundle: " + missing);
    }
}
