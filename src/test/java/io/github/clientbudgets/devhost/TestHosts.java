package io.github.clientbudgets.devhost;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;

/** Starting a dev host for a test (in-memory H2, any free port, fixed demo window) and talking HTTP to it. */
public final class TestHosts {
    public static final LocalDate DEMO_START = LocalDate.of(2026, 9, 1);
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private TestHosts() {
    }

    public static DevHostOptions options() {
        DevHostOptions options = new DevHostOptions();
        options.port = 0;
        options.inMemory = true;
        options.quiet = true;
        options.demoStart = DEMO_START;
        return options;
    }

    /** Options for one node of a cluster: a dev host on a shared database, with its own node id. */
    public static DevHostOptions clusterNode(io.github.clientbudgets.devhost.db.DatabaseSpec db, String nodeId) {
        DevHostOptions options = options();
        options.inMemory = false;
        options.dbUrl = db.jdbcUrl();
        options.dbUser = db.username();
        options.dbPassword = db.password();
        options.nodeId = nodeId;
        return options;
    }

    public static DevHost start() {
        return DevHost.start(options());
    }

    /**
     * The {@code Authorization} header a script sends as {@code user} on this host's Jira line: HTTP Basic on Jira 10,
     * the user's personal access token on Jira 11 (where Basic is off by default).
     */
    public static String credentials(String user) {
        return DevHostOptions.JiraLine.current() == DevHostOptions.JiraLine.JIRA_11
                ? io.github.clientbudgets.devhost.auth.PersonalAccessTokens.bearer(user) : basic(user);
    }

    public static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    public static HttpRequest.Builder request(DevHost host, String path) {
        return HttpRequest.newBuilder(URI.create(host.baseUrl() + path)).timeout(Duration.ofSeconds(20));
    }

    public static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Logs in through the login form; answers the session cookie ("JSESSIONID=..."). */
    public static String login(DevHost host, String user) {
        HttpResponse<String> r = send(request(host, "/login.jsp").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("os_username=" + user + "&os_password=" + user)));
        if (r.statusCode() != 302) {
            throw new IllegalStateException("login of " + user + " failed: " + r.statusCode());
        }
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    /**
     * Logs in and then gives the password again on Jira's WebSudo form ("Administrator Access"), as an admin does before
     * the first admin page; answers the session cookie of a secure administrator session.
     */
    public static String loginWithWebSudo(DevHost host, String user) {
        String cookie = login(host, user);
        HttpResponse<String> r = webSudo(host, cookie, user, "/secure/Dashboard.jspa");
        if (r.statusCode() != 302) {
            throw new IllegalStateException("WebSudo of " + user + " failed: " + r.statusCode() + " " + r.body());
        }
        return cookie;
    }

    /** Posts {@code password} to the WebSudo form of the session {@code cookie}, with the form's own atl_token. */
    public static HttpResponse<String> webSudo(DevHost host, String cookie, String password, String destination) {
        String form = getWithSession(host, "/secure/admin/WebSudoAuthenticate!default.jspa?webSudoDestination="
                + java.net.URLEncoder.encode(destination, StandardCharsets.UTF_8), cookie).body();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"atl_token\" value=\"([^\"]+)\"").matcher(form);
        if (!token.find()) {
            throw new IllegalStateException("no atl_token on the WebSudo form: " + form);
        }
        String body = "atl_token=" + token.group(1) + "&webSudoIsPost=false&webSudoPassword="
                + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8) + "&webSudoDestination="
                + java.net.URLEncoder.encode(destination, StandardCharsets.UTF_8);
        return send(request(host, "/secure/admin/WebSudoAuthenticate.jspa").header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public static HttpResponse<String> getWithSession(DevHost host, String path, String cookie) {
        return send(request(host, path).header("Cookie", cookie).GET());
    }

    public static HttpResponse<String> get(DevHost host, String path, String user) {
        HttpRequest.Builder r = request(host, path).GET();
        if (user != null) {
            r.header("Authorization", credentials(user));
        }
        return send(r);
    }
}
