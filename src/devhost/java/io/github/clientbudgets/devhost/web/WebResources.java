package io.github.clientbudgets.devhost.web;

import com.atlassian.webresource.api.UrlMode;
import com.atlassian.webresource.api.assembler.AssembledResources;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.WebResourceSet;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import io.github.clientbudgets.devhost.plugin.PluginDescriptor;

import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plugin's {@code <web-resource>} modules and {@code <resource type="download">} files, served as Jira serves
 * them: {@code /download/resources/<pluginKey>:<moduleKey>/<name>} and {@code /download/resources/<pluginKey>/<name>}.
 * AUI ({@code com.atlassian.auiplugin:ajs}) is the real AUI from npm, at
 * {@code /download/resources/com.atlassian.auiplugin:ajs/<file>}.
 * <p>
 * Plugin code requires resources as in Jira through webresource-api's {@link PageBuilderService}
 * ({@code assembler().resources().requireContext(..)} / {@code requireWebResource(..)}), templates through
 * {@code $webResourceManager.requireResource("pluginKey:moduleKey")} or
 * {@code $webResourceManager.requireResourcesForContext("context")}. What a request required is kept for that
 * request (thread-local, cleared by the auth filter); the decorator (or, undecorated, the page's {@code </head>})
 * gets the {@code <link>} and {@code <script>} tags: a context stands for every web-resource module that declares
 * it (in descriptor order), each module after its dependencies, each module once. Each required context is
 * marked by a comment {@code <!-- web-resource context: name -->} (Jira names its contexts in the batch URL).
 */
public final class WebResources {
    public static final String AUI = "com.atlassian.auiplugin:ajs";
    /**
     * AUI's web-resources outside its core that the host knows, each documented by AUI with this key (Single select,
     * AUI Select2): the host's AUI bundle (aui-prototyping) holds them all, so requiring one adds no tag. Any other
     * {@code com.atlassian.auiplugin:} key fails, as a module Jira does not have.
     */
    static final Set<String> AUI_MODULES = Set.of("com.atlassian.auiplugin:aui-select", "com.atlassian.auiplugin:aui-select2");
    private static final ThreadLocal<Set<String>> REQUIRED = ThreadLocal.withInitial(LinkedHashSet::new);
    private static final ThreadLocal<Set<String>> CONTEXTS = ThreadLocal.withInitial(LinkedHashSet::new);
    private final PluginDescriptor descriptor;
    private final ClassLoader loader;
    private final Path auiDirectory;
    private final String contextPath;
    private final HostWebResourceManager manager = new HostWebResourceManager();
    private final HostPageBuilderService pageBuilder = new HostPageBuilderService();

    public WebResources(PluginDescriptor descriptor, ClassLoader loader, Path auiDirectory) {
        this(descriptor, loader, auiDirectory, "");
    }

    public WebResources(PluginDescriptor descriptor, ClassLoader loader, Path auiDirectory, String contextPath) {
        this.contextPath = contextPath;
        this.descriptor = descriptor;
        this.loader = loader;
        this.auiDirectory = auiDirectory;
    }

    public HostWebResourceManager manager() {
        return manager;
    }

    /** The host's {@code PageBuilderService} (an OSGi service in Jira), registered in the host components. */
    public PageBuilderService pageBuilderService() {
        return pageBuilder;
    }

    public boolean auiInstalled() {
        return auiDirectory != null && Files.isRegularFile(auiDirectory.resolve("aui-prototyping.css"));
    }

    /** Fails when a download resource of the descriptor is not on the plugin class path. */
    public void validate() {
        for (PluginDescriptor.Module module : descriptor.modules("web-resource")) {
            for (var resource : module.children("resource")) {
                String location = strip(resource.getAttribute("location"));
                if (loader.getResource(location) == null) {
                    throw new PluginDescriptor.DescriptorException("module " + module + ": resource '"
                            + resource.getAttribute("name") + "' at " + location + " is not on the plugin class path");
                }
            }
        }
    }

    /** The host's WebResourceManager, as templates see it. */
    public final class HostWebResourceManager {
        public void requireResource(String completeKey) {
            if (!completeKey.equals(AUI) && findModule(completeKey) == null) {
                throw new IllegalArgumentException("no web-resource " + completeKey);
            }
            REQUIRED.get().add(completeKey);
        }

        public void requireResourcesForContext(String context) {
            CONTEXTS.get().add(context);
            for (PluginDescriptor.Module module : descriptor.modules("web-resource")) {
                if (module.childTexts("context").contains(context)) {
                    REQUIRED.get().add(descriptor.completeKey(module));
                }
            }
        }
    }

    /**
     * webresource-api as plugins meet it: one assembler per request (the thread's), whose resources are those the
     * decorator writes. An unknown module key fails, louder than Jira (which logs it and leaves it out); a context
     * nothing declares adds nothing, as in Jira.
     */
    final class HostPageBuilderService implements PageBuilderService, WebResourceAssembler, RequiredResources,
            AssembledResources {
        @Override
        public WebResourceAssembler assembler() {
            return this;
        }

        @Override
        public AssembledResources assembled() {
            return this;
        }

        /**
         * What was required so far, taken out of the request (the decorator then writes nothing twice). RELATIVE
         * URLs start with the context path, as Jira's; ABSOLUTE and AUTO are refused (the app uses RELATIVE only).
         */
        @Override
        public WebResourceSet drainIncludedResources() {
            String tags = drainTags(contextPath);
            return (writer, mode) -> {
                if (mode != UrlMode.RELATIVE) {
                    throw new UnsupportedOperationException("the dev host writes RELATIVE resource URLs only: " + mode);
                }
                try {
                    writer.write(tags);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            };
        }

        @Override
        public RequiredResources resources() {
            return this;
        }

        @Override
        public RequiredResources requireWebResource(String moduleCompleteKey) {
            manager.requireResource(moduleCompleteKey);
            return this;
        }

        @Override
        public RequiredResources requireContext(String context) {
            manager.requireResourcesForContext(context);
            return this;
        }
    }

    public void clearRequired() {
        REQUIRED.remove();
        CONTEXTS.remove();
    }

    /** The tags for everything required in this request (and the contexts given), then forgets them. */
    public String drainTags(String contextPath, String... contexts) {
        for (String context : contexts) {
            manager.requireResourcesForContext(context);
        }
        Set<String> ordered = new LinkedHashSet<>();
        for (String key : REQUIRED.get()) {
            addWithDependencies(key, ordered, new LinkedHashSet<>());
        }
        StringBuilder tags = new StringBuilder();
        for (String context : CONTEXTS.get()) {
            tags.append("<!-- web-resource context: ").append(context.replace("--", "")).append(" -->\n");
        }
        clearRequired();
        for (String key : ordered) {
            if (key.equals(AUI)) {
                continue; // the host's chrome always loads AUI first
            }
            PluginDescriptor.Module module = findModule(key);
            for (var resource : module.children("resource")) {
                if (!"download".equals(resource.getAttribute("type"))) {
                    continue;
                }
                String url = contextPath + "/download/resources/" + key + "/" + resource.getAttribute("name");
                String name = resource.getAttribute("name");
                // data-wrm-key as Jira's web-resource manager writes it: the module the file comes from
                if (name.endsWith(".css")) {
                    tags.append("<link rel=\"stylesheet\" href=\"").append(url).append("\" data-wrm-key=\"")
                            .append(key).append("\">\n");
                } else if (name.endsWith(".js")) {
                    tags.append("<script src=\"").append(url).append("\" data-wrm-key=\"").append(key)
                            .append("\"></script>\n");
                }
            }
        }
        return tags.toString();
    }

    /** jQuery, which AUI expects on the page first: npm installs it beside AUI (node_modules/jquery). */
    private Path jquery() {
        return auiDirectory.resolve("../../../../jquery/dist/jquery.min.js").normalize();
    }

    /** The head tags that load AUI (empty when AUI is not installed). */
    public String auiTags(String contextPath) {
        if (!auiInstalled()) {
            return "<!-- AUI is not installed: run mvn -Prun (npm install in src/devhost/aui) -->\n";
        }
        String base = contextPath + "/download/resources/" + AUI + "/";
        return "<link rel=\"stylesheet\" href=\"" + base + "aui-prototyping.css\">\n"
                + "<script src=\"" + base + "jquery.js\"></script>\n"
                + "<script src=\"" + base + "aui-prototyping.js\"></script>\n";
    }

    private void addWithDependencies(String key, Set<String> ordered, Set<String> visiting) {
        if (ordered.contains(key) || !visiting.add(key)) {
            return;
        }
        if (AUI_MODULES.contains(key)) {
            return; // in the AUI bundle the chrome loads first
        }
        if (key.startsWith("com.atlassian.auiplugin:") && !key.equals(AUI)) {
            throw new IllegalArgumentException("no AUI web-resource " + key + " on the host (known: ajs, " + AUI_MODULES + ")");
        }
        PluginDescriptor.Module module = key.equals(AUI) ? null : findModule(key);
        if (module != null) {
            for (String dependency : module.childTexts("dependency")) {
                addWithDependencies(dependency, ordered, visiting);
            }
        }
        if (module != null || key.equals(AUI)) {
            ordered.add(key);
        }
    }

    private PluginDescriptor.Module findModule(String completeKey) {
        int colon = completeKey.indexOf(':');
        if (colon < 0 || !completeKey.substring(0, colon).equals(descriptor.key())) {
            return null;
        }
        String moduleKey = completeKey.substring(colon + 1);
        return descriptor.modules("web-resource").stream().filter(m -> m.key().equals(moduleKey)).findFirst()
                .orElse(null);
    }

    /** Serves {@code /download/resources/...}; answers 404 for anything unknown. */
    public void serve(String path, HttpServletResponse response) throws IOException {
        // path: <pluginKey>:<moduleKey>/<name> or <pluginKey>/<name>
        if (path == null || path.contains("..")) {
            response.sendError(404);
            return;
        }
        int slash = path.indexOf('/');
        if (slash < 0) {
            response.sendError(404);
            return;
        }
        String owner = path.substring(0, slash);
        String name = path.substring(slash + 1);
        if (owner.equals(AUI)) {
            Path file = auiDirectory == null ? null : auiDirectory.resolve(name).normalize();
            if (name.equals("jquery.js") && auiDirectory != null) {
                file = jquery();
            } else if (file != null && !file.startsWith(auiDirectory)) {
                file = null;
            }
            if (file == null || !Files.isRegularFile(file)) {
                response.sendError(404);
                return;
            }
            send(Files.newInputStream(file), name, response);
            return;
        }
        String location = null;
        if (owner.equals(descriptor.key())) {
            for (PluginDescriptor.Module resource : descriptor.modules("resource")) {
                String resName = resource.attribute("name");
                if ("download".equals(resource.attribute("type"))) {
                    if (resName.equals(name)) {
                        location = resource.attribute("location");
                    } else if (resName.endsWith("/") && name.startsWith(resName)) {
                        location = resource.attribute("location") + name.substring(resName.length());
                    }
                }
            }
        } else {
            PluginDescriptor.Module module = findModule(owner);
            if (module != null) {
                for (var resource : module.children("resource")) {
                    if (resource.getAttribute("name").equals(name)) {
                        location = resource.getAttribute("location");
                    }
                }
            }
        }
        InputStream in = location == null ? null : loader.getResourceAsStream(strip(location));
        if (in == null) {
            response.sendError(404);
            return;
        }
        send(in, name, response);
    }

    private static final Map<String, String> TYPES = Map.of("css", "text/css;charset=UTF-8",
            "js", "application/javascript;charset=UTF-8", "png", "image/png", "svg", "image/svg+xml",
            "gif", "image/gif", "woff", "font/woff", "woff2", "font/woff2", "ttf", "font/ttf",
            "jpg", "image/jpeg", "map", "application/json");

    private static void send(InputStream in, String name, HttpServletResponse response) throws IOException {
        try (in) {
            String ext = name.substring(name.lastIndexOf('.') + 1);
            response.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
            response.setHeader("Cache-Control", "max-age=3600");
            in.transferTo(response.getOutputStream());
        }
    }

    private static String strip(String location) {
        return location.startsWith("/") ? location.substring(1) : location;
    }

    public List<PluginDescriptor.Module> modules() {
        return new ArrayList<>(descriptor.modules("web-resource"));
    }
}
