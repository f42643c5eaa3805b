package io.github.clientbudgets.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The i18n bundle and the code agree: every key used exists, every key exists for a reason, every translation has
 * the same keys, and every text is a valid MessageFormat pattern (Jira formats them all).
 */
class I18nBundleConsistencyTest {
    private static final Path I18N = Path.of("src/main/resources/i18n");
    private static final Path BASE = I18N.resolve("client-budgets.properties");
    private static final Path MAIN = Path.of("src/main");
    private static final Path DESCRIPTOR = Path.of("atlassian-plugin.xml");
    /** Keys look like client-budgets.something; they are found in Java, templates, JS and the descriptor as literals. */
    private static final Pattern KEY_LITERAL = Pattern.compile("[\"'](client-budgets\\.[A-Za-z0-9_.-]+)[\"']");
    /** File names share the prefix (client-budgets.css): they are not keys. */
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(css|js|vm|png|svg|properties|xml)$");

    @Test
    void everyKeyUsedInCodeTemplatesAndDescriptorExists() throws IOException {
        Properties bundle = load(BASE);
        Set<String> missing = new TreeSet<>();
        for (String used : usedKeys()) {
            if (!bundle.containsKey(used)) {
                missing.add(used);
            }
        }
        assertEquals(Set.of(), missing, "keys used but not in " + BASE);
    }

    @Test
    void everyKeyInTheBundleIsUsed() throws IOException {
        Set<String> unused = new TreeSet<>(load(BASE).stringPropertyNames());
        unused.removeAll(usedKeys());
        Set<String> prefixes = usedKeyPrefixes();
        // keys built at run time from a prefix literal (e.g. "client-budgets.budget.type." + type)
        unused.removeIf(key -> prefixes.stream().anyMatch(key::startsWith));
        assertEquals(Set.of(), unused, "keys in " + BASE + " that nothing uses");
    }

    @Test
    void translationsHaveExactlyTheBaseKeys() throws IOException {
        Set<String> base = load(BASE).stringPropertyNames();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path translation : files.filter(p -> p.getFileName().toString().matches("client-budgets_.+\\.properties")).toList()) {
                assertEquals(base, load(translation).stringPropertyNames(), translation + " differs from the base bundle");
            }
        }
    }

    @Test
    void everyTextIsAValidMessageFormatAndNotEmpty() throws IOException {
        Properties bundle = load(BASE);
        List<String> broken = new ArrayList<>();
        for (String key : bundle.stringPropertyNames()) {
            String text = bundle.getProperty(key);
            try {
                new MessageFormat(text);
                if (text.isBlank()) {
                    broken.add(key + " is empty");
                }
                // Jira formats every text with MessageFormat, arguments or not: a lone ' disappears
                if (text.replace("''", "").contains("'")) {
                    broken.add(key + " has a single quote, which MessageFormat swallows: write ''");
                }
            } catch (IllegalArgumentException e) {
                broken.add(key + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), broken);
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String text : sources()) {
            Matcher m = KEY_LITERAL.matcher(text);
            while (m.find()) {
                if (!m.group(1).endsWith(".") && !FILE_NAME.matcher(m.group(1)).matches()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static Set<String> usedKeyPrefixes() throws IOException {
        Set<String> prefixes = new TreeSet<>();
        for (String text : sources()) {
            Matcher m = KEY_LITERAL.matcher(text);
            while (m.find()) {
                if (m.group(1).endsWith(".")) {
                    prefixes.add(m.group(1));
                }
            }
        }
        return prefixes;
    }

    private static List<String> sources() throws IOException {
        List<String> texts = new ArrayList<>();
        texts.add(Files.readString(DESCRIPTOR, StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".java") || name.endsWith(".vm") || name.endsWith(".js") || name.endsWith(".xml")) {
                    texts.add(Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        return texts;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
