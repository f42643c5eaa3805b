package io.github.clientbudgets.web;

/**
 * Where Jira serves the plugin's download resources: {@code /download/resources/<plugin key>:<module key>/}. Pages
 * load the web resource's files from there, so no WebResourceManager (not in ATLASSIAN-API.md) is needed.
 */
final class PluginResources {
    /** The pom's atlassian.plugin.key: never changes (AO derives the table prefix from it). */
    static final String PLUGIN_KEY = "io.github.clientbudgets.client-budgets-jira";
    static final String MODULE_KEY = "client-budgets-resources";

    private PluginResources() {
    }

    static String url(String baseUrl) {
        return baseUrl + "/download/resources/" + PLUGIN_KEY + ":" + MODULE_KEY;
    }
}
