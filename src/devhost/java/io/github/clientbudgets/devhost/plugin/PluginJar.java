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
        String inJar = "jar:" + jar.toUri() + "!/" + DESCRIPTOR;
        URL onHostPath = host.getResource(DESCRIPTOR);
        if (onHostPath != null) {
            // tests name plugin types, so their class path holds the jar: then it must be this jar and nothing else
            if (!onHostPath.toString().equals(inJar)) {
                throw new PluginDescriptor.DescriptorException("the host's class path has another plugin (" + onHostPath
                        + ") than " + jar + ": the plugin must come from the jar only");
            }
            return host;
        }
        URLClassLoader loader = new URLClassLoader("plugin " + jar.getFileName(), new URL[] {jar.toUri().toURL()}, host);
        closeables.add(loader);
        return loader;
    }
}
