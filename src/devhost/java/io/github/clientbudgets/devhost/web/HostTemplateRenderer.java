package io.github.clientbudgets.devhost.web;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.runtime.RuntimeConstants;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The Atlassian Template Renderer on Velocity 1.7: templates from the plugin class path, HTML escaping of every
 * inserted reference by default, and the Velocity method allowlist enforced (see {@link VelocityAllowlist}).
 * <p>
 * Not escaped, as in Jira's template renderer (its {@code TemplateRendererHtmlAnnotationEscaper}): references whose
 * last name ends in {@code html} (any case, e.g. {@code $summaryHtml}, {@code $x.bodyHtml}), and {@code $body},
 * {@code $head}. Not supported: {@code @HtmlSafe} methods and {@code #disable_html_escaping()}.
 * <p>
 * Every context also holds {@code $webResourceManager} (the host's, with {@code requireResource(String)} and
 * {@code requireResourcesForContext(String)}), as Jira's global template context does.
 */
public final class HostTemplateRenderer implements TemplateRenderer {
    private final VelocityEngine engine;
    private final WebResources webResources;

    public HostTemplateRenderer(ClassLoader pluginLoader, VelocityAllowlist allowlist, WebResources webResources) {
        this.webResources = webResources;
        Properties p = new Properties();
        p.setProperty(RuntimeConstants.RESOURCE_LOADER, "class");
        p.setProperty("class.resource.loader.class", PluginClassResourceLoader.class.getName());
        p.setProperty("class.resource.loader.cache", "true");
        p.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, "org.apache.velocity.runtime.log.NullLogChute");
        p.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspect.class.getName());
        p.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        p.setProperty(RuntimeConstants.OUTPUT_ENCODING, "UTF-8");
        engine = new VelocityEngine();
        engine.setApplicationAttribute(AllowlistUberspect.ATTRIBUTE, allowlist);
        engine.setApplicationAttribute(PluginClassResourceLoader.ATTRIBUTE, pluginLoader);
        try {
            engine.init(p);
        } catch (Exception e) {
            throw new IllegalStateException("Velocity did not start", e);
        }
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer)
            throws RenderingException, IOException {
        Template template;
        try {
            template = engine.getTemplate(templateName, "UTF-8");
        } catch (Exception e) {
            throw new RenderingException(new IllegalArgumentException("template " + templateName + ": " + e.getMessage(), e));
        }
        StringWriter buffer = new StringWriter();
        try {
            template.merge(context(context), buffer);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof VelocityAllowlist.NotAllowlistedException)) {
                cause = cause.getCause();
            }
            throw new RenderingException(cause instanceof VelocityAllowlist.NotAllowlistedException ? cause : e);
        }
        writer.write(buffer.toString());
        writer.flush();
    }

    /** Renders a template to a string (host pages, web panels). */
    public String renderToString(String templateName, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            render(templateName, context, out);
        } catch (IOException e) {
            throw new RenderingException(e);
        }
        return out.toString();
    }

    /** Renders a template given as text (web-item links), with the same escaping and allowlist. */
    public String renderFragment(String fragment, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            engine.evaluate(context(context), out, "fragment", fragment);
        } catch (RenderingException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RenderingException(e);
        }
        return out.toString();
    }

    private VelocityContext context(Map<String, Object> values) {
        Map<String, Object> all = new HashMap<>();
        all.put("webResourceManager", webResources.manager());
        if (values != null) {
            all.putAll(values);
        }
        VelocityContext context = new VelocityContext(all);
        EventCartridge cartridge = new EventCartridge();
        cartridge.addEventHandler(new EscapeHtml());
        cartridge.attachToContext(context);
        return context;
    }

    /** Escapes every inserted value except the exempt references. */
    static final class EscapeHtml implements ReferenceInsertionEventHandler {
        @Override
        public Object referenceInsert(String reference, Object value) {
            if (value == null || isExempt(reference)) {
                return value;
            }
            return escape(value.toString());
        }
    }

    static boolean isExempt(String reference) {
        String name = reference.replace("$", "").replace("!", "").replace("{", "").replace("}", "");
        boolean simple = !name.contains(".");
        int paren = name.indexOf('(');
        String path = paren >= 0 ? name.substring(0, paren) : name;
        String last = path.substring(path.lastIndexOf('.') + 1);
        if (simple && (last.equals("body") || last.equals("head"))) {
            return true;
        }
        return last.toLowerCase(Locale.ROOT).endsWith("html");
    }

    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
