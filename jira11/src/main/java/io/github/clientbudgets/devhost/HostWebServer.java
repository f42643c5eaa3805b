package io.github.clientbudgets.devhost;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import org.eclipse.jetty.ee10.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import java.util.EnumSet;
import java.util.List;

/**
 * The servlet container of the Jira 11 line (Jetty 12 with its ee10 = jakarta Servlet 6 environment). Same class
 * and API as the Jira 10 line's in src/devhost (Jetty 10), which the transformed host calls; only Jetty's API differs.
 */
public final class HostWebServer implements AutoCloseable {
    private final Server server = new Server();
    private final ServerConnector connector = new ServerConnector(server);
    /** Where the plugin's web context is mounted; empty while the plugin is disabled (Jetty then answers 404). */
    private final Handler.Sequence mounted = new Handler.Sequence(true, List.of());

    public HostWebServer(int port) {
        server.setErrorHandler(new io.github.clientbudgets.devhost.rest.BadMessageErrors());
        connector.setPort(port);
        server.addConnector(connector);
    }

    /** A web context with sessions (HttpOnly cookies) whose class loader is the plugin's. */
    public Context newContext(String contextPath, ClassLoader loader) {
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath(contextPath);
        context.getSessionHandler().setHttpOnly(true);
        context.setClassLoader(loader);
        return new Context(context);
    }

    /** Mounts the context; the first call starts the server. */
    public void mount(Context context) throws Exception {
        if (server.isStarted()) {
            context.handler.setServer(server);
            mounted.setHandlers(List.of(context.handler));
            if (!context.handler.isStarted()) {
                context.handler.start();
            }
        } else {
            mounted.setHandlers(List.of(context.handler));
            server.setHandler(mounted);
            server.start();
        }
    }

    /** Unmounts and stops the context: its paths answer 404. */
    public void unmount(Context context) throws Exception {
        mounted.setHandlers(List.of());
        context.handler.stop();
    }

    public int port() {
        return connector.getLocalPort();
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    /** One web context: filters and servlets by path spec, error pages. */
    public static final class Context {
        private final ServletContextHandler handler;

        private Context(ServletContextHandler handler) {
            this.handler = handler;
        }

        /** A filter for requests and error dispatches. */
        public void addFilter(Filter filter, String pathSpec) {
            handler.addFilter(new FilterHolder(filter), pathSpec, EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
        }

        public void addServlet(String name, Servlet servlet, String pathSpec) {
            handler.addServlet(new ServletHolder(name, servlet), pathSpec);
        }

        /** Statuses from..to are rendered by the servlet at {@code path}. */
        public void errorPages(int from, int to, String path) {
            ErrorPageErrorHandler errors = new ErrorPageErrorHandler();
            errors.addErrorPage(from, to, path);
            handler.setErrorHandler(errors);
        }

        /** Initialises every servlet now, so a servlet's init failure fails the start. */
        public void initServlets() throws Exception {
            for (ServletHolder holder : handler.getServletHandler().getServlets()) {
                holder.start();
                holder.getServlet();
            }
        }
    }
}
