package io.github.clientbudgets.devhost.jsm;

import io.github.clientbudgets.devhost.auth.AuthFilter;
import io.github.clientbudgets.devhost.auth.CurrentUser;
import io.github.clientbudgets.devhost.jira.HostUser;
import io.github.clientbudgets.devhost.jira.JiraStore;
import io.github.clientbudgets.devhost.web.WebPanels;
import io.github.clientbudgets.devhost.web.WebResources;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.github.clientbudgets.devhost.web.HostTemplateRenderer.escape;

/**
 * JSM's customer portal, small: {@code /servicedesk/customer/portals} (the help center: the portals),
 * {@code /servicedesk/customer/portal/<id>} (one portal: its title, then the plugin's web-panels at
 * {@code servicedesk.portal.header}, {@code .subheader} and {@code .footer}, with their conditions and context
 * providers, context {@code portal} as JSM gives it) and {@code /servicedesk/customer/user/login} (the customer
 * login, form {@code os_username}/{@code os_password}, then the {@code destination}). No Jira header: customers
 * never see Jira's navigation. JSM renders its portal in the customer context; so does the host.
 * <p>
 * {@code destination} is relative (no leading slash). Seen in use: {@code portals} and {@code portal/15} (below
 * {@code /servicedesk/customer/}) and {@code plugins/servlet/...} (below Jira's base); the host resolves the first
 * kind below the portal and anything else below Jira's base. That JSM treats a plugin path so is unconfirmed:
 * docs/installation.md checks it by hand.
 */
public final class CustomerPortalPages extends HttpServlet {
    public static final List<String> PANEL_LOCATIONS = List.of("servicedesk.portal.header", "servicedesk.portal.subheader",
            "servicedesk.portal.footer");
    private final JiraStore store;
    private final HostJsm jsm;
    private final WebPanels panels;
    private final WebResources webResources;
    private final String contextPath;

