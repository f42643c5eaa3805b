package io.github.clientbudgets.devhost.web;

import io.github.clientbudgets.devhost.auth.AccessRules;
import io.github.clientbudgets.devhost.auth.CurrentUser;
import io.github.clientbudgets.devhost.plugin.LoadedPlugin;
import io.github.clientbudgets.devhost.plugin.PluginDescriptor;

import javax.servlet.ServletConfig;
import javax.servlet.ServletContext;
import javax.servlet.ServletException;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

/**
 * Jira's servlet module manager: every {@code <servlet>} module answers at {@code /plugins/servlet<url-pattern>}
 * ({@code /x} exactly, {@code /x/*} for x and below; the request's servlet path is {@code /plugins/servlet/x}, its
 * path info the rest). Before the servlet runs, the access rules of Platform 7 apply (annotations of
 * {@code com.atlassian.annotations.security} on the {@code doGet}/{@code doPost}... method or the class; none =
 * licensed users only): anonymous GETs are sent to the login page, other anonymous requests get 401, users not
 * allowed 403. There is no automatic XSRF check for servlets, as in Jira. HTML answers go through the
 * {@link Decorator}.
 */
public final class PluginServletDispatcher extends HttpServlet {
    private final List<LoadedPlugin.ServletModule> modules;
    private final AccessRules rules;
    private final Decorator decorator;
    private final com.atlassian.sal.api.auth.LoginUriProvider loginUris;

    public PluginServletDispatcher(List<LoadedPlugin.ServletModule> modules, AccessRules rules, Decorator decorator,
                                   com.atlassian.sal.api.auth.LoginUriProvider loginUris) {
        this.modules = modules;
        this.rules = rules;
        this.decorator = decorator;
        this.loginUris = loginUris;
    }

    @Override
    public void init() throws ServletException {
        for (LoadedPlugin.ServletModule module : modules) {
            ServletContext context = getServletContext();
            try {
                module.servlet().init(new ServletConfig() {
                    @Override
                    public String getServletName() {
                        return module.key();
                    }

                    @Override
                    public ServletContext getServletContext() {
                        return context;
                    }

                    @Override
                    public String getInitParameter(String name) {
                        return module.initParams().get(name);
                    }

                    @Override
                    public Enumeration<String> getInitParameterNames() {
                        return Collections.enumeration(module.initParams().keySet());
                    }
                });
            } catch (ServletException | RuntimeException e) {
                throw new PluginDescriptor.DescriptorException("<servlet key=\"" + module.key() + "\">: init failed: "
                        + e.getMessage(), e);
            }
        }
    }

    record Match(LoadedPlugin.ServletModule module, String servletPath, String pathInfo) {
    }

    Match match(String path) {
        Match best = null;
        for (LoadedPlugin.ServletModule module : modules) {
            for (String pattern : module.urlPatterns()) {
                Match m = null;
                if (pattern.endsWith("/*")) {
                    String prefix = pattern.substring(0, pattern.length() - 2);
                    if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                        String rest = path.substring(prefix.length());
                        m = new Match(module, prefix, rest.isEmpty() ? null : rest);
                    }
                } else if (pattern.endsWith("*")) {
                    String prefix = pattern.substring(0, pattern.length() - 1);
                    if (path.startsWith(prefix)) {
                        m = new Match(module, path, null);
                    }
                } else if (path.equals(pattern)) {
                    m = new Match(module, path, null);
                }
                if (m != null && (best == null || m.servletPath().length() > best.servletPath().length())) {
                    best = m;
                }
            }
        }
        return best;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        Match match = match(path);
        if (match == null) {
            response.sendError(404, "No plugin servlet answers at /plugins/servlet" + path);
            return;
        }
        HttpServlet servlet = match.module().servlet();
        AccessRules.Level level = AccessRules.levelOf(handler(servlet.getClass(), request.getMethod()), servlet.getClass());
        switch (rules.decide(level, CurrentUser.get())) {
            case UNAUTHENTICATED -> {
                if ("GET".equals(request.getMethod())) {
                    StringBuffer url = request.getRequestURL();
                    if (request.getQueryString() != null) {
                        url.append('?').append(request.getQueryString());
                    }
                    response.sendRedirect(loginUris.getLoginUri(URI.create(url.toString())).toASCIIString());
                } else {
                    response.sendError(401);
                }
                return;
            }
            case FORBIDDEN -> {
                response.sendError(403, "You do not have permission to see this page (" + level + ")");
                return;
            }
            default -> {
            }
        }
        String servletPath = "/plugins/servlet" + match.servletPath();
        HttpServletRequestWrapper wrapped = new HttpServletRequestWrapper(request) {
            @Override
            public String getServletPath() {
                return servletPath;
            }

            @Override
            public String getPathInfo() {
                return match.pathInfo();
            }
        };
        Buffer buffer = new Buffer(response);
        servlet.service(wrapped, buffer);
        buffer.finish(request, decorator);
    }

    private static Method handler(Class<?> type, String httpMethod) {
        String name = "do" + httpMethod.charAt(0) + httpMethod.substring(1).toLowerCase(java.util.Locale.ROOT);
        for (Class<?> c = type; c != null && c != HttpServlet.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredMethod(name, HttpServletRequest.class, HttpServletResponse.class);
            } catch (NoSuchMethodException e) {
                // look further up
            }
        }
        return null;
    }

    /** Holds the servlet's body so an HTML page can be decorated; redirects and errors pass straight through. */
    static final class Buffer extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private PrintWriter writer;
        private ServletOutputStream stream;
        private boolean passedThrough;

        Buffer(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            passedThrough = true;
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            passedThrough = true;
            super.sendError(sc);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            passedThrough = true;
            super.sendRedirect(location);
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                    }

                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes.write(b, off, len);
                    }
                };
            }
            return stream;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void setContentLength(int len) {
        }

        @Override
        public void setContentLengthLong(long len) {
        }

        void finish(HttpServletRequest request, Decorator decorator) throws IOException {
            if (passedThrough) {
                return;
            }
            if (writer != null) {
                writer.flush();
            }
            HttpServletResponse response = (HttpServletResponse) getResponse();
            String type = getContentType();
            if (type != null && type.startsWith("text/html")) {
                String html = bytes.toString(StandardCharsets.UTF_8);
                byte[] out = decorator.decorate(request, html).getBytes(StandardCharsets.UTF_8);
                response.setContentType("text/html;charset=UTF-8");
                response.setContentLength(out.length);
                response.getOutputStream().write(out);
            } else {
                response.setContentLength(bytes.size());
                bytes.writeTo(response.getOutputStream());
            }
        }
    }

    /** For the admin overview: which servlet answers at which path. */
    public Map<String, List<String>> mounts() {
        Map<String, List<String>> result = new java.util.LinkedHashMap<>();
        modules.forEach(m -> result.put(m.key(), m.urlPatterns().stream().map(p -> "/plugins/servlet" + p).toList()));
        return result;
    }
}
