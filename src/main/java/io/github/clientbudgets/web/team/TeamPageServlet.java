package io.github.clientbudgets.web.team;

import io.github.clientbudgets.common.NotFoundException;
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
 * A team page addressed by one path segment ({@code .../project/ACME}, {@code .../budget/7}): who is asking comes
 * first (anonymous: login), then the page model, which answers empty or throws NotFoundException for anything the
 * caller may not see (404, never a hint). No access annotation: Jira 10 serves it to licensed users only. Writes
 * go through the REST API (JSON, XSRF-checked by Jira), so team pages have no POST.
 */
abstract class TeamPageServlet extends HttpServlet {
    private final Permissions permissions;
    private final PageRenderer pages;
    private final ReaderFormats formats;
    private final I18nText text;
    private final String template;
    private final String resourceContext;

    TeamPageServlet(Permissions permissions, PageRenderer pages, ReaderFormats formats, I18nText text, String template,
                    String resourceContext) {
        this.formats = formats;
        this.permissions = permissions;
        this.pages = pages;
        this.text = text;
        this.template = template;
        this.resourceContext = resourceContext;
    }

    /** {@code resourceContext} null: the template is a fragment of a page already shown, rendered undecorated. */
    TeamPageServlet(Permissions permissions, PageRenderer pages, ReaderFormats formats, I18nText text, String template) {
        this(permissions, pages, formats, text, template, null);
    }

    /** The view model for the path segment, in the caller's formats, or empty when the segment names nothing. */
    abstract Optional<Object> page(String caller, String segment, String contextPath, Formats formats);

    /** The view model for the path segment and the request's parameters; by default the segment alone counts. */
    Optional<Object> page(String caller, String segment, HttpServletRequest request, Formats formats) {
        return page(caller, segment, request.getContextPath(), formats);
    }

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
        String segment = PathInfo.single(request.getPathInfo());
        Optional<Object> page;
        try {
            page = segment == null ? Optional.empty() : page(caller.get(), segment, request, formats.current());
        } catch (NotFoundException e) {
            page = Optional.empty();
        }
        if (page.isEmpty()) {
            pages.notFound(response);
            return;
        }
        Map<String, Object> model = new java.util.HashMap<>(more(caller.get(), page.get(), request));
        model.put("page", page.get());
        model.put("text", text);
        if (resourceContext == null) {
            pages.renderFragment(response, template, model);
        } else {
            pages.render(response, template, model, resourceContext);
        }
    }
}
