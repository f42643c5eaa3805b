package io.github.clientbudgets.devhost.web;

import io.github.clientbudgets.devhost.plugin.LoadedPlugin;
import io.github.clientbudgets.devhost.plugin.PluginDescriptor;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The plugin's {@code <web-panel>}s: a panel's {@code view} Velocity resource rendered with the location's context,
 * extended by its {@code <context-provider class>} (autowired from the plugin's context, {@code init(Map)} with the
 * provider's params, then {@code getContextMap(Map)}); a panel whose {@code <condition>}s say no is left out. The
 * host shows the panels of the project-centric view ({@code /projects/KEY?selectedItem=<location>} renders the
 * panels at that location in the project page) and of the issue view ({@code atl.jira.view.issue.right.context}
 * on {@code /browse/KEY}).
 */
public final class WebPanels {
    private record Panel(PluginDescriptor.Module module, String template, Object provider, Method getContextMap,
                         Predicate<Map<String, Object>> condition) {
    }

    private final List<Panel> panels;
    private final HostTemplateRenderer renderer;

    public WebPanels(LoadedPlugin plugin, HostTemplateRenderer renderer, WebFragments fragments) {
        this.renderer = renderer;
        this.panels = plugin.descriptor().modules("web-panel").stream()
                .map(m -> panel(plugin, m, fragments.conditionsOf(m))).toList();
    }

    private static Panel panel(LoadedPlugin plugin, PluginDescriptor.Module module, Predicate<Map<String, Object>> condition) {
        String template = module.children("resource").stream().filter(r -> "velocity".equals(r.getAttribute("type")))
                .map(r -> r.getAttribute("location")).findFirst().orElse(null);
        Object provider = null;
        Method getContextMap = null;
        var providers = module.children("context-provider");
        if (!providers.isEmpty()) {
            var element = providers.get(0);
            Class<?> type = plugin.moduleClass(module, element.getAttribute("class"));
            provider = plugin.create(module, type);
            Map<String, String> params = new LinkedHashMap<>();
            for (var n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof org.w3c.dom.Element p && p.getTagName().equals("param")) {
                    params.put(p.getAttribute("name"), p.hasAttribute("value") ? p.getAttribute("value") : p.getTextContent().trim());
                }
            }
            try {
                type.getMethod("init", Map.class).invoke(provider, params);
                getContextMap = type.getMethod("getContextMap", Map.class);
            } catch (NoSuchMethodException e) {
                throw new PluginDescriptor.DescriptorException("module " + module + ": " + type.getName()
                        + " is not a ContextProvider (init(Map), getContextMap(Map))", e);
            } catch (ReflectiveOperationException e) {
                throw new PluginDescriptor.DescriptorException("module " + module + ": " + type.getName() + ".init failed", e);
            }
        }
        return new Panel(module, template, provider, getContextMap, condition);
    }

    /** The HTML of the panels at a location, or empty when there is none. */
    @SuppressWarnings("unchecked")
    public Optional<String> render(String location, Map<String, Object> context) {
        StringBuilder html = new StringBuilder();
        boolean any = false;
        for (Panel panel : panels) {
            if (!panel.module().attribute("location").equals(location) || panel.template() == null) {
                continue;
            }
            Map<String, Object> ctx = new HashMap<>(context);
            if (!panel.condition().test(new HashMap<>(context))) {
                continue;
            }
            if (panel.provider() != null) {
                try {
                    ctx = new HashMap<>((Map<String, Object>) panel.getContextMap().invoke(panel.provider(), ctx));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("context provider of " + panel.module() + " failed", e);
                }
            }
            html.append(renderer.renderToString(panel.template().replaceFirst("^/", ""), ctx));
            any = true;
        }
        return any ? Optional.of(html.toString()) : Optional.empty();
    }
}
