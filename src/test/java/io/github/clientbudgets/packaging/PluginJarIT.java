package io.github.clientbudgets.packaging;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.util.List;
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
