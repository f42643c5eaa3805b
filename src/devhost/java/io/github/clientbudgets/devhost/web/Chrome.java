package io.github.clientbudgets.devhost.web;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.GlobalPermissionManager;
import io.github.clientbudgets.devhost.auth.AuthFilter;
import io.github.clientbudgets.devhost.auth.CurrentUser;
import io.github.clientbudgets.devhost.jira.HostUser;

import javax.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.github.clientbudgets.devhost.web.HostTemplateRenderer.escape;

/**
 * The host's page chrome, in AUI's page layout as Jira draws it: the header bar (logo, Dashboards, Projects, the
 * plugin's {@code system.top.navigation.bar} items, Administration, the user menu with the plugin's
 * {@code system.user.options/personal} items and Log Out), then the content, optionally with a sidebar (a project's sidebar
 * with the plugin's {@code jira.project.sidebar.plugins.navigation} items, or the admin sidebar with the
 * {@code admin_plugins_menu} sections). Used for the host's own pages and to decorate plugin pages.
 */
public final class Chrome {
    public static final String PROJECT_SIDEBAR = "jira.project.sidebar.plugins.navigation";
    public static final String ADMIN_MENU = "admin_plugins_menu";
    /** Jira's header bar, after Projects (and the user menu's personal section below). */
    public static final String TOP_NAVIGATION = "system.top.navigation.bar";
    public static final String USER_MENU = "system.user.options/personal";
    private final String contextPath;
    private final WebResources webResources;
    private final WebFragments fragments;
    private final GlobalPermissionManager globalPermissions;

    public Chrome(String contextPath, WebResources webResources, WebFragments fragments,
                  GlobalPermissionManager globalPermissions) {
        this.contextPath = contextPath;
        this.webResources = webResources;
        this.fragments = fragments;
        this.globalPermissions = globalPermissions;
    }

    public String contextPath() {
        return contextPath;
    }

