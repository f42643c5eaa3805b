package io.github.clientbudgets.devhost.plugin;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code atlassian-plugin.xml}, read the way Jira's plugin framework reads it: the plugin key, then one
 * {@link Module} per top-level element. A malformed descriptor, a module without a key or a key used twice fails
 * with a message that names the module, as Jira refuses to enable such a plugin.
 */
public final class PluginDescriptor {
    private final String key;
    private final String name;
    private final Element pluginInfo;
    private final List<Module> modules;

    private PluginDescriptor(String key, String name, Element pluginInfo, List<Module> modules) {
        this.key = key;
        this.name = name;
        this.pluginInfo = pluginInfo;
        this.modules = modules;
    }

    public static PluginDescriptor fromClasspath(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream("atlassian-plugin.xml")) {
            if (in == null) {
                throw new DescriptorException("atlassian-plugin.xml is not on the class path (run mvn process-resources)");
            }
            return parse(in);
        } catch (IOException e) {
            throw new DescriptorException("atlassian-plugin.xml cannot be read: " + e.getMessage(), e);
        }
    }

    public static PluginDescriptor parse(InputStream in) {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            // the DOM is read by many request threads at once: a deferred (lazily expanded) Xerces DOM is not safe
            // for that (the benchmark's 16 concurrent clients saw NullPointerExceptions inside Xerces); build it fully
            factory.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
            document = factory.newDocumentBuilder().parse(in);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new DescriptorException("atlassian-plugin.xml is not well-formed XML: " + e.getMessage(), e);
        }
        Element root = document.getDocumentElement();
        if (!"atlassian-plugin".equals(root.getTagName())) {
            throw new DescriptorException("atlassian-plugin.xml: the root element must be <atlassian-plugin>");
        }
        String key = root.getAttribute("key");
        if (key.isBlank() || key.contains("${")) {
            throw new DescriptorException("atlassian-plugin.xml: the plugin has no key (unfiltered? '" + key + "')");
        }
        List<Module> modules = new ArrayList<>();
        Element pluginInfo = null;
        Set<String> keys = new HashSet<>();
        for (Element element : children(root)) {
            if (element.getTagName().equals("plugin-info")) {
                pluginInfo = element;
                continue;
            }
            if (element.getTagName().equals("resource")) {
                modules.add(new Module(element));
                continue;
            }
            String moduleKey = element.getAttribute("key");
            if (moduleKey.isBlank()) {
                throw new DescriptorException("atlassian-plugin.xml: <" + element.getTagName() + "> has no key");
            }
            if (!keys.add(moduleKey)) {
                throw new DescriptorException("atlassian-plugin.xml: module key '" + moduleKey + "' is used twice");
            }
            modules.add(new Module(element));
        }
        if (pluginInfo == null) {
            throw new DescriptorException("atlassian-plugin.xml: <plugin-info> is missing");
        }
        return new PluginDescriptor(key, root.getAttribute("name"), pluginInfo, List.copyOf(modules));
    }

    public String key() {
        return key;
    }

    public String name() {
        return name;
    }

    public String version() {
        return text(pluginInfo, "version").orElse("");
    }

    /** A {@code <param name="...">} of plugin-info. */
    public Optional<String> infoParam(String paramName) {
        return children(pluginInfo).stream()
                .filter(e -> e.getTagName().equals("param") && e.getAttribute("name").equals(paramName))
                .map(e -> e.getTextContent().trim())
                .findFirst();
    }

    public Element pluginInfo() {
        return pluginInfo;
    }

    public List<Module> modules() {
        return modules;
    }

    public List<Module> modules(String type) {
        return modules.stream().filter(m -> m.type().equals(type)).toList();
    }

    public Module module(String moduleKey) {
        return modules.stream().filter(m -> moduleKey.equals(m.key())).findFirst()
                .orElseThrow(() -> new DescriptorException("no module with key '" + moduleKey + "'"));
    }

    /** The complete key Jira gives a module: {@code pluginKey:moduleKey}. */
    public String completeKey(Module module) {
        return key + ":" + module.key();
    }

    /**
     * An element's child elements, by sibling links: request threads read the DOM at once, and Xerces' NodeList
     * (getChildNodes) keeps an unsynchronised cache in the parent that threw NullPointerExceptions under load.
     */
    static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                result.add((Element) n);
            }
        }
        return result;
    }

    static Optional<String> text(Element parent, String child) {
        return children(parent).stream().filter(e -> e.getTagName().equals(child))
                .map(e -> e.getTextContent().trim()).findFirst();
    }

    /** One module element: its type (the tag), key, attributes and children. */
    public static final class Module {
        private final Element element;

        Module(Element element) {
            this.element = element;
        }

        public String type() {
            return element.getTagName();
        }

        public String key() {
            return element.getAttribute("key");
        }

        public String attribute(String name) {
            return element.getAttribute(name);
        }

        public Element element() {
            return element;
        }

        public List<Element> children(String tag) {
            return PluginDescriptor.children(element).stream().filter(e -> e.getTagName().equals(tag)).toList();
        }

        public List<String> childTexts(String tag) {
            return children(tag).stream().map(e -> e.getTextContent().trim()).toList();
        }

        public Optional<String> childText(String tag) {
            return PluginDescriptor.text(element, tag);
        }

        @Override
        public String toString() {
            return "<" + type() + " key=\"" + key() + "\">";
        }
    }

    public static final class DescriptorException extends RuntimeException {
        public DescriptorException(String message) {
            super(message);
        }

        public DescriptorException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
