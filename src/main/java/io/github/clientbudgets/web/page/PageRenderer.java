package io.github.clientbudgets.web.page;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;

/**
 * What every page servlet needs: render a Velocity template as HTML, send the anonymous to the login page and
 * answer 404 to those who may not see a page. Keeps javax.servlet in one small place. Every page requires its
 * web-resource context ({@link PageContexts}) through Jira's {@link PageBuilderService} before it is rendered, so
 * the decorator puts its CSS and scripts into the head.
 */
public final class PageRenderer {
    private final TemplateRenderer templateRenderer;
    private final LoginUriProvider loginUriProvider;
    private final PageBuilderService pageBuilderService;

    public PageRenderer(TemplateRenderer templateRenderer, LoginUriProvider loginUriProvider,
                 PageBuilderService pageBuilderService) {
        this.templateRenderer = templateRenderer;
        this.loginUriProvider = loginUriProvider;
        this.pageBuilderService = pageBuilderService;
    }

    /** Renders the template as the page whose resources are {@code resourceContext} (one of {@link PageContexts}). */
    public void render(HttpServletResponse response, String template, Map<String, Object> context,
                       String resourceContext) throws IOException {
        pageBuilderService.assembler().resources().requireContext(resourceContext);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        templateRenderer.render(template, context, response.getWriter());
    }

    /**
     * Renders the template as a fragment of a page that is already shown (no decorator, no resources of its own),
     * e.g. the rows a script puts into that page.
     */
    public void renderFragment(HttpServletResponse response, String template, Map<String, Object> context)
            throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        templateRenderer.render(template, context, response.getWriter());
    }

    public void redirectToLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StringBuffer url = request.getRequestURL();
        if (request.getQueryString() != null) {
            url.append('?').append(request.getQueryString());
        }
        response.sendRedirect(loginUriProvider.getLoginUri(URI.create(url.toString())).toASCIIString());
    }

    /** Invisible means 404, never a hint that the thing exists. */
    public void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