    /** A whole page. {@code headExtra} and {@code contentHtml} are HTML; {@code title} is text. */
    public String page(HttpServletRequest request, String title, String headExtra, String bodyClass, String contentHtml,
                       String... resourceContexts) {
        HostUser user = CurrentUser.get();
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append(" - Jira</title>\n")
                .append(webResources.auiTags(contextPath))
                .append("<style>#page{min-height:100vh}.dh-muted{color:#6b778c}.dh-inline{display:inline}"
                        + " table.aui td form{margin:0} .aui-page-panel-nav{min-width:220px}</style>\n")
                .append(webResources.drainTags(contextPath, resourceContexts))
                .append(headExtra == null ? "" : headExtra)
                .append("</head>\n<body class=\"aui-layout aui-theme-default ").append(escape(bodyClass == null ? "" : bodyClass))
                .append("\">\n<div id=\"page\">\n<header id=\"header\" role=\"banner\">\n<nav class=\"aui-header\" aria-label=\"site\">"
                        + "<div class=\"aui-header-inner\"><div class=\"aui-header-primary\">")
                .append("<span id=\"logo\" class=\"aui-header-logo aui-header-logo-textonly\"><a href=\"").append(contextPath)
                .append("/secure/Dashboard.jspa\"><span class=\"aui-header-logo-device\">Jira</span></a></span>")
                .append("<ul class=\"aui-nav\">");
        if (user != null) {
            html.append("<li><a id=\"home_link\" href=\"").append(contextPath).append("/secure/Dashboard.jspa\">Dashboards</a></li>")
                    .append("<li><a id=\"browse_link\" href=\"").append(contextPath).append("/secure/Dashboard.jspa#projects\">Projects</a></li>");
            for (WebFragments.Item item : fragments.items(TOP_NAVIGATION, Map.of(), contextPath)) {
                html.append("<li><a id=\"").append(escape(item.linkId().isEmpty() ? item.key() : item.linkId()))
                        .append("\" href=\"").append(escape(item.url())).append("\">").append(escape(item.label()))
                        .append("</a></li>");
            }
            if (globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, user)) {
                html.append("<li><a id=\"admin_menu\" href=\"").append(contextPath).append("/secure/admin/\">Administration</a></li>");
            }
        }
        html.append("</ul></div><div class=\"aui-header-secondary\"><ul class=\"aui-nav\">");
        if (user != null) {
            html.append("<li><a href=\"#user-options-menu\" aria-controls=\"user-options-menu\" class=\"aui-dropdown2-trigger\""
                            + " id=\"header-details-user-fullname\" data-username=\"").append(escape(user.getUsername()))
                    .append("\">").append(escape(user.getDisplayName())).append("</a>")
                    .append("<div id=\"user-options-menu\" class=\"aui-dropdown2 aui-style-default\" aria-hidden=\"true\">")
                    .append(userMenuItems())
                    .append("<div class=\"aui-dropdown2-section\"><ul><li><a id=\"log_out\" class=\"aui-nav-link\" href=\"")
                    .append(contextPath).append("/logout\">Log Out</a></li></ul></div></div></li>");
        } else {
            html.append("<li><a id=\"login-link\" href=\"").append(contextPath).append("/login.jsp\">Log In</a></li>");
        }
        html.append("</ul></div></div></nav>\n</header>\n<section id=\"content\" role=\"main\">\n")
                .append(contentHtml)
                .append("\n</section>\n<footer id=\"footer\" role=\"contentinfo\"><section class=\"footer-body\"><p class=\"dh-muted\">"
                        + "Client Budgets dev host: a Jira-shaped stand-in for atlas-run.</p></section></footer>\n</div>\n</body>\n</html>\n");
        return html.toString();
    }

    /** The plugin's items of the user menu's personal section, as a dropdown section (empty when none). */
    private String userMenuItems() {
        List<WebFragments.Item> items = fragments.items(USER_MENU, Map.of(), contextPath);
        if (items.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<div class=\"aui-dropdown2-section\"><ul>");
        for (WebFragments.Item item : items) {
            html.append("<li><a class=\"aui-nav-link\" id=\"").append(escape(item.linkId().isEmpty() ? item.key() : item.linkId()))
                    .append("\" href=\"").append(escape(item.url())).append("\">").append(escape(item.label())).append("</a></li>");
        }
        return html.append("</ul></div>").toString();
    }

    /** Content in AUI's page panel, without a sidebar. */
    public static String panel(String contentHtml) {
        return "<div class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\"><section class=\"aui-page-panel-content\">"
                + contentHtml + "</section></div></div>";
    }

    /** Content with a vertical navigation on the left. */
    public static String withSidebar(String navHtml, String contentHtml) {
        return "<div class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\"><div class=\"aui-page-panel-nav\">"
                + navHtml + "</div><section class=\"aui-page-panel-content\">" + contentHtml + "</section></div></div>";
    }

    /** The project sidebar: the host's Issues item, then the plugin's items; {@code selectedUrl} is highlighted. */
    public String projectSidebar(Project project, String selectedUrl) {
        Map<String, Object> context = new HashMap<>();
        context.put("project", project);
        context.put("projectKey", project.getKey());
        context.put("pathEncodedProjectKey", URLEncoder.encode(project.getKey(), StandardCharsets.UTF_8).replace("+", "%20"));
        StringBuilder nav = new StringBuilder();
        nav.append("<nav class=\"aui-navgroup aui-navgroup-vertical\" id=\"project-sidebar\" aria-label=\"project\">"
                        + "<div class=\"aui-navgroup-inner\"><div class=\"aui-nav-heading\"><strong id=\"project-name\">")
                .append(escape(project.getName())).append("</strong> <span class=\"dh-muted\">")
                .append(escape(project.getProjectTypeKey().getKey().equals("service_desk") ? "Service project" : "Software project"))
                .append("</span></div><ul class=\"aui-nav\">");
        String issuesUrl = contextPath + "/projects/" + project.getKey();
        nav.append(navItem("sidebar-issues", issuesUrl, "Issues", "aui-iconfont-issues", issuesUrl.equals(selectedUrl)));
        for (WebFragments.Item item : fragments.items(PROJECT_SIDEBAR, context, contextPath)) {
            boolean selected = selectedUrl != null && java.net.URLDecoder.decode(item.url(), StandardCharsets.UTF_8)
                    .equals(java.net.URLDecoder.decode(selectedUrl, StandardCharsets.UTF_8));
            nav.append(navItem(item.linkId().isEmpty() ? item.key() : item.linkId(), item.url(), item.label(),
                    item.iconClass(), selected));
        }
        nav.append("</ul></div></nav>");
        return nav.toString();
    }

    /** The admin sidebar: the host's pages, then the plugin's web-sections at admin_plugins_menu with their items. */
    public String adminSidebar(String activeTab) {
        StringBuilder nav = new StringBuilder();
        nav.append("<nav class=\"aui-navgroup aui-navgroup-vertical\" id=\"admin-sidebar\" aria-label=\"administration\">"
                + "<div class=\"aui-navgroup-inner\"><div class=\"aui-nav-heading\"><strong>Administration</strong></div><ul class=\"aui-nav\">");
        nav.append(navItem("dh-admin-overview", contextPath + "/secure/admin/", "Dev host overview", "", "dh-admin-overview".equals(activeTab)));
        nav.append(navItem("dh-admin-mail", contextPath + "/secure/admin/devhost/mail", "Mail queue", "", "dh-admin-mail".equals(activeTab)));
        nav.append("</ul>");
        for (WebFragments.Section section : fragments.sections(ADMIN_MENU)) {
            nav.append("<div class=\"aui-nav-heading\" id=\"").append(escape(section.key())).append("\"><strong>")
                    .append(escape(section.label())).append("</strong></div><ul class=\"aui-nav\">");
            for (WebFragments.Item item : fragments.items(ADMIN_MENU + "/" + section.key(), Map.of(), contextPath)) {
                nav.append(navItem(item.linkId().isEmpty() ? item.key() : item.linkId(), item.url(), item.label(),
                        item.iconClass(), item.linkId().equals(activeTab)));
            }
            nav.append("</ul>");
        }
        nav.append("</div></nav>");
        return nav.toString();
    }

    private static String navItem(String id, String url, String label, String icon, boolean selected) {
        return "<li" + (selected ? " class=\"aui-nav-selected\"" : "") + "><a id=\"" + escape(id) + "\" href=\""
                + escape(url) + "\">" + (icon == null || icon.isBlank() ? "" : "<span class=\"aui-icon aui-icon-small "
                + escape(icon.replace("aui-icon-large", "")) + "\"></span> ") + "<span class=\"aui-nav-item-label\">"
                + escape(label) + "</span></a></li>";
    }

    /** A hidden form field holding the session's XSRF token. */
    public static String tokenField(HttpServletRequest request) {
        return "<input type=\"hidden\" name=\"atl_token\" value=\"" + escape(AuthFilter.token(request)) + "\">";
    }

    public static String message(String type, String text) {
        return "<div class=\"aui-message aui-message-" + type + "\"><p>" + escape(text) + "</p></div>";
    }

    public static String list(List<String> items) {
        return String.join("", items);
    }
}
