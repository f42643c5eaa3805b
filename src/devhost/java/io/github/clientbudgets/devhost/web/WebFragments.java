package io.github.clientbudgets.devhost.web;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import io.github.clientbudgets.devhost.auth.CurrentUser;
import io.github.clientbudgets.devhost.plugin.LoadedPlugin;
import io.github.clientbudgets.devhost.plugin.PluginDescriptor;
import org.w3c.dom.Element;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The plugin's {@code <web-section>}s and {@code <web-item>}s, as Jira renders them: label from the i18n key,
 * link rendered by Velocity with the location's context (e.g. {@code $pathEncodedProjectKey} in the project
 * sidebar), weight order, and {@code <condition>}s (plugin classes autowired from the plugin's context and called
 * through {@code init(Map)} / {@code shouldDisplay(Map)}; a few of Jira's own conditions are known to the host by
 * name; {@code invert="true"} and {@code <conditions type="AND|OR">} work).
 */
public final class WebFragments {
    public record Item(String key, String completeKey, String section, String label, String url, String linkId,
                       String iconClass, int weight) {
    }

    public record Section(String key, String location, String label, int weight) {
    }

    private record ItemModule(PluginDescriptor.Module module, int weight, Predicate<Map<String, Object>> condition) {
    }

    private final LoadedPlugin plugin;
    private final HostI18nResolver i18n;
    private final HostTemplateRenderer renderer;
    private final GlobalPermissionManager globalPermissions;
    private final PermissionManager permissions;
    private final List<ItemModule> items = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();

    public WebFragments(LoadedPlugin plugin, HostI18nResolver i18n, HostTemplateRenderer renderer,
                        GlobalPermissionManager globalPermissions, PermissionManager permissions) {
        this.plugin = plugin;
        this.i18n = i18n;
        this.renderer = renderer;
        this.globalPermissions = globalPermissions;
        this.permissions = permissions;
        for (PluginDescriptor.Module module : plugin.descriptor().modules("web-item")) {
            if (module.attribute("section").isBlank()) {
                throw new PluginDescriptor.DescriptorException("module " + module + " has no section");
            }
            items.add(new ItemModule(module, weight(module), conditions(module, module.element())));
        }
        for (PluginDescriptor.Module module : plugin.descriptor().modules("web-section")) {
            sections.add(new Section(module.key(), module.attribute("location"), label(module), weight(module)));
        }
        sections.sort(Comparator.comparingInt(Section::weight));
    }

    public List<Section> sections(String location) {
        return sections.stream().filter(s -> s.location().equals(location)).toList();
    }

    /** The items of a section the current user may see, in weight order, links rendered with {@code context}. */
    public List<Item> items(String section, Map<String, Object> context, String contextPath) {
        Map<String, Object> ctx = new HashMap<>(context);
        ctx.putIfAbsent("user", CurrentUser.get());
        List<Item> result = new ArrayList<>();
        for (ItemModule item : items) {
            PluginDescriptor.Module module = item.module();
            if (!module.attribute("section").equals(section) || !item.condition().test(ctx)) {
                continue;
            }
            Element link = module.children("link").stream().findFirst().orElse(null);
            String url = link == null ? "" : renderer.renderFragment(link.getTextContent().trim(), ctx);
            if (url.startsWith("/")) {
                url = contextPath + url;
            }
            String icon = module.children("param").stream().filter(p -> p.getAttribute("name").equals("iconClass"))
                    .map(p -> p.getAttribute("value")).findFirst().orElse("");
            result.add(new Item(module.key(), plugin.descriptor().completeKey(module), section, label(module), url,
                    link == null ? "" : link.getAttribute("linkId"), icon, item.weight()));
        }
        result.sort(Comparator.comparingInt(Item::weight));
        return result;
    }

    /** Every item of the plugin (admin overview). */
    public List<PluginDescriptor.Module> allItems() {
        return items.stream().map(ItemModule::module).toList();
    }

    private String label(PluginDescriptor.Module module) {
        return module.children("label").stream().findFirst()
                .map(l -> l.hasAttribute("key") ? i18n.getText(l.getAttribute("key")) : l.getTextContent().trim())
                .orElse(module.key());
    }

    private static int weight(PluginDescriptor.Module module) {
        String w = module.attribute("weight");
        return w.isBlank() ? 1000 : Integer.parseInt(w.trim());
    }

    /** A module's {@code <condition>}s and {@code <conditions>} as one test (true when it has none). */
    public Predicate<Map<String, Object>> conditionsOf(PluginDescriptor.Module module) {
        return conditions(module, module.element());
    }