    public CustomerPortalPages(JiraStore store, HostJsm jsm, WebPanels panels, WebResources webResources, String contextPath) {
        this.store = store;
        this.jsm = jsm;
        this.panels = panels;
        this.webResources = webResources;
        this.contextPath = contextPath;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        if (path.equals("/user/login")) {
            loginPage(request, response, request.getParameter("destination"), null);
            return;
        }
        String destination = path.substring(1);
        if (CurrentUser.get() == null) {
            response.sendRedirect(contextPath + "/servicedesk/customer/user/login?destination="
                    + URLEncoder.encode(destination, StandardCharsets.UTF_8));
            return;
        }
        if (path.equals("/portals")) {
            helpCenter(response);
        } else if (path.matches("/portal/\\d{1,6}")) {
            HostJsm.HostPortal portal = jsm.portal(Integer.parseInt(path.substring("/portal/".length()))).orElse(null);
            if (portal == null) {
                response.sendError(404);
            } else {
                portal(response, portal);
            }
        } else {
            response.sendError(404);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        if (!path.equals("/user/login")) {
            response.sendError(405);
            return;
        }
        String destination = request.getParameter("destination");
        HostUser user = store.authenticate(request.getParameter("os_username"), request.getParameter("os_password")).orElse(null);
        if (user == null) {
            response.setStatus(401);
            loginPage(request, response, destination, "The email address or password is incorrect.");
            return;
        }
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        request.getSession(true).setAttribute(AuthFilter.SESSION_USER, user.getKey());
        response.sendRedirect(resolve(destination));
    }

    /** Where a relative destination leads; anything not plainly relative leads to the help center. */
    String resolve(String destination) {
        if (destination == null || destination.isBlank() || destination.startsWith("/") || destination.contains("\\")
                || destination.contains(":") || destination.contains("..")) {
            return contextPath + "/servicedesk/customer/portals";
        }
        return destination.startsWith("portal") || destination.startsWith("user/")
                ? contextPath + "/servicedesk/customer/" + destination : contextPath + "/" + destination;
    }

    private void loginPage(HttpServletRequest request, HttpServletResponse response, String destination, String error)
            throws IOException {
        StringBuilder c = new StringBuilder("<h1 id=\"cv-login-title\">Log in to continue</h1>");
        if (error != null) {
            c.append("<div class=\"aui-message aui-message-error\" id=\"cv-login-error\"><p>").append(escape(error)).append("</p></div>");
        }
        c.append("<form class=\"aui\" id=\"cv-login-form\" method=\"post\" action=\"").append(contextPath)
                .append("/servicedesk/customer/user/login\">")
                .append("<div class=\"field-group\"><label for=\"os_username\">Username</label>"
                        + "<input class=\"text\" type=\"text\" id=\"os_username\" name=\"os_username\" autofocus></div>")
                .append("<div class=\"field-group\"><label for=\"os_password\">Password</label>"
                        + "<input class=\"password\" type=\"password\" id=\"os_password\" name=\"os_password\"></div>")
                .append("<input type=\"hidden\" name=\"destination\" value=\"").append(escape(destination == null ? "" : destination))
                .append("\"><div class=\"buttons-container\"><div class=\"buttons\"><input class=\"aui-button aui-button-primary\""
                        + " type=\"submit\" id=\"cv-login-submit\" value=\"Log in\"></div></div></form>");
        send(response, "Log in", "customer-login", c.toString());
    }

    private void helpCenter(HttpServletResponse response) throws IOException {
        StringBuilder c = new StringBuilder("<h1>Help Center</h1><ul id=\"cv-portals\">");
        for (HostJsm.HostPortal p : jsm.portals()) {
            c.append("<li><a class=\"cv-portal-link\" id=\"cv-portal-").append(p.id()).append("\" href=\"").append(contextPath)
                    .append("/servicedesk/customer/portal/").append(p.id()).append("\">").append(escape(p.name())).append("</a></li>");
        }
        send(response, "Help Center", "customer-help-center", c.append("</ul>").toString());
    }

    private void portal(HttpServletResponse response, HostJsm.HostPortal portal) throws IOException {
        Map<String, String> html = jsm.runInCustomerContext(() -> {
            Map<String, String> rendered = new HashMap<>();
            for (String location : PANEL_LOCATIONS) {
                Map<String, Object> context = new HashMap<>();
                context.put("portal", portal);
                rendered.put(location, panels.render(location, context).orElse(""));
            }
            return rendered;
        });
        String c = "<div id=\"cv-portal-header\" data-location=\"servicedesk.portal.header\">" + html.get("servicedesk.portal.header")
                + "</div><h1 id=\"cv-portal-title\">" + escape(portal.name()) + "</h1>"
                + "<div id=\"cv-portal-subheader\" data-location=\"servicedesk.portal.subheader\">" + html.get("servicedesk.portal.subheader")
                + "</div><p class=\"dh-muted\">Welcome! You can raise a request for " + escape(portal.name()) + " using the options provided.</p>"
                + "<div id=\"cv-portal-footer\" data-location=\"servicedesk.portal.footer\">" + html.get("servicedesk.portal.footer") + "</div>";
        send(response, portal.name(), "customer-portal", c);
    }

    /** A customer portal page: the help center's bar (Help Center, the user), no Jira header. */
    private void send(HttpServletResponse response, String title, String bodyClass, String contentHtml) throws IOException {
        HostUser user = CurrentUser.get();
        String html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title)
                + " - Service Management</title>\n" + webResources.auiTags(contextPath) + webResources.drainTags(contextPath, "customerportal")
                + "</head>\n<body class=\"cv-customer " + bodyClass + "\">\n<header id=\"cv-help-center-bar\" role=\"banner\""
                // a bar as JSM's: the link and the user side by side (not a link inside a line of text)
                + " style=\"display: flex; justify-content: space-between; gap: 12px\">"
                + "<a id=\"cv-help-center\" href=\"" + contextPath + "/servicedesk/customer/portals\">Help Center</a>"
                + (user == null ? "" : " <span id=\"cv-user\">" + escape(user.getDisplayName()) + "</span>")
                + "</header>\n<main id=\"cv-main\" class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\">"
                + "<section class=\"aui-page-panel-content\">" + contentHtml + "</section></div></main>\n</body>\n</html>\n";
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(html);
    }
}
