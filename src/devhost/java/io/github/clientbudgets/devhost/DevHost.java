package io.github.clientbudgets.devhost;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.application.ApplicationRoleManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.worklog.WorklogManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.github.clientbudgets.devhost.ao.HostActiveObjects;
import io.github.clientbudgets.devhost.ao.HostAoUpgrades;
import io.github.clientbudgets.devhost.ao.JiraAoNaming;
import io.github.clientbudgets.devhost.auth.AccessRules;
import io.github.clientbudgets.devhost.auth.AuthFilter;
import io.github.clientbudgets.devhost.auth.SalServices;
import io.github.clientbudgets.devhost.db.DatabaseSpec;
import io.github.clientbudgets.devhost.db.Db;
import io.github.clientbudgets.devhost.db.EmbeddedPostgresServer;
import io.github.clientbudgets.devhost.demo.DemoContext;
import io.github.clientbudgets.devhost.demo.DemoData;
import io.github.clientbudgets.devhost.demo.DemoDataStep;
import io.github.clientbudgets.devhost.jira.JiraServices;
import io.github.clientbudgets.devhost.jira.JiraStore;
import io.github.clientbudgets.devhost.platform.PlatformServices;
import io.github.clientbudgets.devhost.plugin.LoadedPlugin;
import io.github.clientbudgets.devhost.plugin.PluginDescriptor;
import io.github.clientbudgets.devhost.rest.JiraRestResource;
import io.github.clientbudgets.devhost.rest.RestModules;
import io.github.clientbudgets.devhost.rest.RestSecurityFeature;
import io.github.clientbudgets.devhost.web.Chrome;
import io.github.clientbudgets.devhost.web.Decorator;
import io.github.clientbudgets.devhost.web.HostI18nResolver;
import io.github.clientbudgets.devhost.web.HostPages;
import io.github.clientbudgets.devhost.web.HostTemplateRenderer;
import io.github.clientbudgets.devhost.web.PluginServletDispatcher;
import io.github.clientbudgets.devhost.web.VelocityAllowlist;
import io.github.clientbudgets.devhost.web.WebFragments;
import io.github.clientbudgets.devhost.web.WebPanels;
import io.github.clientbudgets.devhost.web.WebResources;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The dev host: a Jira-shaped host that runs the real plugin from its descriptor with demo data, the stand-in for
 * {@code atlas-run}. {@code mvn -Prun} runs {@link #main}; tests use {@link #start(DevHostOptions)} with port 0.
 * See docs/devhost.md.
 */
public final class DevHost implements AutoCloseable {
    private static final AtomicInteger MEMORY_DATABASES = new AtomicInteger();
    /** Jersey's start-up chatter (no JAXB, no javax.activation) is noise here; held so the level sticks. */
    private static final java.util.logging.Logger JERSEY_LOG = java.util.logging.Logger.getLogger("org.glassfish.jersey");

    static {
        JERSEY_LOG.setLevel(java.util.logging.Level.SEVERE);
    }
    private final DevHostOptions options;
    private final List<AutoCloseable> closeables = new ArrayList<>();
    private HostComponents components;
    private JiraStore store;
    private LoadedPlugin plugin;
    private HostWebServer.Context web;
    private PluginDescriptor descriptor;
    private ClassLoader loader;
    private HostI18nResolver i18n;
    private HostTemplateRenderer renderer;
    private WebResources webResources;
    private DatabaseSpec database;
    private PlatformServices platform;
    private HostWebServer server;
    private int port;
    private DemoData.Summary demoSummary;
    /** The small JSM (null with --no-jsm). */
    private io.github.clientbudgets.devhost.jsm.HostJsm jsm;

    private DevHost(DevHostOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        DevHostOptions options = DevHostOptions.parse(args);
        long started = System.nanoTime();
        DevHost host;
        try {
            host = start(options);
        } catch (PluginDescriptor.DescriptorException e) {
            System.err.println("\nThe dev host did not start: " + e.getMessage());
            System.exit(1);
            return;
        } catch (IllegalStateException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.net.BindException) {
                    System.err.println("\nThe dev host did not start: port " + options.port
                            + " is in use (another dev host?). Choose one: mvn -Prun -Ddevhost.args=\"--port=2991\"");
                    System.exit(1);
                    return;
                }
            }
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(host::close));
        System.out.printf("%n  Jira (dev host) is running at %s   (started in %.1f s)%n", host.baseUrl(),
                (System.nanoTime() - started) / 1e9);
        System.out.println("  database: " + host.database.jdbcUrl());
        System.out.println("  demo users (password = user name): admin (Jira admin), pm (project admin of ACME and GLOBEX),");
        System.out.println("    dev, dev2 (team members; dev2 reads Jira in German), client, other (JSM portal-only customers)");
        System.out.println("  " + host.options.jiraLine.title + "; HTTP Basic on REST: "
                + (host.options.basicAuth() ? "on" : "off (--basic-auth turns it on)")
                + "; personal access tokens (Authorization: Bearer <token>):");
        for (var user : host.store.users()) {
            System.out.println("    " + user.getUsername() + ": "
                    + io.github.clientbudgets.devhost.auth.PersonalAccessTokens.tokenOf(user.getUsername()));
        }
        System.out.println("  plugin: " + host.plugin.descriptor().key() + " " + host.plugin.descriptor().version());
        System.out.println("  Ctrl+C stops it. Options: mvn -Prun"
                + (host.options.jiraLine == DevHostOptions.JiraLine.JIRA_11 ? "11" : "") + " -Ddevhost.args=\"--help\"\n");
        host.server.join();
    }

    public static DevHost start(DevHostOptions options) {
        DevHost host = new DevHost(options);
        try {
            host.boot();
            return host;
        } catch (RuntimeException e) {
            host.close();
            throw e;
        } catch (Exception e) {
            host.close();
            // a module's servlet failing its init (e.g. a REST provider Jersey cannot build) comes wrapped by Jetty
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof PluginDescriptor.DescriptorException descriptor) {
                    throw descriptor;
                }
            }
            throw new IllegalStateException("the dev host did not start: " + e.getMessage(), e);
        }
    }

    private PrintStream console() {
        return options.quiet ? null : System.out;
    }

    private void boot() throws Exception {
        ClassLoader loader = io.github.clientbudgets.devhost.plugin.PluginJar.loader(options, DevHost.class.getClassLoader(), closeables);
        database = openDatabase();
        Db db = new Db(database);
        store = new JiraStore(db);
        store.createSchema();
        db.execute("CREATE TABLE IF NOT EXISTS devhost_demo_step (name VARCHAR(255) PRIMARY KEY, applied TIMESTAMP NOT NULL)");

        PluginDescriptor descriptor = readDescriptor(loader);
        components = new HostComponents();
        // Data Center services over the shared database: two hosts on one PostgreSQL act as two cluster nodes
        String nodeId = options.nodeId != null ? options.nodeId
                : options.port > 0 ? "node-" + options.port : "node-" + java.util.UUID.randomUUID();
        platform = new PlatformServices(database, nodeId, options.platformPollMillis);
        closeables.add(platform);
        platform.registerIn(components);
        registerJira();
        jsm = null;
        if (options.jsm) {
            jsm = new io.github.clientbudgets.devhost.jsm.HostJsm(store, components.get(ApplicationRoleManager.class));
            jsm.registerIn(components);
            if (options.demoData) {
                jsm.addDemoOrganizations(); // in memory, as the host's JSM keeps them: added at every start
            }
        }
        // Jira's static ComponentAccessor answers from this host (the app looks optional JSM services up there)
        io.github.clientbudgets.devhost.jsm.HostComponentAccessor.install(components);
        HostComponents installed = components;
        closeables.add(() -> io.github.clientbudgets.devhost.jsm.HostComponentAccessor.uninstall(installed));

        // a plugin without an <ao> module gets no Active Objects, as in Jira: a bean that needs it cannot be built
        if (!descriptor.modules("ao").isEmpty()) {
            HostActiveObjects ao = database.activeObjects(JiraAoNaming.namespace(descriptor));
            closeables.add(() -> ao.entityManager().getProvider().dispose());
            // Jira's AO: the upgrade tasks newer than the stored model version, then the entities migrated
            HostAoUpgrades.upgradeAndMigrate(descriptor, loader, ao, components.get(ClusterLockService.class));
            components.register(ActiveObjects.class, ao);
        }

        WebResources webResources = new WebResources(descriptor, loader, options.auiDirectory.toAbsolutePath().normalize(),
                options.contextPath);
        webResources.validate();
        validateTemplates(descriptor, loader);
        validateCustomerContexts(descriptor);
        // Jira's resolver answers in the logged-in user's profile language, else the instance's default
        HostI18nResolver i18n = new HostI18nResolver(descriptor, loader,
                components.get(JiraAuthenticationContext.class)::getLocale);
        HostTemplateRenderer renderer = new HostTemplateRenderer(loader, VelocityAllowlist.of(descriptor), webResources);
        components.register(I18nResolver.class, i18n);
        // SAL's LocaleResolver.getLocale(UserKey), as Jira's: the user's profile language, else the instance's default
        io.github.clientbudgets.devhost.jira.JiraServices.HostAuthenticationContext authentication =
                (io.github.clientbudgets.devhost.jira.JiraServices.HostAuthenticationContext) components.get(JiraAuthenticationContext.class);
        components.register(com.atlassian.sal.api.message.LocaleResolver.class, userKey -> userKey == null
                ? authentication.defaultLocale() : store.userLocale(userKey.getStringValue()).orElse(authentication.defaultLocale()));
        components.register(TemplateRenderer.class, renderer);
        components.register(com.atlassian.webresource.api.assembler.PageBuilderService.class,
                webResources.pageBuilderService());
        components.register(LoginUriProvider.class, new SalServices.HostLoginUriProvider(options.contextPath));
        components.register(com.atlassian.sal.api.ApplicationProperties.class,
                new SalServices.HostApplicationProperties(this::baseUrl, options.contextPath));
        components.register(UserManager.class, new SalServices.HostSalUserManager(store,
                components.get(GlobalPermissionManager.class), components.get(ApplicationRoleManager.class)));
        components.register(com.atlassian.sal.api.websudo.WebSudoManager.class,
                new io.github.clientbudgets.devhost.auth.HostWebSudo(options.contextPath, java.time.Clock.systemUTC()));

        boolean freshDatabase = store.isEmpty();
        LocalDate today = LocalDate.now();
        LocalDate firstDay = options.demoStart != null ? options.demoStart : DemoData.defaultFirstDay(today);
        if (freshDatabase && options.demoData) {
            long t = System.nanoTime();
            demoSummary = new DemoData(store, console()).generate(options.seed, options.scale, firstDay, today);
            if (console() != null) {
                console().printf("  demo data: %d users, %d projects, %d issues, %d worklogs (%.1f s)%n", demoSummary.users(),
                        demoSummary.projects(), demoSummary.issues(), demoSummary.worklogs(), (System.nanoTime() - t) / 1e9);
            }
        }

        warnAboutIgnoredModules(descriptor);
        this.descriptor = descriptor;
        this.loader = loader;
        this.i18n = i18n;
        this.renderer = renderer;
        this.webResources = webResources;
        closeables.add(() -> {
            if (plugin != null) {
                plugin.close();
            }
        });
        server = new HostWebServer(options.port);
        mountPlugin();
        port = server.port();
        runDemoSteps(loader, firstDay, today);
    }

    /**
     * Enables the plugin as Jira does: its Spring context (init-methods), its modules (servlets, REST, web
     * fragments) on the host's web context, then SAL's {@code LifecycleAware.onStart()}.
     */
    private void mountPlugin() throws Exception {
        plugin = LoadedPlugin.start(descriptor, loader, components, options.springConfig);
        AccessRules rules = new AccessRules(components.get(GlobalPermissionManager.class),
                components.get(ApplicationRoleManager.class), false, false);
        RestSecurityFeature security = new RestSecurityFeature(rules,
                components.get(com.atlassian.sal.api.websudo.WebSudoManager.class));
        List<LoadedPlugin.ServletModule> servlets = plugin.servlets();
        List<RestModules.RestModule> restModules = RestModules.of(plugin, security);
        WebFragments fragments = new WebFragments(plugin, i18n, renderer, components.get(GlobalPermissionManager.class),
                components.get(PermissionManager.class));
        Chrome chrome = new Chrome(options.contextPath, webResources, fragments, components.get(GlobalPermissionManager.class));
        Decorator decorator = new Decorator(chrome, webResources, components.get(ProjectManager.class));

        HostWebServer.Context context = server.newContext(options.contextPath, loader);
        context.addFilter((javax.servlet.Filter) (req, res, chain) -> {
            io.github.clientbudgets.devhost.jsm.HostComponentAccessor.enter(components);
            try {
                chain.doFilter(req, res);
            } finally {
                io.github.clientbudgets.devhost.jsm.HostComponentAccessor.leave();
            }
        }, "/*");
        context.addFilter(new AuthFilter(store, webResources, options.basicAuth()), "/*");
        context.addServlet("plugin-servlets", new PluginServletDispatcher(servlets, rules, decorator,
                components.get(LoginUriProvider.class)), "/plugins/servlet/*");
        for (RestModules.RestModule module : restModules) {
            context.addServlet("rest-" + module.key(), module.container(), module.mountPath() + "/*");
        }
        ResourceConfig jira = RestModules.application(security);
        jira.register(RestSecurityFeature.JiraJsonErrorMapper.class);
        jira.registerInstances(new JiraRestResource(components.get(IssueManager.class), components.get(WorklogManager.class),
                components.get(PermissionManager.class), components.get(com.atlassian.jira.user.util.UserManager.class)));
        jira.registerInstances(new io.github.clientbudgets.devhost.rest.UserPickerResource(store,
                components.get(com.atlassian.jira.security.GlobalPermissionManager.class)));
        context.addServlet("jira-rest", new ServletContainer(jira), "/rest/*");
        context.addServlet("downloads", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                webResources.serve(req.getPathInfo() == null ? null : req.getPathInfo().substring(1), resp);
            }
        }, "/download/resources/*");
        WebPanels webPanels = new WebPanels(plugin, renderer, fragments);
        if (jsm != null) {
            context.addServlet("jsm-customer-portal", new io.github.clientbudgets.devhost.jsm.CustomerPortalPages(
                    store, jsm, webPanels, webResources, options.contextPath), "/servicedesk/customer/*");
        }
        HostPages pages = new HostPages(store, chrome, components, plugin, webPanels);
        context.addServlet("host-pages", pages, "/");
        context.addServlet("error-page", pages, HostPages.ERROR_PATH);
        context.errorPages(400, 599, HostPages.ERROR_PATH);
        web = context;
        server.mount(context);
        context.initServlets();
        plugin.fireOnStart();
    }

    /**
     * Disables the plugin as Jira does: its modules stop answering (Jira then answers 404), SAL's
     * {@code LifecycleAware.onStop()} runs, its Spring context closes (destroy-methods). The host's services (caches,
     * AO tables, scheduler) stay, as Jira's outlive a plugin.
     */
    public synchronized void disablePlugin() throws Exception {
        if (plugin == null) {
            return;
        }
        server.unmount(web);
        web = null;
        LoadedPlugin disabled = plugin;
        plugin = null;
        disabled.close();
    }

    /** Enables a disabled plugin again (a new Spring context and new module objects), as Jira does after an upgrade. */
    public synchronized void enablePlugin() throws Exception {
        if (plugin == null) {
            mountPlugin();
        }
    }

    private PluginDescriptor readDescriptor(ClassLoader loader) throws IOException {
        if (options.descriptorResource.equals("atlassian-plugin.xml")) {
            return PluginDescriptor.fromClasspath(loader);
        }
        try (var in = loader.getResourceAsStream(options.descriptorResource)) {
            if (in == null) {
                throw new PluginDescriptor.DescriptorException(options.descriptorResource + " is not on the class path");
            }
            return PluginDescriptor.parse(in);
        }
    }

    private void runDemoSteps(ClassLoader loader, LocalDate firstDay, LocalDate today) {
        if (!options.demoData) {
            return;
        }
        List<DemoDataStep> steps = new ArrayList<>();
        ServiceLoader.load(DemoDataStep.class, loader).forEach(steps::add);
        steps.addAll(options.extraDemoSteps);
        steps.sort(Comparator.comparingInt(DemoDataStep::order).thenComparing(DemoDataStep::name));
        Db db = store.db();
        for (DemoDataStep step : steps) {
            if (db.queryLong("SELECT COUNT(*) FROM devhost_demo_step WHERE name = ?", step.name()) > 0) {
                continue;
            }
            Random random = new Random(options.seed ^ step.name().hashCode());
            DemoContext context = new DemoContext(plugin.descriptor().key(), components, plugin.springContext(), store, firstDay,
                    firstDay.plusMonths(3).minusDays(1), options.scale, random);
            try {
                step.apply(context);
            } catch (Exception e) {
                throw new IllegalStateException("demo data step '" + step.name() + "' failed: " + e.getMessage(), e);
            }
            db.update("INSERT INTO devhost_demo_step (name, applied) VALUES (?, ?)", step.name(), Instant.now());
            if (console() != null) {
                console().println("  demo data step: " + step.name());
            }
        }
    }

    /** The instance's default language (Jira's {@code jira.i18n.default.locale}): users without a profile language get it. */
    public static final java.util.Locale DEFAULT_LOCALE = java.util.Locale.US;

    private void registerJira() {
        JiraServices.HostApplicationRoleManager roles = new JiraServices.HostApplicationRoleManager(store);
        components.register(ApplicationRoleManager.class, roles);
        components.register(com.atlassian.jira.user.util.UserManager.class, new JiraServices.HostUserManager(store));
        components.register(com.atlassian.jira.bc.user.search.UserSearchService.class, new JiraServices.HostUserSearchService(store));
        JiraServices.HostAuthenticationContext authentication = new JiraServices.HostAuthenticationContext(store,
                DEFAULT_LOCALE);
        components.register(JiraAuthenticationContext.class, authentication);
        components.register(com.atlassian.jira.datetime.DateTimeFormatterFactory.class,
                new io.github.clientbudgets.devhost.jira.HostDateTimeFormatters(authentication, DEFAULT_LOCALE,
                        java.util.TimeZone::getDefault));
        components.register(GlobalPermissionManager.class, new JiraServices.HostGlobalPermissionManager(store));
        components.register(PermissionManager.class, new JiraServices.HostPermissionManager(store, roles));
        components.register(ProjectManager.class, new JiraServices.HostProjectManager(store));
        components.register(com.atlassian.jira.security.roles.ProjectRoleManager.class,
                new JiraServices.HostProjectRoleManager(store));
        components.register(IssueManager.class, new JiraServices.HostIssueManager(store));
        HostComponents registry = components;
        components.register(WorklogManager.class, new JiraServices.HostWorklogManager(store,
                () -> registry.get(EventPublisher.class)));
    }

    /** Module types the host implements; others are listed at start, so nobody wonders why a module does nothing. */
    private static final java.util.Set<String> SUPPORTED_MODULES = java.util.Set.of("resource", "ao", "servlet", "rest",
            "rest-migration", "web-item", "web-section", "web-panel", "web-resource", "velocity-allowlist", "customercontext");

    private void warnAboutIgnoredModules(PluginDescriptor descriptor) {
        for (PluginDescriptor.Module module : descriptor.modules()) {
            if (!SUPPORTED_MODULES.contains(module.type()) && console() != null) {
                console().println("  note: the dev host ignores " + module + " (module type not implemented here)");
            }
        }
    }

    /**
     * JSM's {@code <customercontext key path><uri regex/></customercontext>} (the form one Jira 10 JSM plugin uses;
     * Atlassian documents none): a path of one of the plugin's servlets or REST resources and a valid regex. The host
     * only checks the form; what JSM does with it (the customer context for those requests) is checked by hand.
     */
    private static void validateCustomerContexts(PluginDescriptor descriptor) {
        for (PluginDescriptor.Module module : descriptor.modules("customercontext")) {
            String path = module.attribute("path");
            if (path == null || !(path.startsWith("/plugins/servlet/") || path.startsWith("/rest/"))) {
                throw new PluginDescriptor.DescriptorException("module " + module + ": path must be a /plugins/servlet/ or"
                        + " /rest/ path, not " + path);
            }
            var uris = module.children("uri");
            if (uris.isEmpty()) {
                throw new PluginDescriptor.DescriptorException("module " + module + ": no <uri regex=\"...\"/>");
            }
            for (var uri : uris) {
                try {
                    java.util.regex.Pattern.compile(uri.getAttribute("regex"));
                } catch (java.util.regex.PatternSyntaxException e) {
                    throw new PluginDescriptor.DescriptorException("module " + module + ": bad uri regex", e);
                }
            }
        }
    }

    /** Every {@code <resource type="velocity">} a module names must exist, as Jira checks when enabling it. */
    private static void validateTemplates(PluginDescriptor descriptor, ClassLoader loader) {
        for (PluginDescriptor.Module module : descriptor.modules()) {
            for (var resource : module.children("resource")) {
                if ("velocity".equals(resource.getAttribute("type"))) {
                    String location = resource.getAttribute("location").replaceFirst("^/", "");
                    if (loader.getResource(location) == null) {
                        throw new PluginDescriptor.DescriptorException("module " + module + ": template " + location
                                + " is not on the plugin class path");
                    }
                }
            }
        }
    }

    private DatabaseSpec openDatabase() throws IOException {
        Path dir = options.dataDirectory.toAbsolutePath().normalize();
        if (options.inMemory) {
            return DatabaseSpec.h2Memory("devhost_" + MEMORY_DATABASES.incrementAndGet());
        }
        if (options.dbUrl != null) {
            DatabaseSpec spec = new DatabaseSpec(options.dbUrl, options.dbUser, options.dbPassword);
            if (options.reset) {
                wipe(spec);
            }
            return spec;
        }
        if (options.embeddedPostgres) {
            Path pg = dir.resolve("pg");
            if (options.reset) {
                deleteTree(pg);
            }
            Files.createDirectories(pg);
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(pg, options.embeddedPostgresPort);
            closeables.add(server);
            return server.createDatabaseNamed("jira", true);
        }
        Path h2 = dir.resolve("h2");
        if (options.reset) {
            deleteTree(h2);
        }
        Files.createDirectories(h2);
        DatabaseSpec spec = new DatabaseSpec("jdbc:h2:file:" + h2.resolve("jira") + ";DB_CLOSE_DELAY=-1", "sa", "");
        closeables.add(() -> {
            try (Connection c = spec.connect(); var s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        });
        return spec;
    }

    /** Drops everything in an external database's schema (--reset with --db-url). */
    private static void wipe(DatabaseSpec spec) {
        Db db = new Db(spec);
        if (spec.isPostgres()) {
            db.execute("DROP SCHEMA public CASCADE", "CREATE SCHEMA public");
        } else {
            db.execute("DROP ALL OBJECTS");
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    public String baseUrl() {
        return "http://localhost:" + port + options.contextPath;
    }

    public int port() {
        return port;
    }

    public HostComponents components() {
        return components;
    }

    public JiraStore store() {
        return store;
    }

    public LoadedPlugin plugin() {
        return plugin;
    }

    /** This node's Data Center services (events, locks, scheduler, caches, mail). */
    public PlatformServices platform() {
        return platform;
    }

    public DatabaseSpec database() {
        return database;
    }

    public DemoData.Summary demoSummary() {
        return demoSummary;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            try {
                server.close();
            } catch (Exception e) {
                // stopping anyway
            }
            server = null;
        }
        for (int i = closeables.size() - 1; i >= 0; i--) {
            try {
                closeables.get(i).close();
            } catch (Exception e) {
                // keep closing the rest
            }
        }
        closeables.clear();
    }
}
