package io.github.clientbudgets.devhost.web;

import com.atlassian.jira.application.ApplicationRoleManager;
import com.atlassian.jira.issue.worklog.Worklog;
import com.atlassian.jira.issue.worklog.WorklogManager;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import io.github.clientbudgets.devhost.HostComponents;
import io.github.clientbudgets.devhost.auth.AuthFilter;
import io.github.clientbudgets.devhost.auth.CurrentUser;
import io.github.clientbudgets.devhost.auth.HostWebSudo;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import io.github.clientbudgets.devhost.auth.SalServices;
import io.github.clientbudgets.devhost.jira.HostIssue;
import io.github.clientbudgets.devhost.jira.HostProject;
import io.github.clientbudgets.devhost.jira.HostUser;
import io.github.clientbudgets.devhost.jira.HostWorklog;
import io.github.clientbudgets.devhost.jira.JiraServices;
import io.github.clientbudgets.devhost.jira.JiraStore;
import io.github.clientbudgets.devhost.plugin.LoadedPlugin;
import io.github.clientbudgets.devhost.plugin.PluginDescriptor;
import io.github.clientbudgets.devhost.rest.JiraRestResource;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import com.atlassian.mail.queue.MailQueue;
import io.github.clientbudgets.devhost.platform.HostMailQueue;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static io.github.clientbudgets.devhost.web.HostTemplateRenderer.escape;

/**
 * The host's own pages, at Jira's addresses: {@code /login.jsp}, {@code /logout}, {@code /secure/Dashboard.jspa}
 * (home: the projects you may browse), {@code /projects/KEY} (project page with its sidebar), {@code /browse/KEY}
 * (issue page: log, edit and delete work through forms carrying the session's {@code atl_token}) and
 * {@code /secure/admin/} (the plugin's modules, admin menu and the host's services).
 */
public final class HostPages extends HttpServlet {
    private final JiraStore store;
    private final Chrome chrome;
    private final PermissionManager permissions;
    private final GlobalPermissionManager globalPermissions;
    private final ApplicationRoleManager roles;
    private final WorklogManager worklogs;
    private final LoadedPlugin plugin;
    private final HostComponents components;
    private final String portalPath;
    private final WebPanels panels;

    public HostPages(JiraStore store, Chrome chrome, HostComponents components, LoadedPlugin plugin, WebPanels panels) {
        this.panels = panels;
        this.store = store;
        this.chrome = chrome;
        this.components = components;
        this.plugin = plugin;
        this.permissions = components.get(PermissionManager.class);
        this.globalPermissions = components.get(GlobalPermissionManager.class);
        this.roles = components.get(ApplicationRoleManager.class);
        this.worklogs = components.get(WorklogManager.class);
        this.portalPath = "/plugins/servlet/client-budgets/portal";
    }

    private String ctx() {
        return chrome.contextPath();
    }

    /** The path of the host's error page (Jetty dispatches errors there). */
    public static final String ERROR_PATH = "/devhost/error";

