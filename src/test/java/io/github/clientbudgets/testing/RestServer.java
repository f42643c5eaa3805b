package io.github.clientbudgets.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.clientbudgets.rest.ErrorMapper;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * Our REST resources over real HTTP: Jetty + Jersey 2 at {@code /rest/client-budgets/1.0}, as Jira mounts them.
 * Resources are given as instances (Jira builds them from the plugin's Spring context).
 */
public final class RestServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Server server;
    private final String base;
    private final HttpClient client = HttpClient.newHttpClient();

    public RestServer(Object... resources) throws Exception {
        ResourceConfig config = new ResourceConfig().register(JacksonFeature.class).register(new ErrorMapper(BundleText.create()));
        for (Object resource : resources) {
            config.register(resource);
        }
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/jira");
        context.addServlet(new ServletHolder(new ServletContainer(config)), "/rest/client-budgets/1.0/*");
        server.setHandler(context);
        server.start();
        base = "http://127.0.0.1:" + connector.getLocalPort() + "/jira/rest/client-budgets/1.0";
    }

    public Reply get(String path) throws Exception {
        return send("GET", path, null);
    }

    public Reply send(String method, String path, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            String text = body instanceof String s ? s : JSON.writeValueAsString(body);
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(text));
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(null));
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    /** A status, the raw body and the body parsed as JSON (null when empty). */
    public record Reply(int status, String body, String location) {
        public Object json() throws Exception {
            return body == null || body.isEmpty() ? null : JSON.readValue(body, Object.class);
        }

        @SuppressWarnings("unchecked")
        public Map<String, Object> map() throws Exception {
            return (Map<String, Object>) json();
        }

        @SuppressWarnings("unchecked")
        public Map<String, String> errors() throws Exception {
            return (Map<String, String>) map().get("errors");
        }
    }
}
