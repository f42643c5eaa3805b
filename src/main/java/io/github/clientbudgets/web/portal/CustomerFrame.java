package io.github.clientbudgets.web.portal;

import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.UrlMode;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.github.clientbudgets.access.JsmCustomerContext;
import io.github.clientbudgets.i18n.I18nText;
import io.github.clientbudgets.web.page.ReaderFormats;
import io.github.clientbudgets.web.page.PageContexts;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client portal as JSM customers meet it. A customer (portal-only, no Jira licence) never sees Jira's header, and
 * JSM has no decorator a plugin page can ask for, so the portal's pages are framed here: the page template is
 * rendered as for everyone, its title and body are put into {@code templates/portal/customer-frame.vm} (the help
 * center's look, {@code <meta name="decorator" content="none">}, as JSM plugins that render their own page do).
 * Licensed users keep Jira's {@code atl.general} frame. The anonymous are sent to JSM's customer login with a
 * {@code destination} (the path below Jira's base, no leading slash, as in {@code destination=portals}); without
 * JSM, to Jira's login.
 */
public final class CustomerFrame {
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.DOTALL);
    private static final Pattern HEAD = Pattern.compile("<head[^>]*>(.*?)</head>", Pattern.DOTALL);
    private static final Pattern DECORATOR = Pattern.compile("<meta\\s+name=\"decorator\"[^>]*>");
    static final String TEMPLATE = "templates/portal/customer-frame.vm";
    private final TemplateRenderer renderer;
    private final I18nText text;
    private final PageBuilderService pageBuilderService;
    /** The reader's locale: the frame declares the page's language (screen readers speak German text as German). */
    private final ReaderFormats formats;

    public CustomerFrame(TemplateRenderer renderer, I18nText text, PageBuilderService pageBuilderService,
                         ReaderFormats formats) {
        this.renderer = renderer;
        this.text = text;
        this.pageBuilderService = pageBuilderService;
        this.formats = formats;
    }

    /** Renders {@code template} (one of the portal's own pages) inside the customers' frame. */
    public void render(HttpServletResponse response, String template, Map<String, Object> context, String baseUrl,
                       String userName) throws IOException {
        pageBuilderService.assembler().resources().requireContext(PageContexts.PORTAL);
        StringWriter out = new StringWriter();
        renderer.render(template, context, out);
        // undecorated, so no decorator writes the required resources: the frame drains them into its own head
        StringWriter resources = new StringWriter();
        pageBuilderService.assembler().assembled().drainIncludedResources().writeHtmlTags(resources, UrlMode.RELATIVE);
        String page = out.toString();
        Matcher title = TITLE.matcher(page);
        Matcher body = BODY.matcher(page);
        Matcher head = HEAD.matcher(page);
        Map<String, Object> frame = new HashMap<>();
        frame.put("text", text);
        frame.put("resourcesHtml", resources.toString());
        frame.put("frame", new CustomerFrameView(baseUrl, userName, formats.locale().toLanguageTag()));
        // both were escaped by the page's own template: inserted as they are
        frame.put("titleHtml", title.find() ? title.group(1).trim() : "");
        frame.put("contentHtml", body.find() ? body.group(1) : page);
        // the page's own head (its resources), without its title and its wish for Jira's decorator
        frame.put("headHtml", head.find() ? DECORATOR.matcher(TITLE.matcher(head.group(1)).replaceAll("")).replaceAll("") : "");
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        renderer.render(TEMPLATE, frame, response.getWriter());
    }

    /** Where an anonymous visitor logs in: JSM's customer login when JSM is there, else null (Jira's login). */
    public static String customerLogin(HttpServletRequest request) {
        if (!JsmCustomerContext.jsmPresent()) {
            return null;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length()).replaceFirst("^/+", "");
        String destination = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
        return request.getContextPath() + "/servicedesk/customer/user/login?destination="
                + URLEncoder.encode(destination, StandardCharsets.UTF_8);
    }
}
