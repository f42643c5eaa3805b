package io.github.clientbudgets.packaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The jar checks catch the mistakes that would break the plugin inside Jira: each test copies the real jar, breaks
 * one thing, and expects the inspector to name it.
 */
class PluginJarMistakesIT {
    @TempDir
    Path temp;

    @Test
    void aStandInClassLeakingIntoTheJarIsCaught() throws Exception {
        File broken = copy(PluginJarIT.pluginJar(), "leak.jar", UnaryOperator.identity(), null,
                "com/atlassian/sal/api/user/UserManager.class",
                classBytes("com/atlassian/sal/api/user/UserManager.class"));

        assertProblem(broken, "class outside our package is inside the jar");
    }

    @Test
    void aDescriptorNamingAMissingClassIsCaught() throws Exception {
        File broken = copy(PluginJarIT.pluginJar(), "missing-class.jar", descriptor -> descriptor.replace(
                "io.github.clientbudgets.web.admin.AdminServlet", "io.github.clientbudgets.admin.NoSuchServlet"), null,
                null, null);

        assertProblem(broken, "io.github.clientbudgets.admin.NoSuchServlet, which does not exist");
    }

    @Test
    void aMissingI18nKeyIsCaught() throws Exception {
        File broken = copy(PluginJarIT.pluginJar(), "missing-key.jar", descriptor -> descriptor.replace(
                "<label key=\"client-budgets.admin.section\"/>", "<label key=\"client-budgets.no.such.key\"/>"), null,
                null, null);

        assertProblem(broken, "client-budgets.no.such.key");
    }

    @Test
    void aWebResourceDependingOnAMissingModuleIsCaught() throws Exception {
        File broken = copy(PluginJarIT.pluginJar(), "missing-dependency.jar", descriptor -> descriptor.replace(
                "<web-resource key=\"grants\"", "<web-resource key=\"grant-list\""), null, null, null);

        assertProblem(broken, "depends on io.github.clientbudgets.client-budgets-jira:grants, which is no web-resource");
    }

    @Test
    void anImportDroppedFromTheManifestIsCaught() throws Exception {
        File broken = copy(PluginJarIT.pluginJar(), "no-import.jar", UnaryOperator.identity(), attributes -> {
            String imports = attributes.getValue("Import-Package");
            attributes.putValue("Import-Package", imports.replace("net.java.ao.schema,", "").replace(",net.java.ao.schema", ""));
        }, null, null);

        assertProblem(broken, "bytecode uses package net.java.ao.schema");
    }

    @Test
    void anEmbeddedLibraryMissingOrImportedIsCaught() throws Exception {
        File missing = copy(PluginJarIT.pluginJar(), "missing-library.jar", UnaryOperator.identity(), attributes ->
                attributes.putValue("Bundle-ClassPath", attributes.getValue("Bundle-ClassPath") + ",META-INF/lib/gone.jar"),
                null, null);
        assertProblem(missing, "Bundle-ClassPath names META-INF/lib/gone.jar, which is not in the jar");

        File imported = copy(PluginJarIT.pluginJar(), "imported-library.jar", UnaryOperator.identity(), attributes ->
                attributes.putValue("Import-Package", attributes.getValue("Import-Package") + ",org.apache.commons.csv"),
                null, null);
        assertProblem(imported, "package org.apache.commons.csv is embedded");
    }

    @Test
    void aWrongPluginKeyInTheManifestIsCaught() throws Exception {
        File broken = copy(PluginJarIT.pluginJar(), "wrong-key.jar", UnaryOperator.identity(),
                attributes -> attributes.putValue("Atlassian-Plugin-Key", "com.example.other"), null, null);

        assertProblem(broken, "Atlassian-Plugin-Key");
    }

    private static void assertProblem(File jar, String expected) throws Exception {
        List<String> problems = PluginJarInspector.inspect(jar);
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)),
                "expected a problem containing '" + expected + "', got " + problems);
    }

    private static byte[] classBytes(String resource) throws IOException {
        try (InputStream in = PluginJarMistakesIT.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }

    /** Copies the jar, rewriting the descriptor and manifest, and optionally adding one entry. */
    private File copy(File source, String name, UnaryOperator<String> descriptor,
                      java.util.function.Consumer<Attributes> manifestChange,
                      String extraEntry, byte[] extraBytes) throws IOException {
        File target = temp.resolve(name).toFile();
        try (JarFile in = new JarFile(source)) {
            Manifest manifest = new Manifest(in.getManifest());
            if (manifestChange != null) {
                manifestChange.accept(manifest.getMainAttributes());
            }
            try (JarOutputStream out = new JarOutputStream(new FileOutputStream(target), manifest)) {
                Enumeration<JarEntry> entries = in.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    if (entry.getName().equals("META-INF/MANIFEST.MF")) {
                        continue;
                    }
                    byte[] bytes = in.getInputStream(entry).readAllBytes();
                    if (entry.getName().equals("atlassian-plugin.xml")) {
                        bytes = descriptor.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                    }
                    out.putNextEntry(new JarEntry(entry.getName()));
                    out.write(bytes);
                    out.closeEntry();
                }
                if (extraEntry != null) {
                    out.putNextEntry(new JarEntry(extraEntry));
                    out.write(extraBytes);
                    out.closeEntry();
                }
            }
        }
        assertTrue(Files.size(target.toPath()) > 0);
        return target;
    }
}
