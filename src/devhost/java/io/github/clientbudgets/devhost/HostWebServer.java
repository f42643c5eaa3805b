package io.github.clientbudgets.devhost;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.HandlerCollection;
import org.eclipse.jetty.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;

import javax.servlet.DispatcherType;
import javax.servlet.Filter;
import javax.servlet.Servlet;
import java.util.EnumSet;

/**
 * The servlet container of the Jira 10 line (Jetty 10, javax Servlet 4), the only class of the host that names Jetty's
 * servlet API. The Jira 11 line has its own class of this name for Jetty 12 (its API differs beyond package names);
 * the rest of the host is shared and transformed to jakarta.
 */
public final class HostWebServer implements AutoCloseable {
    private final Server server = new Server();
    private final ServerConnector connector = new ServerConnector(server);
    /** Where the plugin's web context is mounted; empty while the plugin is disabled (Jetty then answers 404). */
    private final HandlerCollection mounted = new HandlerCollection(true);

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
        mounted.setHandlers(new Handler[] {context.handler});
        if (server.isStarted()) {
            context.handler.setServer(server);
            if (!context.handler.isStarted()) {
                context.handler.start();
            }
        } else {
            server.setHandler(mounted);
            server.start();
        }
    }

    /** Unmounts and stops the context: its paths answer 404. */
    public void unmount(Context context) throws Exception {
        mounted.setHandlers(new Handler[0]);
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
