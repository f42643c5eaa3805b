package io.github.clientbudgets.devhost.web;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;

import javax.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jira's Sitemesh decoration of plugin pages: a page whose head has {@code <meta name="decorator" content="...">}
 * is cut into title, head and body, and the body is put into the host's chrome. {@code atl.admin} gets the admin
 * sidebar (the tab named by {@code <meta name="admin.active.tab">} selected); {@code atl.general} the plain page,
 * or, when the page names a project with {@code <meta name="projectKey">}, the project sidebar (the item whose link
 * is this page selected); {@code atl.popup} only AUI. Web-resource contexts {@code atl.general} / {@code atl.admin}
 * are included as Jira includes them. An undecorated page (no such meta, or {@code content="none"}, which names no
 * Sitemesh decorator) is sent as it is, with the required web resources added before {@code </head>}.
 */
public final class Decorator {
    private static final Pattern META = Pattern.compile("<meta\\s+([^>]*?)/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTR = Pattern.compile("([a-zA-Z.:_-]+)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HEAD = Pattern.compile("<head[^>]*>(.*?)</head>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<body([^>]*)>(.*)</body>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private final Chrome chrome;
    private final WebResources webResources;
    private final ProjectManager projects;

    public Decorator(Chrome chrome, WebResources webResources, ProjectManager projects) {
        this.chrome = chrome;
        this.webResources = webResources;
        this.projects = projects;
    }

    public String decorate(HttpServletRequest request, String html) {
        Map<String, String> metas = metas(html);
        String decorator = metas.get("decorator");
        if (decorator == null || decorator.equals("none")) {
            String tags = webResources.drainTags(chrome.contextPath());
            int head = html.toLowerCase(java.util.Locale.ROOT).indexOf("</head>");
            return tags.isEmpty() || head < 0 ? html : html.substring(0, head) + tags + html.substring(head);
        }
        Matcher t = TITLE.matcher(html);
        String title = t.find() ? unescape(t.group(1).trim()) : "";
        Matcher h = HEAD.matcher(html);
        String head = h.find() ? h.group(1) : "";
        head = TITLE.matcher(head).replaceAll("");
        Matcher b = BODY.matcher(html);
        String body = b.find() ? b.group(2) : html;
        String bodyClass = "";
        if (b.find(0)) {
            Matcher c = Pattern.compile("class=\"([^\"]*)\"").matcher(b.group(1));
            bodyClass = c.find() ? c.group(1) : "";
        }
        String path = request.getRequestURI();
        return switch (decorator) {
            case "atl.admin" -> chrome.page(request, title, head, "admin " + bodyClass,
                    Chrome.withSidebar(chrome.adminSidebar(metas.getOrDefault("admin.active.tab", "")), body),
                    "atl.admin");
            case "atl.popup" -> chrome.page(request, title, head, "popup " + bodyClass, body);
            default -> {
                Project project = metas.containsKey("projectKey") ? projects.getProjectObjByKey(metas.get("projectKey")) : null;
                String content = project == null ? Chrome.panel(body)
                        : Chrome.withSidebar(chrome.projectSidebar(project, path), body);
                yield chrome.page(request, title, head, bodyClass, content, "atl.general");
            }
        };
    }

    static Map<String, String> metas(String html) {
        Map<String, String> result = new LinkedHashMap<>();
        Matcher h = HEAD.matcher(html);
        if (!h.find()) {
            return result;
        }
        Matcher m = META.matcher(h.group(1));
        while (m.find()) {
            Map<String, String> attrs = new LinkedHashMap<>();
            Matcher a = ATTR.matcher(m.group(1));
            while (a.find()) {
                attrs.put(a.group(1).toLowerCase(java.util.Locale.ROOT), a.group(2));
            }
            if (attrs.containsKey("name") && attrs.containsKey("content")) {
                result.put(attrs.get("name"), unescape(attrs.get("content")));
            }
        }
        return result;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
