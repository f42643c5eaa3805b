package io.github.clientbudgets.packaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The jar that `mvn package` built is one Jira can load: see {@link PluginJarInspector} for what is checked. */
class PluginJarIT {
    static File pluginJar() {
        String path = System.getProperty("plugin.jar");
        assertTrue(path != null && new File(path).isFile(), "the plugin jar is missing: " + path);
        return new File(path);
    }

    @Test
    void builtJarHasNoProblems() throws Exception {
        List<String> problems = PluginJarInspector.inspect(pluginJar());
        assertEquals(List.of(), problems, "problems in " + pluginJar());
    }

    @Test
    void jarCarriesDescriptorSpringContextAndImportsAtlassianPackages() throws Exception {
        try (JarFile jar = new JarFile(pluginJar())) {
            assertTrue(jar.getJarEntry("atlassian-plugin.xml") != null);
            assertTrue(jar.getJarEntry("META-INF/spring/plugin-context.xml") != null);
            String imports = jar.getManifest().getMainAttributes().getValue("Import-Package");
            assertTrue(imports.contains("com.atlassian.activeobjects.external"), imports);
            assertTrue(imports.contains("net.java.ao"), imports);
        }
    }

    @Test
    void commonsCsvIsEmbeddedNotImportedAndWorksOnItsOwn(@TempDir Path temp) throws Exception {
        List<URL> classPath = new ArrayList<>(List.of(pluginJar().toURI().toURL()));
        try (JarFile jar = new JarFile(pluginJar())) {
            Attributes main = jar.getManifest().getMainAttributes();
            var imports = new aQute.bnd.header.Parameters(main.getValue("Import-Package")).keySet();
            assertTrue(imports.stream().noneMatch(p -> p.startsWith("org.apache.commons.")), imports.toString());
            var libraries = new aQute.bnd.header.Parameters(main.getValue("Bundle-ClassPath")).keySet();
            assertTrue(libraries.contains("."), libraries.toString());
            assertTrue(libraries.stream().anyMatch(l -> l.matches("META-INF/lib/commons-csv-[\\d.]+\\.jar")), libraries.toString());
            for (String library : libraries) {
                if (!library.equals(".")) {
                    Path copy = temp.resolve(library.substring(library.lastIndexOf('/') + 1));
                    try (InputStream in = jar.getInputStream(jar.getJarEntry(library))) {
                        Files.copy(in, copy);
                    }
                    classPath.add(copy.toUri().toURL());
                }
            }
        }
        // our writer from the jar with only the embedded libraries (no test class path): Commons CSV and what it
        // needs are all there
        try (URLClassLoader plugin = new URLClassLoader(classPath.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Class<?> writer = plugin.loadClass("io.github.clientbudgets.portal.CsvWriter");
            assertTrue(writer.getClassLoader() == plugin);
            assertTrue(plugin.loadClass("org.apache.commons.csv.CSVPrinter").getClassLoader() == plugin);
            StringWriter out = new StringWriter();
            Object csv = writer.getConstructor(Writer.class).newInstance(out);
            writer.getMethod("row", List.class).invoke(csv, List.of("=1+1", "a\"b"));
            assertEquals("\"'=1+1\",\"a\"\"b\"\r\n", out.toString());
        }
    }

    @Test
    void javaxInjectIsImportedFromJiraNotEmbedded() throws Exception {
        try (JarFile jar = new JarFile(pluginJar())) {
            var imports = new aQute.bnd.header.Parameters(jar.getManifest().getMainAttributes().getValue("Import-Package"));
            // REST v2 has Jersey build the resources through @javax.inject.Inject: the annotation must be Jira's
            assertTrue(imports.containsKey("javax.inject"), imports.toString());
            String version = imports.get("javax.inject").getVersion();
            assertTrue(version == null || version.equals("0"), "any version Jira exports, not " + version);
            assertTrue(jar.stream().noneMatch(e -> e.getName().startsWith("javax/")), "javax classes embedded");
        }
    }

    @Test
    void jacksonIsImportedFromJiraForBothPlatformsNotEmbedded() throws Exception {
        try (JarFile jar = new JarFile(pluginJar())) {
            var imports = new aQute.bnd.header.Parameters(jar.getManifest().getMainAttributes().getValue("Import-Package"));
            // the REST records carry Jackson 2 annotations, which Jira's REST v2 reads: the package must be Jira's
            assertTrue(imports.containsKey("com.fasterxml.jackson.annotation"), imports.toString());
            for (String jackson : List.of("com.fasterxml.jackson.annotation", "com.fasterxml.jackson.databind")) {
                if (imports.containsKey(jackson)) {
                    assertAcceptsJiraJackson(jackson, imports.get(jackson).getVersion());
                }
            }
            assertTrue(jar.stream().noneMatch(e -> e.getName().startsWith("com/fasterxml/")), "Jackson classes embedded");
        }
    }

    /** Jira 10 (Platform 7) ships Jackson 2.17, Jira 11 (Platform 8) 2.21: both in range, Jackson 3 not. */
    private static void assertAcceptsJiraJackson(String pkg, String range) {
        assertTrue(range != null && aQute.bnd.version.VersionRange.isVersionRange(range), pkg + ": no range, " + range);
        var versions = new aQute.bnd.version.VersionRange(range);
        for (String accepted : List.of("2.17.0", "2.17.2", "2.21.0")) {
            assertTrue(versions.includes(new aQute.bnd.version.Version(accepted)), pkg + " " + range + " refuses " + accepted);
        }
        assertTrue(!versions.includes(new aQute.bnd.version.Version("3.0.0")), pkg + " " + range + " accepts Jackson 3");
    }
}
