package io.github.clientbudgets.devhost;

import io.github.clientbudgets.devhost.plugin.LoadedPlugin;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dev host's options, from the command line ({@code --name=value}; a single dash works too) or from system
 * properties {@code devhost.<name>}. See docs/devhost.md.
 */
public final class DevHostOptions {
    public int port = 2990;
    public String contextPath = "/jira";
    public Path dataDirectory = Path.of("target", "devhost");
    public boolean reset;
    /** An in-memory H2 database (tests): nothing survives the host. */
    public boolean inMemory;
    public String dbUrl;
    public String dbUser = "";
    public String dbPassword = "";
    public boolean embeddedPostgres;
    public int embeddedPostgresPort = 54329;
    public boolean demoData = true;
    /** Jira Service Management installed (its customer portal and services); false = a licensed-only Jira. */
    public boolean jsm = true;
    public int scale = 1;
    public long seed = 42L;
    /** First day of the three demo months; default: the first day of the month two months ago. */
    public LocalDate demoStart;
    public Path auiDirectory = Path.of("src", "devhost", "aui", "node_modules", "@atlassian", "aui", "dist", "aui");
    public boolean quiet;
    /**
     * How often the scheduler and the caches look for work of other nodes, in ms; 0 = never on their own (tests
     * then drive {@code runDueJobs()} / {@code applyRemoteFlushes()} themselves, deterministically).
     */
    public long platformPollMillis = io.github.clientbudgets.devhost.platform.PlatformServices.DEFAULT_POLL_MILLIS;
    /** This host's name as a cluster node (locks, scheduler); two hosts on one database need different ids. */
    public String nodeId;
    /** Demo data steps to run besides those found by ServiceLoader (tests, embedding programs). */
    public java.util.List<io.github.clientbudgets.devhost.demo.DemoDataStep> extraDemoSteps = new java.util.ArrayList<>();
    /** Tests only: the class path resource read as the plugin descriptor. */
    public String descriptorResource = "atlassian-plugin.xml";
    /** Tests only: where the plugin's Spring XML files are. */
    public String springConfig = LoadedPlugin.SPRING_CONFIG;
    /** The Jira line this host imitates, given by the servlet API it was built with (javax = 10, jakarta = 11). */
    public final JiraLine jiraLine = JiraLine.current();
    /**
     * Jira's "Allow basic authentication on API calls" (Authentication methods): null = the line's default (on for
     * Jira 10, off for Jira 11).
     */
    public Boolean basicAuth = System.getProperty("devhost.basic-auth") == null ? null
            : Boolean.parseBoolean(System.getProperty("devhost.basic-auth"));
    /**
     * The plugin jar to load the plugin from (its descriptor, classes and resources) instead of the host's class path;
     * required on the Jira 11 line, which loads only the jira11 jar.
     */
    public Path pluginJar = System.getProperty("devhost.plugin-jar") == null ? null
            : Path.of(System.getProperty("devhost.plugin-jar"));
    /** UPM's trust store folder (PEM certificates): when set, the jar's signature is checked before loading it. */
    public Path truststore = System.getProperty("devhost.truststore") == null ? null
            : Path.of(System.getProperty("devhost.truststore"));
    /** The signature file of {@link #pluginJar}; default: the jar's path + ".sig". */
    public Path pluginSignature;

    public boolean basicAuth() {
        return basicAuth != null ? basicAuth : jiraLine == JiraLine.JIRA_10;
    }

    /** The two lines the app is built for. */
    public enum JiraLine {
        JIRA_10("Jira 10 (Platform 7, javax)"), JIRA_11("Jira 11 (Platform 8, jakarta)");

        public final String title;

        JiraLine(String title) {
            this.title = title;
        }

        /** The line of the host's own build: the Jira 11 host is the same source transformed to jakarta. */
        public static JiraLine current() {
            return javax.servlet.http.HttpServlet.class.getName().startsWith("jakarta.") ? JIRA_11 : JIRA_10;
        }
    }

