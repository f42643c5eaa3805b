package io.github.clientbudgets.devhost.plugin;

import io.github.clientbudgets.devhost.DevHostOptions;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the plugin comes from. Without {@code --plugin-jar}: the host's own class path (the Jira 10 line's
 * {@code mvn -Prun} and tests: {@code target/classes}). With it: that jar, as UPM installs it, after UPM 8's signature
 * check when a trust store is given. The Jira 11 line requires a jar, so what it runs is the jira11 jar itself,
 * never the javax classes.
 */
public final class PluginJar {
    private static final String DESCRIPTOR = "atlassian-plugin.xml";

    private PluginJar() {
    }

    /** The class loader to load the plugin with; a loader it opens is added to {@code closeables}. */
    public static ClassLoader loader(DevHostOptions options, ClassLoader host, List<AutoCloseable> closeables)
            throws Exception {
        if (options.pluginJar == null) {
            if (options.jiraLine == DevHostOptions.JiraLine.JIRA_11) {
                throw new PluginDescriptor.DescriptorException("the Jira 11 host loads the plugin from its jar:"
                        + " --plugin-jar=target/client-budgets-jira-<version>-jira11.jar (mvn package makes it)");
            }
            return host;
        }
        Path jar = options.pluginJar.toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new PluginDescriptor.DescriptorException("the plugin jar " + jar + " does not exist (run mvn package)");
        }
        if (options.truststore != null) {
            Path signature = options.pluginSignature != null ? options.pluginSignature
                    : jar.resolveSibling(jar.getFileName() + ".sig");
            PluginSignatureCheck.check(jar, signature, options.truststore);
        }
        URL jarUrl = jar.toUri().toURL();
        ClassLoader loader = host;
        if (host.getResource(DESCRIPTOR) == null) {
            List<URL> urls = new java.util.ArrayList<>(List.of(jarUrl));
            urls.addAll(embeddedLibraries(jar));
            URLClassLoader own = new URLClassLoader("plugin " + jar.getFileName(), urls.toArray(URL[]::new), host);
            closeables.add(own);
            loader = own;
        }
        // tests name plugin types, so their class path holds the jar too: then it must be this jar and nothing else
        URL descriptor = loader.getResource(DESCRIPTOR);
        if (descriptor == null || !isJar(descriptor, jar)) {
            throw new PluginDescriptor.DescriptorException("the plugin's " + DESCRIPTOR + " comes from " + descriptor
                    + ", not from " + jar + ": the plugin must come from the jar only");
        }
        String someClass = firstClass(jar);
        if (someClass != null) {
            var source = Class.forName(someClass, false, loader).getProtectionDomain().getCodeSource();
            if (source == null || !isJar(source.getLocation(), jar)) {
                throw new PluginDescriptor.DescriptorException("the plugin class " + someClass + " comes from "
                        + (source == null ? "nowhere" : source.getLocation()) + ", not from " + jar);
            }
        }
        return loader;
    }

    /**
     * The libraries the jar embeds on its {@code Bundle-ClassPath} (OSGi gives the plugin their classes), copied out
     * of the jar to a temporary directory removed when the host exits. A named entry missing from the jar fails, as
     * OSGi would fail to resolve the class.
     */
    private static List<URL> embeddedLibraries(Path jar) throws Exception {
        List<URL> urls = new java.util.ArrayList<>();
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            String classPath = file.getManifest() == null ? null
                    : file.getManifest().getMainAttributes().getValue("Bundle-ClassPath");
            if (classPath == null) {
                return urls;
            }
            Path dir = null;
            for (String entry : classPath.split(",")) {
                String name = entry.trim();
                if (name.isEmpty() || name.equals(".")) {
                    continue;
                }
                java.util.zip.ZipEntry library = file.getEntry(name);
                if (library == null) {
                    throw new PluginDescriptor.DescriptorException("Bundle-ClassPath names " + name
                            + ", which is not in " + jar);
                }
                if (dir == null) {
                    dir = Files.createTempDirectory("plugin-embedded");
                    dir.toFile().deleteOnExit();
                }
                Path copy = dir.resolve(Path.of(name).getFileName().toString());
                try (var in = file.getInputStream(library)) {
                    Files.copy(in, copy);
                }
                copy.toFile().deleteOnExit();
                urls.add(copy.toUri().toURL());
            }
        }
        return urls;
    }

    /** Whether {@code url} is the jar file itself or an entry of it ({@code jar:file:...!/entry}). */
    private static boolean isJar(URL url, Path jar) throws Exception {
        String s = url.toString();
        if (s.startsWith("jar:")) {
            s = s.substring(4, s.indexOf("!/"));
        }
        return s.startsWith("file:") && Files.isSameFile(Path.of(new java.net.URI(s)), jar);
    }

    private static String firstClass(Path jar) throws java.io.IOException {
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            return file.stream().map(java.util.zip.ZipEntry::getName)
                    .filter(n -> n.endsWith(".class") && !n.contains("-") && !n.startsWith("META-INF/")).sorted()
                    .findFirst().map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.')).orElse(null);
        }
    }
}
