package io.github.clientbudgets.web;

import io.github.clientbudgets.permission.Permissions;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code /plugins/servlet/client-budgets/project/{projectKey}}: the old address of the project's budgets, kept for
 * bookmarks and links. The page itself is a web-panel in Jira's project-centric view
 * ({@link ProjectBudgetsContextProvider}); this sends the caller there. Who asks comes first: anonymous → login;
 * a project the caller cannot browse → 404, as for every team page. No access annotation: licensed users only.
 */
public class ProjectBudgetsServlet extends HttpServlet {
    /** The pom's atlassian.plugin.key: never changes (AO derives the table prefix from it). */
    static final String PLUGIN_KEY = "io.github.clientbudgets.client-budgets-jira";
    /** The project sidebar item's key, which is also the web-panel's location (see atlassian-plugin.xml). */
    static final String SELECTED_ITEM = PLUGIN_KEY + ":project-budgets-sidebar";
    private final Permissions permissions;
    private final Pages pages;

    public ProjectBudgetsServlet(Permissions permissions, Pages pages) {
        this.permissions = permissions;
        this.pages = pages;
    }

    /** The project's Budgets page in the project-centric view, below Jira's context path. */
    public static String projectPagePath(String projectKey) {
        // the item key has only letters, digits, dots, hyphens and one colon: all legal in a query as they are
        return "/projects/" + URLEncoder.encode(projectKey, StandardCharsets.UTF_8).replace("+", "%20")
                + "?selectedItem=" + SELECTED_ITEM;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> caller = permissions.currentUserKey();
        if (caller.isEmpty()) {
            pages.redirectToLogin(request, response);
            return;
        }
        String key = PathInfo.single(request.getPathInfo());
        boolean visible = key != null && permissions.projectByKey(key)
                .filter(p -> permissions.canBrowse(caller.get(), p.id())).isPresent();
        if (!visible) {
            pages.notFound(response);
            return;
        }
        response.sendRedirect(request.getContextPath() + projectPagePath(key));
    }
}