    public static DevHostOptions parse(String... args) {
        DevHostOptions o = new DevHostOptions();
        List<String> all = new ArrayList<>();
        for (String name : List.of("port", "context-path", "data-dir", "reset", "db-url", "db-user", "db-password",
                "embedded-postgres", "scale", "seed", "demo-start", "no-demo", "no-jsm", "aui-dir", "in-memory", "quiet")) {
            String value = System.getProperty("devhost." + name);
            if (value != null) {
                all.add("--" + name + "=" + value);
            }
        }
        if (args != null) {
            for (String arg : args) {
                if (arg != null && !arg.isBlank()) {
                    all.addAll(List.of(arg.trim().split("\\s+")));
                }
            }
        }
        for (String arg : all) {
            String a = arg.replaceFirst("^--?", "");
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            String value = a.contains("=") ? a.substring(a.indexOf('=') + 1) : "true";
            switch (name) {
                case "port" -> o.port = Integer.parseInt(value);
                case "context-path" -> o.contextPath = value;
                case "data-dir" -> o.dataDirectory = Path.of(value);
                case "reset" -> o.reset = Boolean.parseBoolean(value);
                case "db-url" -> o.dbUrl = value;
                case "db-user" -> o.dbUser = value;
                case "db-password" -> o.dbPassword = value;
                case "embedded-postgres" -> o.embeddedPostgres = Boolean.parseBoolean(value);
                case "scale" -> o.scale = Integer.parseInt(value);
                case "seed" -> o.seed = Long.parseLong(value);
                case "demo-start" -> o.demoStart = LocalDate.parse(value);
                case "no-demo" -> o.demoData = !Boolean.parseBoolean(value);
                case "no-jsm" -> o.jsm = !Boolean.parseBoolean(value);
                case "aui-dir" -> o.auiDirectory = Path.of(value);
                case "in-memory" -> o.inMemory = Boolean.parseBoolean(value);
                case "quiet" -> o.quiet = Boolean.parseBoolean(value);
                case "node-id" -> o.nodeId = value;
                case "basic-auth" -> o.basicAuth = Boolean.parseBoolean(value);
                case "plugin-jar" -> o.pluginJar = Path.of(value);
                case "plugin-signature" -> o.pluginSignature = Path.of(value);
                case "truststore" -> o.truststore = Path.of(value);
                case "help" -> {
                    System.out.println(usage());
                    System.exit(0);
                }
                default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + usage());
            }
        }
        if (o.scale < 1) {
            throw new IllegalArgumentException("--scale must be 1 or more");
        }
        return o;
    }

    public static String usage() {
        return """
                mvn -Prun [-Ddevhost.args="OPTIONS"]   (or system properties -Ddevhost.<option>=value)
                  --port=2990                 HTTP port (0 = any free port)
                  --reset                     start from a fresh database (deletes the dev host's data)
                  --db-url=jdbc:postgresql://host/db --db-user=u --db-password=p   an external database
                  --embedded-postgres         a real PostgreSQL in this JVM, data under target/devhost/pg
                  --in-memory                 an in-memory H2 database
                  --node-id=node-2990         this host's cluster node id (default: node-<port>)
                  --scale=N                   N times the demo issues and worklogs (benchmarks)
                  --seed=42                   the demo data's random seed
                  --demo-start=YYYY-MM-DD     first day of the three demo months
                  --no-demo                   no demo data
                  --no-jsm                    no Jira Service Management (no customer portal, Jira's login only)
                  --data-dir=target/devhost   where the H2 database and PostgreSQL data live
                  --basic-auth[=false]        HTTP Basic on REST, as Jira's "Allow basic authentication on API calls"
                                              (default: on for Jira 10, off for Jira 11; tokens work on both)
                  --plugin-jar=target/x.jar   load the plugin from this jar (the Jira 11 host: the -jira11 jar)
                  --truststore=dir            check the jar's signature (<jar>.sig) against PEM certificates, as UPM 8
                  --plugin-signature=file     the signature file (default: <jar>.sig)
                """;
    }
}
