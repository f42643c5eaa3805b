import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Finishes the Jira 11 jar after the Eclipse Transformer renamed its javax imports to jakarta: gives every renamed
 * package of Import-Package the Platform 8 version range from a properties file. The transformer only rewrites a
 * version that is quoted, and bnd writes the Jira 10 jar's "any version" as an unquoted version=0.
 *
 * <p>Build tool, run by Maven as a single source file ({@code java Jira11Manifest.java JAR VERSIONS}); it is not part
 * of the plugin. It fails the build when a javax API that Jira 11 provides as jakarta is still imported, or when a
 * jakarta import has no range in the file.
 */
public final class Jira11Manifest {
    private static final List<String> MOVED_TO_JAKARTA = List.of("javax.servlet", "javax.ws.rs", "javax.inject");

    private Jira11Manifest() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java Jira11Manifest.java <jira11.jar> <versions.properties>");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        Properties ranges = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
            ranges.load(in);
        }
        List<String> problems = new ArrayList<>();
        Path finished = jar.resolveSibling(jar.getFileName() + ".tmp");
        try (JarFile in = new JarFile(jar.toFile())) {
            Manifest manifest = new Manifest(in.getManifest());
            Attributes main = manifest.getMainAttributes();
            main.putValue("Import-Package", withRanges(main.getValue("Import-Package"), ranges, problems));
            if (!problems.isEmpty()) {
                problems.forEach(p -> System.err.println("Jira11Manifest: " + p));
                System.exit(1);
            }
            copyWithManifest(in, manifest, finished);
        }
        Files.move(finished, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("Jira11Manifest: Platform 8 import ranges written to " + jar);
    }

    static String withRanges(String importPackage, Properties ranges, List<String> problems) {
        List<String> clauses = new ArrayList<>();
        for (String clause : split(importPackage == null ? "" : importPackage, ',')) {
            List<String> parts = split(clause, ';');
            String pkg = parts.get(0).trim();
            if (MOVED_TO_JAKARTA.stream().anyMatch(javax -> pkg.equals(javax) || pkg.startsWith(javax + "."))) {
                problems.add(pkg + " is still imported: Jira 11 provides it as jakarta (add it to renames.properties)");
            }
            String range = ranges.getProperty(pkg);
            if (range == null) {
                if (pkg.startsWith("jakarta.")) {
                    problems.add(pkg + " has no version range in versions.properties");
                }
                clauses.add(clause.trim());
                continue;
            }
            StringBuilder rewritten = new StringBuilder(pkg);
            for (String attribute : parts.subList(1, parts.size())) {
                String name = attribute.split("[:=]", 2)[0].trim();
                if (!name.equals("version") && !name.equals("specification-version")) {
                    rewritten.append(';').append(attribute.trim());
                }
            }
            clauses.add(rewritten.append(";version=\"").append(range).append('"').toString());
        }
        return String.join(",", clauses);
    }

    /** Splits an OSGi header at the separator, except inside quoted values such as version="[6.0,7)". */
    static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank() || parts.isEmpty()) {
            parts.add(current.toString());
        }
        return parts;
    }

    /** Writes the manifest first (JarInputStream readers find it only there), then every other entry unchanged. */
    private static void copyWithManifest(JarFile in, Manifest manifest, Path target) throws IOException {
        try (OutputStream file = Files.newOutputStream(target);
             JarOutputStream out = new JarOutputStream(file, manifest)) {
            Enumeration<JarEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.getName().equals(JarFile.MANIFEST_NAME)) {
                    continue;
                }
                JarEntry copy = new JarEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                try (InputStream bytes = in.getInputStream(entry)) {
                    bytes.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }
}
