package io.github.clientbudgets.web.team;

import io.github.clientbudgets.format.Formats;
import io.github.clientbudgets.i18n.I18nText;
import io.github.clientbudgets.permission.Permissions;
import io.github.clientbudgets.web.page.PageRenderer;
import io.github.clientbudgets.web.page.ReaderFormats;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * A team page at one fixed address (Approvals, My time): anonymous callers go to the login page, anything below the
 * address is 404, and a logged-in caller gets the template rendered with his page model.
 */
abstract class SingleTeamPageServlet extends HttpServlet {
    private final Permissions permissions;
    private final PageRenderer pages;
    private final ReaderFormats formats;
    private final I18nText text;
    private final String template;
    private final String resourceContext;

    SingleTeamPageServlet(Permissions permissions, PageRenderer pages, ReaderFormats formats, I18nText text,
                          String template, String resourceContext) {
        this.formats = formats;
        this.permissions = permissions;
        this.pages = pages;
        this.text = text;
        this.template = template;
        this.resourceContext = resourceContext;
    }

    /** The view model of the caller's page, in his formats. */
    abstract Object page(String caller, HttpServletRequest request, Formats formats);

    /** More of the page's model beside {@code page} and {@code text} (e.g. its client questions); none by default. */
    Map<String, Object> more(String caller, Object page, HttpServletRequest request) {
        return Map.of();
    }

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> caller = permissions.currentUserKey();
        if (caller.isEmpty()) {
            pages.redirectToLogin(request, response);
            return;
        }
        String path = request.getPathInfo();
        if (path != null && !path.isEmpty() && !path.equals("/")) {
            pages.notFound(response);
            return;
        }
        Object page = page(caller.get(), request, formats.current());
        Map<String, Object> model = new java.util.HashMap<>(more(caller.get(), page, request));
        model.put("page", page);
        model.put("text", text);
        pages.render(response, template, model, resourceContext);
    }
}