    private void errorPage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute("javax.servlet.error.status_code");
        Object message = request.getAttribute("javax.servlet.error.message");
        int status = code instanceof Integer ? (Integer) code : 500;
        String title = switch (status) {
            case 401 -> "401 Unauthorized";
            case 403 -> "403 Forbidden";
            case 404 -> "404 Page not found";
            default -> status + " Error";
        };
        String text = message == null || message.toString().isBlank() ? title : message.toString();
        response.setStatus(status);
        send(response, chrome.page(request, title, "", "error-page", Chrome.panel("<h1 id=\"dh-error-title\">"
                + escape(title) + "</h1>" + Chrome.message(status >= 500 ? "error" : "warning", text))));
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws javax.servlet.ServletException, IOException {
        if (request.getDispatcherType() == javax.servlet.DispatcherType.ERROR) {
            errorPage(request, response);
        } else {
            super.service(request, response);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.isEmpty() || path.equals("/")) {
            response.sendRedirect(ctx() + "/secure/Dashboard.jspa");
        } else if (path.equals("/login.jsp")) {
            loginPage(request, response, null);
        } else if (path.equals("/logout")) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            CurrentUser.set(null);
            response.sendRedirect(ctx() + "/login.jsp?logout=true");
        } else if (CurrentUser.get() == null) {
            response.sendRedirect(ctx() + "/login.jsp?os_destination=" + URLEncoder.encode(
                    SalServices.HostLoginUriProvider.safeDestination(ctx(), URI.create(request.getRequestURI()
                            + (request.getQueryString() == null ? "" : "?" + request.getQueryString()))), StandardCharsets.UTF_8));
        } else if (path.equals("/secure/Dashboard.jspa")) {
            dashboard(request, response);
        } else if (path.startsWith("/projects/")) {
            project(request, response, path.substring("/projects/".length()));
        } else if (path.startsWith("/browse/")) {
            issue(request, response, path.substring("/browse/".length()), null);
        } else if (path.equals(HostWebSudo.FORM_PATH)) {
            webSudoPage(request, response, null, 200);
        } else if (path.equals("/secure/admin/") || path.equals("/secure/admin")) {
            admin(request, response);
        } else if (path.equals(MAIL_PATH)) {
            mail(request, response);
        } else {
            response.sendError(404);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/login.jsp")) {
            login(request, response);
        } else if (path.equals(HostWebSudo.SUBMIT_PATH) && CurrentUser.get() != null) {
            webSudo(request, response);
        } else if (path.startsWith("/browse/") && CurrentUser.get() != null) {
            logWork(request, response, path.substring("/browse/".length()));
        } else if (CurrentUser.get() == null) {
            response.sendError(401);
        } else {
            response.sendError(405);
        }
    }

    private void send(HttpServletResponse response, String html) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(html);
    }

    // ===== login =====

    private void loginPage(HttpServletRequest request, HttpServletResponse response, String error) throws IOException {
        String destination = request.getParameter("os_destination");
        StringBuilder c = new StringBuilder();
        c.append("<div class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\"><section class=\"aui-page-panel-content\">"
                + "<h1>Log in</h1>");
        if (error != null) {
            c.append("<div class=\"aui-message aui-message-error\" id=\"login-error\"><p>").append(escape(error)).append("</p></div>");
        } else if (request.getParameter("permissionViolation") != null) {
            c.append(Chrome.message("warning", "You must log in to access this page."));
        } else if (request.getParameter("logout") != null) {
            c.append(Chrome.message("info", "You are now logged out."));
        }
        c.append("<form class=\"aui\" id=\"login-form\" method=\"post\" action=\"").append(ctx()).append("/login.jsp\">")
                .append("<div class=\"field-group\"><label for=\"login-form-username\">Username</label>"
                        + "<input class=\"text medium-field\" type=\"text\" id=\"login-form-username\" name=\"os_username\" autofocus></div>")
                .append("<div class=\"field-group\"><label for=\"login-form-password\">Password</label>"
                        + "<input class=\"password medium-field\" type=\"password\" id=\"login-form-password\" name=\"os_password\"></div>")
                .append("<input type=\"hidden\" name=\"os_destination\" value=\"").append(escape(destination == null ? "" : destination)).append("\">")
                .append("<div class=\"buttons-container\"><div class=\"buttons\"><input class=\"aui-button aui-button-primary\""
                        + " type=\"submit\" id=\"login-form-submit\" value=\"Log In\"></div></div></form>")
                .append("<p class=\"dh-muted\">Demo users (password = user name): admin, pm, dev, dev2 (German), client, other.</p>")
                .append("</section></div></div>");
        if (error != null) {
            response.setStatus(401);
        }
        send(response, chrome.page(request, "Log in", "", "login-page", c.toString()));
    }

    private void login(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HostUser user = store.authenticate(request.getParameter("os_username"), request.getParameter("os_password")).orElse(null);
        if (user == null) {
            loginPage(request, response, "Sorry, your username and password are incorrect - please try again.");
            return;
        }
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        request.getSession(true).setAttribute(AuthFilter.SESSION_USER, user.getKey());
        String destination = request.getParameter("os_destination");
        if (destination == null || !destination.startsWith("/") || destination.startsWith("//") || destination.contains("\\")) {
            destination = "/secure/Dashboard.jspa";
        }
        response.sendRedirect(ctx() + destination);
    }

    // ===== WebSudo: "Administrator Access", Jira's password prompt before admin pages =====

    private void webSudoPage(HttpServletRequest request, HttpServletResponse response, String error, int status) throws IOException {
        String destination = safe(request.getParameter("webSudoDestination"));
        StringBuilder c = new StringBuilder("<h1>Administrator Access</h1>");
        if (error != null) {
            c.append("<div class=\"aui-message aui-message-error\" id=\"websudo-error\"><p>").append(escape(error)).append("</p></div>");
        } else {
            c.append(Chrome.message("info", "You have requested access to an administrative function and are required to"
                    + " validate your credentials below."));
        }
        c.append("<p id=\"login-notyou\">Logged in as <strong>").append(escape(CurrentUser.get().getDisplayName()))
                .append("</strong>.</p><form class=\"aui\" id=\"websudo-form\" method=\"post\" action=\"").append(ctx())
                .append(HostWebSudo.SUBMIT_PATH).append("\">").append(Chrome.tokenField(request))
                .append("<input type=\"hidden\" name=\"webSudoDestination\" value=\"").append(escape(destination)).append("\">")
                .append("<input type=\"hidden\" name=\"webSudoIsPost\" value=\"false\">")
                .append("<div class=\"field-group\"><label for=\"login-form-authenticatePassword\">Password</label>"
                        + "<input class=\"password medium-field\" type=\"password\" id=\"login-form-authenticatePassword\""
                        + " name=\"webSudoPassword\" autofocus></div>")
                .append("<div class=\"buttons-container\"><div class=\"buttons\"><input class=\"aui-button aui-button-primary\""
                        + " type=\"submit\" id=\"login-form-submit\" value=\"Confirm\"> <a id=\"login-form-cancel\" href=\"")
                .append(ctx()).append("/secure/Dashboard.jspa\">Cancel</a></div></div></form>");
        response.setStatus(status);
        send(response, chrome.page(request, "Administrator Access", "", "websudo-page", Chrome.panel(c.toString())));
    }

    private void webSudo(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!AuthFilter.validToken(request)) {
            webSudoPage(request, response, "XSRF Security Token Missing: the form expired. Please try again.", 403);
            return;
        }
        HostUser user = CurrentUser.get();
        if (store.authenticate(user.getUsername(), request.getParameter("webSudoPassword")).isEmpty()) {
            webSudoPage(request, response, "The password you entered is incorrect.", 401);
            return;
        }
        ((HostWebSudo) components.get(WebSudoManager.class)).start(request, user);
        response.sendRedirect(ctx() + safe(request.getParameter("webSudoDestination")));
    }

    /** A destination inside this Jira (one leading slash, no scheme, no backslash), else the dashboard. */
    private static String safe(String destination) {
        return destination == null || !destination.startsWith("/") || destination.startsWith("//") || destination.contains("\\")
                ? "/secure/Dashboard.jspa" : destination;
    }

    // ===== home =====

    private void dashboard(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HostUser user = CurrentUser.get();
        StringBuilder c = new StringBuilder("<header class=\"aui-page-header\"><div class=\"aui-page-header-inner\"><div class=\"aui-page-header-main\">"
                + "<h1>System dashboard</h1></div></div></header>");
        c.append("<p>Logged in as <strong id=\"dh-current-user\">").append(escape(user.getDisplayName())).append("</strong> (")
                .append(escape(user.getUsername())).append(")").append(roles.hasAnyRole(user) ? "" : ", a portal-only customer without a Jira licence").append(".</p>");
        if (!roles.hasAnyRole(user)) {
            c.append(Chrome.message("info", "Customers use the help center and the client portal."))
                    .append("<p><a class=\"aui-button\" id=\"dh-portal-link\" href=\"").append(ctx()).append(portalPath)
                    .append("\">Client portal</a></p>");
        }
        c.append("<h2 id=\"projects\">Projects</h2><table class=\"aui\" id=\"dh-projects\"><thead><tr><th>Key</th><th>Name</th>"
                + "<th>Type</th><th>Lead</th><th>Issues</th></tr></thead><tbody>");
        var visible = permissions.getProjects(ProjectPermissions.BROWSE_PROJECTS, user);
        for (Project p : visible) {
            c.append("<tr><td>").append(escape(p.getKey())).append("</td><td><a id=\"dh-project-").append(escape(p.getKey()))
                    .append("\" href=\"").append(ctx()).append("/projects/").append(escape(p.getKey())).append("\">")
                    .append(escape(p.getName())).append("</a></td><td>").append(escape(p.getProjectTypeKey().getKey()))
                    .append("</td><td>").append(escape(p.getProjectLead() == null ? "" : p.getProjectLead().getDisplayName()))
                    .append("</td><td>").append(store.issueCount(p.getId())).append("</td></tr>");
        }
        if (visible.isEmpty()) {
            c.append("<tr><td colspan=\"5\" class=\"dh-muted\">No projects you may browse.</td></tr>");
        }
        c.append("</tbody></table>");
        send(response, chrome.page(request, "System dashboard", "", "page-type-dashboard", Chrome.panel(c.toString()), "atl.general"));
    }

    // ===== project =====

    private void project(HttpServletRequest request, HttpServletResponse response, String key) throws IOException {
        HostProject project = store.projectByKey(key.replaceAll("/.*", "")).orElse(null);
        if (project == null || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, CurrentUser.get())) {
            notFound(request, response, "This project does not exist or you do not have permission to view it.");
            return;
        }
        String selectedItem = request.getParameter("selectedItem");
        if (selectedItem != null) {
            Map<String, Object> context = new java.util.HashMap<>();
            context.put("project", project);
            context.put("projectKey", project.getKey());
            context.put("user", CurrentUser.get());
            var panel = panels.render(selectedItem, context);
            if (panel.isPresent()) {
                String self = request.getRequestURI() + "?" + request.getQueryString();
                send(response, chrome.page(request, project.getName(), "", "page-type-project",
                        Chrome.withSidebar(chrome.projectSidebar(project, self), panel.get()), "atl.general"));
                return;
            }
        }
        StringBuilder c = new StringBuilder();
        c.append("<header class=\"aui-page-header\"><div class=\"aui-page-header-inner\"><div class=\"aui-page-header-main\">"
                + "<h1>").append(escape(project.getName())).append(" issues</h1></div></div></header>");
        c.append("<table class=\"aui\" id=\"dh-issues\"><thead><tr><th>Key</th><th>Summary</th><th>Type</th><th>Parent</th>"
                + "<th>Time spent</th></tr></thead><tbody>");
        for (HostIssue issue : store.issuesOfProject(project.getId(), 500)) {
            c.append("<tr><td><a class=\"issue-link\" href=\"").append(ctx()).append("/browse/").append(escape(issue.getKey()))
                    .append("\">").append(escape(issue.getKey())).append("</a></td><td>").append(escape(issue.getSummary()))
                    .append("</td><td>").append(escape(issue.issueType())).append("</td><td>")
                    .append(issue.parentId() == null ? "" : escape(store.issueById(issue.parentId()).map(HostIssue::getKey).orElse("")))
                    .append("</td><td>").append(escape(JiraRestResource.TimeSpent.format(issue.timeSpent()))).append("</td></tr>");
        }
        c.append("</tbody></table>");
        String url = ctx() + "/projects/" + project.getKey();
        send(response, chrome.page(request, project.getName(), "<meta name=\"projectKey\" content=\"" + escape(project.getKey()) + "\">",
                "page-type-project", Chrome.withSidebar(chrome.projectSidebar(project, url), c.toString()), "atl.general"));
    }

    // ===== issue =====

    private void issue(HttpServletRequest request, HttpServletResponse response, String key, String flash) throws IOException {
        HostIssue issue = store.issueByKey(key).orElse(null);
        HostUser user = CurrentUser.get();
        if (issue == null || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
            notFound(request, response, "The issue you are trying to view does not exist or you do not have permission to view it.");
            return;
        }
        Project project = issue.getProjectObject();
        String self = ctx() + "/browse/" + issue.getKey();
        StringBuilder c = new StringBuilder();
        c.append("<header class=\"aui-page-header\"><div class=\"aui-page-header-inner\"><div class=\"aui-page-header-main\">")
                .append("<ol class=\"aui-nav aui-nav-breadcrumbs\"><li><a href=\"").append(ctx()).append("/projects/")
                .append(escape(project.getKey())).append("\">").append(escape(project.getName())).append("</a></li>");
        if (issue.getParentObject() != null) {
            c.append("<li><a href=\"").append(ctx()).append("/browse/").append(escape(issue.getParentObject().getKey())).append("\">")
                    .append(escape(issue.getParentObject().getKey())).append("</a></li>");
        }
        c.append("<li><a id=\"key-val\" href=\"").append(self).append("\">").append(escape(issue.getKey())).append("</a></li></ol>")
                .append("<h1 id=\"summary-val\">").append(escape(issue.getSummary())).append("</h1></div></div></header>");
        if (flash != null) {
            c.append(flash);
        }
        c.append("<p>Type: <strong>").append(escape(issue.issueType())).append("</strong> · Time spent: <strong id=\"dh-time-spent\">")
                .append(escape(JiraRestResource.TimeSpent.format(issue.timeSpent()))).append("</strong></p>");
        List<HostIssue> subTasks = store.subTasks(issue.getId());
        if (!subTasks.isEmpty()) {
            c.append("<h2>Sub-tasks</h2><ul id=\"dh-subtasks\">");
            for (HostIssue s : subTasks) {
                c.append("<li><a href=\"").append(ctx()).append("/browse/").append(escape(s.getKey())).append("\">")
                        .append(escape(s.getKey())).append("</a> ").append(escape(s.getSummary())).append("</li>");
            }
            c.append("</ul>");
        }
        c.append("<h2>Work log</h2><table class=\"aui\" id=\"dh-worklogs\"><thead><tr><th>Author</th><th>Started</th>"
                + "<th>Time spent</th><th>Comment</th><th>Actions</th></tr></thead><tbody>");
        SimpleDateFormat shown = new SimpleDateFormat("yyyy-MM-dd HH:mm");
        SimpleDateFormat input = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm");
        List<Worklog> list = worklogs.getByIssue(issue);
        for (Worklog w : list) {
            HostUser author = store.userByKey(w.getAuthorKey()).orElse(null);
            c.append("<tr id=\"worklog-").append(w.getId()).append("\" class=\"dh-worklog\"><td>")
                    .append(escape(author == null ? w.getAuthorKey() : author.getDisplayName())).append("</td><td>")
                    .append(escape(shown.format(w.getStartDate()))).append("</td><td class=\"dh-worklog-time\">")
                    .append(escape(JiraRestResource.TimeSpent.format(w.getTimeSpent()))).append("</td><td class=\"dh-worklog-comment\">")
                    .append(escape(w.getComment() == null ? "" : w.getComment())).append("</td><td>");
            if (JiraServices.canEdit(permissions, w, user)) {
                c.append("<details class=\"dh-inline\"><summary class=\"aui-button aui-button-link\">Edit</summary>")
                        .append("<form class=\"aui\" method=\"post\" action=\"").append(self).append("\">")
                        .append(Chrome.tokenField(request))
                        .append("<input type=\"hidden\" name=\"action\" value=\"update\"><input type=\"hidden\" name=\"worklogId\" value=\"")
                        .append(w.getId()).append("\"><input class=\"text short-field\" name=\"timeSpent\" aria-label=\"Time spent\" value=\"")
                        .append(escape(JiraRestResource.TimeSpent.format(w.getTimeSpent()))).append("\"> ")
                        .append("<input type=\"datetime-local\" class=\"text\" name=\"started\" aria-label=\"Started\" value=\"")
                        .append(escape(input.format(w.getStartDate()))).append("\"> ")
                        .append("<input class=\"text\" name=\"comment\" aria-label=\"Comment\" value=\"")
                        .append(escape(w.getComment() == null ? "" : w.getComment())).append("\"> ")
                        .append("<button class=\"aui-button dh-edit-worklog\" type=\"submit\">Save</button></form></details> ");
            }
            if (JiraServices.canDelete(permissions, w, user)) {
                c.append("<form class=\"dh-inline\" method=\"post\" action=\"").append(self).append("\">").append(Chrome.tokenField(request))
                        .append("<input type=\"hidden\" name=\"action\" value=\"delete\"><input type=\"hidden\" name=\"worklogId\" value=\"")
                        .append(w.getId()).append("\"><button class=\"aui-button aui-button-link dh-delete-worklog\" type=\"submit\">Delete</button></form>");
            }
            c.append("</td></tr>");
        }
        if (list.isEmpty()) {
            c.append("<tr><td colspan=\"5\" class=\"dh-muted\">No work has yet been logged on this issue.</td></tr>");
        }
        c.append("</tbody></table>");
        if (JiraServices.canLogWork(permissions, issue, user)) {
            c.append("<h3>Log work</h3><form class=\"aui\" id=\"log-work-form\" method=\"post\" action=\"").append(self).append("\">")
                    .append(Chrome.tokenField(request)).append("<input type=\"hidden\" name=\"action\" value=\"create\">")
                    .append("<div class=\"field-group\"><label for=\"log-work-time-spent\">Time spent</label>"
                            + "<input class=\"text short-field\" id=\"log-work-time-spent\" name=\"timeSpent\" placeholder=\"2h 30m\">"
                            + "<div class=\"description\">e.g. 3w 4d 12h 30m (1d = 8h)</div></div>")
                    .append("<div class=\"field-group\"><label for=\"log-work-started\">Date started</label>"
                            + "<input type=\"datetime-local\" class=\"text\" id=\"log-work-started\" name=\"started\" value=\"")
                    .append(escape(input.format(new Date()))).append("\"></div>")
                    .append("<div class=\"field-group\"><label for=\"log-work-comment\">Work description</label>"
                            + "<textarea class=\"textarea\" id=\"log-work-comment\" name=\"comment\"></textarea></div>")
                    .append("<div class=\"buttons-container\"><div class=\"buttons\"><button class=\"aui-button aui-button-primary\""
                            + " type=\"submit\" id=\"log-work-submit\">Log</button></div></div></form>");
        }
        Map<String, Object> panelContext = new java.util.HashMap<>();
        panelContext.put("issue", issue);
        panelContext.put("project", project);
        panelContext.put("user", user);
        panelContext.put("baseurl", ctx());
        panels.render("atl.jira.view.issue.right.context", panelContext).ifPresent(html -> c.insert(0,
                "<div class=\"aui-group\"><div class=\"aui-item\">").append("</div><aside class=\"aui-item\""
                + " id=\"viewissuesidebar\" style=\"width: 340px\">").append(html).append("</aside></div>"));
        send(response, chrome.page(request, "[" + issue.getKey() + "] " + issue.getSummary(), "", "page-type-issue",
                Chrome.withSidebar(chrome.projectSidebar(project, null), c.toString()), "atl.general", "jira.view.issue"));
    }

    private void logWork(HttpServletRequest request, HttpServletResponse response, String key) throws IOException {
        HostIssue issue = store.issueByKey(key).orElse(null);
        HostUser user = CurrentUser.get();
        if (issue == null || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
            notFound(request, response, "The issue does not exist or you do not have permission to view it.");
            return;
        }
        if (!AuthFilter.validToken(request)) {
            response.setStatus(403);
            issue(request, response, key, Chrome.message("error", "XSRF Security Token Missing: the form expired. Please try again."));
            return;
        }
        String action = String.valueOf(request.getParameter("action"));
        Long seconds = request.getParameter("timeSpent") == null ? null : JiraRestResource.TimeSpent.parse(request.getParameter("timeSpent"));
        Date started;
        try {
            String s = request.getParameter("started");
            started = s == null || s.isBlank() ? new Date()
                    : Date.from(LocalDateTime.parse(s).atZone(ZoneId.systemDefault()).toInstant());
        } catch (DateTimeParseException e) {
            started = null;
        }
        String comment = request.getParameter("comment") == null ? "" : request.getParameter("comment");
        String error = null;
        switch (action) {
            case "create" -> {
                if (!JiraServices.canLogWork(permissions, issue, user)) {
                    error = "You do not have the permission to log work on this issue.";
                } else if (seconds == null || seconds <= 0 || started == null) {
                    error = "Please enter a valid time spent (e.g. 2h 30m) and start date.";
                } else {
                    worklogs.create(user, HostWorklog.newWorklog(issue, user.getKey(), comment, started, seconds), null, true);
                }
            }
            case "update", "delete" -> {
                Worklog existing = worklogs.getById(parseLong(request.getParameter("worklogId")));
                if (existing == null || !existing.getIssue().getId().equals(issue.getId())) {
                    error = "That worklog does not exist.";
                } else if (action.equals("delete")) {
                    if (!JiraServices.canDelete(permissions, existing, user)) {
                        error = "You do not have the permission to delete this worklog.";
                    } else {
                        worklogs.delete(user, existing, null, true);
                    }
                } else if (!JiraServices.canEdit(permissions, existing, user)) {
                    error = "You do not have the permission to edit this worklog.";
                } else if (seconds == null || seconds <= 0 || started == null) {
                    error = "Please enter a valid time spent (e.g. 2h 30m) and start date.";
                } else {
                    worklogs.update(user, ((HostWorklog) existing).withValues(user.getKey(), comment, started, seconds), null, true);
                }
            }
            default -> error = "Unknown action " + action;
        }
        if (error != null) {
            response.setStatus(400);
            issue(request, response, key, Chrome.message("error", error));
            return;
        }
        response.sendRedirect(ctx() + "/browse/" + issue.getKey());
    }

    private static Long parseLong(String s) {
        try {
            return s == null ? null : Long.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ===== admin =====

    /** The host's mail queue as a page: what Jira would have sent (Jira admins only, after WebSudo as every admin page). */
    public static final String MAIL_PATH = "/secure/admin/devhost/mail";

    private void mail(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!mayAdminister(request, response)) {
            return;
        }
        List<HostMailQueue.SentMail> mails = new ArrayList<>(((HostMailQueue) components.get(MailQueue.class)).sentMails());
        java.util.Collections.reverse(mails);
        StringBuilder c = new StringBuilder("<h1>Mail queue</h1><p class=\"dh-muted\">What the plugin queued in Jira's"
                + " mail queue on this node, newest first. Nothing is sent.</p>");
        if (mails.isEmpty()) {
            c.append("<p id=\"dh-mail-none\">No mail queued.</p>");
        } else {
            c.append("<table class=\"aui\" id=\"dh-mail\"><thead><tr><th>To</th><th>Subject</th><th>Body</th>"
                    + "<th>Attachments</th></tr></thead><tbody>");
            for (HostMailQueue.SentMail m : mails) {
                c.append("<tr class=\"dh-mail-item\"><td>").append(escape(m.to())).append("</td><td class=\"dh-mail-subject\">")
                        .append(escape(m.subject())).append("</td><td><pre class=\"dh-mail-body\">").append(escape(m.body()))
                        .append("</pre></td><td>");
                for (HostMailQueue.Attachment a : m.attachments()) {
                    c.append(escape(a.fileName())).append(" (").append(escape(a.contentType())).append(")<br>");
                }
                c.append("</td></tr>");
            }
            c.append("</tbody></table>");
        }
        send(response, chrome.page(request, "Mail queue", "", "admin",
                Chrome.withSidebar(chrome.adminSidebar("dh-admin-mail"), c.toString()), "atl.admin"));
    }

    /** Jira admins only (403 otherwise), and a secure administrator session (WebSudo) as Jira's admin pages ask. */
    private boolean mayAdminister(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HostUser user = CurrentUser.get();
        if (!globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, user)) {
            response.setStatus(403);
            send(response, chrome.page(request, "Administration", "", "", Chrome.panel(
                    Chrome.message("error", "You do not have the permission to see this page (Jira administrators only)."))));
            return false;
        }
        WebSudoManager webSudo = components.get(WebSudoManager.class);
        try {
            webSudo.willExecuteWebSudoRequest(request);
        } catch (WebSudoSessionException e) {
            webSudo.enforceWebSudoProtection(request, response);
            return false;
        }
        return true;
    }

    private void admin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HostUser user = CurrentUser.get();
        if (!globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, user)) {
            response.setStatus(403);
            send(response, chrome.page(request, "Administration", "", "", Chrome.panel(
                    Chrome.message("error", "You do not have the permission to see this page (Jira administrators only)."))));
            return;
        }
        WebSudoManager webSudo = components.get(WebSudoManager.class);
        try {
            webSudo.willExecuteWebSudoRequest(request);
        } catch (WebSudoSessionException e) {
            webSudo.enforceWebSudoProtection(request, response);
            return;
        }
        PluginDescriptor d = plugin.descriptor();
        StringBuilder c = new StringBuilder("<h1>Dev host overview</h1>");
        c.append("<h2>Plugin</h2><table class=\"aui\" id=\"dh-plugin\"><tbody><tr><th>Key</th><td>").append(escape(d.key()))
                .append("</td></tr><tr><th>Name</th><td>").append(escape(d.name())).append("</td></tr><tr><th>Version</th><td>")
                .append(escape(d.version())).append("</td></tr></tbody></table>");
        c.append("<h2>Modules</h2><table class=\"aui\" id=\"dh-modules\"><thead><tr><th>Type</th><th>Key</th><th>Details</th></tr></thead><tbody>");
        for (PluginDescriptor.Module m : d.modules()) {
            String details = switch (m.type()) {
                case "servlet" -> String.join(", ", m.childTexts("url-pattern").stream().map(p -> "/plugins/servlet" + p).toList());
                case "rest" -> "/rest" + m.attribute("path") + "/" + m.attribute("version");
                case "web-item" -> "section " + m.attribute("section");
                case "web-section" -> "location " + m.attribute("location");
                case "resource" -> m.attribute("type") + " " + m.attribute("location");
                default -> "";
            };
            c.append("<tr><td>").append(escape(m.type())).append("</td><td>").append(escape(m.key())).append("</td><td>")
                    .append(escape(details)).append("</td></tr>");
        }
        c.append("</tbody></table><h2>Users</h2><table class=\"aui\" id=\"dh-users\"><thead><tr><th>User</th><th>Name</th>"
                + "<th>Application access</th><th>Global permissions</th></tr></thead><tbody>");
        for (HostUser u : store.users()) {
            c.append("<tr><td>").append(escape(u.getUsername())).append("</td><td>").append(escape(u.getDisplayName()))
                    .append("</td><td>").append(escape(u.applicationRole() == null ? "none (portal-only customer)" : u.applicationRole()))
                    .append("</td><td>").append(globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, u) ? "ADMINISTER" : "")
                    .append("</td></tr>");
        }
        c.append("</tbody></table><h2>Host services (OSGi services the plugin may import)</h2><ul id=\"dh-services\">");
        for (Map.Entry<Class<?>, Object> e : components.all().entrySet()) {
            c.append("<li><code>").append(escape(e.getKey().getName())).append("</code> → ")
                    .append(escape(e.getValue().getClass().getSimpleName())).append("</li>");
        }
        c.append("</ul>");
        send(response, chrome.page(request, "Administration", "", "admin",
                Chrome.withSidebar(chrome.adminSidebar("dh-admin-overview"), c.toString()), "atl.admin"));
    }

    private void notFound(HttpServletRequest request, HttpServletResponse response, String text) throws IOException {
        response.setStatus(404);
        send(response, chrome.page(request, "Not found", "", "", Chrome.panel(Chrome.message("error", text))));
    }
}
