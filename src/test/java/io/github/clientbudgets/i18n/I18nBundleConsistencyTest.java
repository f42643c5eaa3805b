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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The i18n bundle and the code agree: every key used exists, every key exists for a reason, every translation has
 * the same keys and placeholders, every text is a valid MessageFormat pattern (Jira formats them all), the German
 * bundle has no English left, and every bundle reads the same as UTF-8 and as ISO-8859-1.
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
        for (Path translation : translations()) {
            assertEquals(base, load(translation).stringPropertyNames(), translation + " differs from the base bundle");
        }
    }

    @Test
    void theAppIsTranslatedIntoGerman() throws IOException {
        assertTrue(translations().contains(I18N.resolve("client-budgets_de.properties")),
                "the German bundle is missing: " + translations());
    }

    @Test
    void everyTextIsAValidMessageFormatAndNotEmpty() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path file : bundles()) {
            Properties bundle = load(file);
            for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
                String text = bundle.getProperty(key);
                String where = file.getFileName() + " " + key;
                try {
                    new MessageFormat(text);
                    if (text.isBlank()) {
                        broken.add(where + " is empty");
                    }
                    // Jira formats every text with MessageFormat, arguments or not: a lone ' disappears
                    if (text.replace("''", "").contains("'")) {
                        broken.add(where + " has a single quote, which MessageFormat swallows: write ''");
                    }
                } catch (IllegalArgumentException e) {
                    broken.add(where + ": " + e.getMessage());
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void translationsUseTheSamePlaceholdersAsTheBase() throws IOException {
        Properties base = load(BASE);
        List<String> differing = new ArrayList<>();
        for (Path translation : translations()) {
            Properties translated = load(translation);
            for (String key : new TreeSet<>(base.stringPropertyNames())) {
                if (!translated.containsKey(key)) {
                    continue; // translationsHaveExactlyTheBaseKeys reports it
                }
                List<String> expected = placeholders(base.getProperty(key));
                List<String> actual = placeholders(translated.getProperty(key));
                if (!expected.equals(actual)) {
                    differing.add(translation.getFileName() + " " + key + ": " + actual + " instead of " + expected);
                }
            }
        }
        assertEquals(List.of(), differing);
    }

    /**
     * Texts the same in English and German (product and protocol names, words both languages share); every other
     * German text must differ from the English one.
     */
    private static final Set<String> SAME_IN_GERMAN = Set.of(
            "client-budgets.admin.section",                // Client Budgets: the product's name
            "client-budgets.check.jsm.title",              // Jira Service Management: a product's name
            "client-budgets.sidebar.label",                // Budgets
            "client-budgets.issue.panel",                  // Budget
            "client-budgets.signoff.csv.budget",           // Budget
            "client-budgets.signoff.statement.csv",        // CSV: a file format's name
            "client-budgets.expenses.queue.budget",
            "client-budgets.approvals.filter.budget",
            "client-budgets.budget.name",                  // Name
            "client-budgets.budget.status",                // Status
            "client-budgets.expense.status",
            "client-budgets.entry.person",                 // Person
            "client-budgets.portal.time.person",
            "client-budgets.approvals.filter.person",
            "client-budgets.summary.hours",                // {0} h: the unit's symbol, in German too
            "client-budgets.issue.hours",
            "client-budgets.approvals.personTotal",
            "client-budgets.history.hours",
            "client-budgets.history.kind.BUDGET",          // Budget
            "client-budgets.portal.chart.budgetLine",      // Budget: {0} h
            "client-budgets.history.separator",            // the comma between a sentence's parts
            "client-budgets.history.percent",              // {0} %
            "client-budgets.history.change");              // {0} {1} \u2192 {2}: label, old and new value
    /** English words that never occur in German text; a German text containing one is (partly) untranslated. */
    private static final Pattern ENGLISH_WORD = Pattern.compile(
            "\\b(the|and|is|are|of|with|this|that|you|your|has|have|were|for|from|no|yes)\\b",
            Pattern.CASE_INSENSITIVE);
    /** English quoted on purpose in the German bundle: a message Jira's log shows in English. */
    private static final List<String> QUOTED_ENGLISH = List.of("Could not find a suitable constructor");

    @Test
    void theGermanBundleHasNoEnglishLeft() throws IOException {
        Properties english = load(BASE);
        Properties german = load(I18N.resolve("client-budgets_de.properties"));
        List<String> untranslated = new ArrayList<>();
        for (String key : new TreeSet<>(german.stringPropertyNames())) {
            String text = german.getProperty(key);
            if (text.equals(english.getProperty(key)) && !SAME_IN_GERMAN.contains(key)) {
                untranslated.add(key + " is the English text: " + text);
            }
            String withoutQuotes = text;
            for (String quoted : QUOTED_ENGLISH) {
                withoutQuotes = withoutQuotes.replace(quoted, "");
            }
            Matcher word = ENGLISH_WORD.matcher(withoutQuotes);
            if (word.find()) {
                untranslated.add(key + " has the English word \"" + word.group() + "\": " + text);
            }
        }
        for (String key : SAME_IN_GERMAN) {
            if (!german.getProperty(key, "").equals(english.getProperty(key))) {
                untranslated.add(key + " is allowed to stay English but is translated: drop it from SAME_IN_GERMAN");
            }
        }
        assertEquals(List.of(), untranslated);
    }

    /**
     * Jira 10 reads a plugin's bundles as UTF-8, older Java's ResourceBundle as ISO-8859-1: only a file of ASCII
     * (other characters as \\u escapes) reads the same both ways.
     */
    @Test
    void bundlesAreAsciiWithUnicodeEscapes() throws IOException {
        List<String> raw = new ArrayList<>();
        for (Path file : bundles()) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).chars().allMatch(c -> c < 0x80)) {
                    raw.add(file.getFileName() + ":" + (i + 1) + " has a byte outside ASCII: write it as a \\u escape");
                }
            }
        }
        assertEquals(List.of(), raw);
    }

    /** The format elements of a pattern ({0}, {1,number}...), sorted; quoted text ('{0}') is no element. */
    private static List<String> placeholders(String pattern) {
        String unquoted = pattern.replace("''", "").replaceAll("'[^']*'", "");
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("\\{[^}]*}").matcher(unquoted);
        while (m.find()) {
            found.add(m.group().replace(" ", ""));
        }
        found.sort(null);
        return found;
    }

    private static List<Path> translations() throws IOException {
        try (Stream<Path> files = Files.list(I18N)) {
            return files.filter(p -> p.getFileName().toString().matches("client-budgets_.+\\.properties")).sorted().toList();
        }
    }

    private static List<Path> bundles() throws IOException {
        List<Path> all = new ArrayList<>(List.of(BASE));
        all.addAll(translations());
        return all;
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