    private Predicate<Map<String, Object>> conditions(PluginDescriptor.Module module, Element parent) {
        List<Predicate<Map<String, Object>>> all = new ArrayList<>();
        for (Element child : children(parent)) {
            if (child.getTagName().equals("condition")) {
                all.add(condition(module, child));
            } else if (child.getTagName().equals("conditions")) {
                Predicate<Map<String, Object>> inner = conditions(module, child);
                all.add(inner);
            }
        }
        boolean or = "OR".equalsIgnoreCase(parent.getAttribute("type"));
        Predicate<Map<String, Object>> combined = ctx -> or ? all.stream().anyMatch(p -> p.test(ctx))
                : all.stream().allMatch(p -> p.test(ctx));
        if (all.isEmpty()) {
            combined = ctx -> true;
        }
        return parent.getTagName().equals("conditions") && "true".equals(parent.getAttribute("invert"))
                ? combined.negate() : combined;
    }

    private Predicate<Map<String, Object>> condition(PluginDescriptor.Module module, Element element) {
        String className = element.getAttribute("class").trim();
        Map<String, String> params = new LinkedHashMap<>();
        for (Element p : children(element)) {
            if (p.getTagName().equals("param")) {
                params.put(p.getAttribute("name"), p.hasAttribute("value") ? p.getAttribute("value") : p.getTextContent().trim());
            }
        }
        Predicate<Map<String, Object>> predicate = jiraCondition(className, params);
        if (predicate == null) {
            predicate = pluginCondition(module, className, params);
        }
        return "true".equals(element.getAttribute("invert")) ? predicate.negate() : predicate;
    }

    /** Jira's own conditions that plugins name in descriptors, implemented by the host. */
    private Predicate<Map<String, Object>> jiraCondition(String className, Map<String, String> params) {
        String prefix = "com.atlassian.jira.plugin.webfragment.conditions.";
        if (!className.startsWith(prefix)) {
            return null;
        }
        return switch (className.substring(prefix.length())) {
            case "UserLoggedInCondition" -> ctx -> CurrentUser.get() != null;
            case "UserIsAdminCondition" -> ctx -> globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, CurrentUser.get());
            case "UserIsSysAdminCondition" -> ctx -> globalPermissions.hasPermission(GlobalPermissionKey.SYSTEM_ADMIN, CurrentUser.get());
            case "JiraGlobalPermissionCondition" -> {
                String p = params.getOrDefault("permission", "admin").toLowerCase(Locale.ROOT);
                GlobalPermissionKey key = p.equals("sysadmin") || p.equals("system_admin") ? GlobalPermissionKey.SYSTEM_ADMIN
                        : p.equals("admin") || p.equals("administer") ? GlobalPermissionKey.ADMINISTER
                        : GlobalPermissionKey.of(p.toUpperCase(Locale.ROOT));
                yield ctx -> globalPermissions.hasPermission(key, CurrentUser.get());
            }
            case "HasProjectPermissionCondition" -> {
                ProjectPermissionKey key = new ProjectPermissionKey(params.getOrDefault("permission", "BROWSE_PROJECTS")
                        .toUpperCase(Locale.ROOT));
                yield ctx -> ctx.get("project") instanceof Project
                        && permissions.hasPermission(key, (Project) ctx.get("project"), CurrentUser.get());
            }
            default -> throw new PluginDescriptor.DescriptorException("the dev host does not know Jira's condition "
                    + className);
        };
    }

    private Predicate<Map<String, Object>> pluginCondition(PluginDescriptor.Module module, String className,
                                                           Map<String, String> params) {
        Class<?> type = plugin.moduleClass(module, className);
        Object condition = plugin.create(module, type);
        try {
            Method init = type.getMethod("init", Map.class);
            Method shouldDisplay = type.getMethod("shouldDisplay", Map.class);
            init.invoke(condition, params);
            return ctx -> {
                try {
                    return Boolean.TRUE.equals(shouldDisplay.invoke(condition, ctx));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("condition " + className + " of " + module + " failed", e);
                }
            };
        } catch (NoSuchMethodException e) {
            throw new PluginDescriptor.DescriptorException("module " + module + ": " + className
                    + " is not a Condition (init(Map), shouldDisplay(Map))", e);
        } catch (ReflectiveOperationException e) {
            throw new PluginDescriptor.DescriptorException("module " + module + ": " + className + ".init failed", e);
        }
    }

    private static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                result.add((Element) n);
            }
        }
        return result;
    }
}
