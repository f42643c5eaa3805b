package io.github.clientbudgets.web.team;

import io.github.clientbudgets.common.AppUrls;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.web.page.PageRenderer;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /plugins/servlet/client-budgets/project/{projectKey}}: the old address of the project's budgets, kept for
 * bookmarks and links. The page itself is a web-panel in Jira's project-centric view
 * ({@link ProjectBudgetsContextProvider}); this sends the caller there. Who asks comes first: anonymous → login;
 * a project the caller cannot browse → 404, as for every team page. No access annotation: licensed users only.
 */
public class ProjectBudgetsServlet extends HttpServlet {
    private final Permissions permissions;
    private final PageRenderer pages;

    public ProjectBudgetsServlet(Permissions permissions, PageRenderer pages) {
        this.permissions = permissions;
        this.pages = pages;
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
        response.sendRedirect(AppUrls.projectBudgets(request.getContextPath(), key));
    }
}
