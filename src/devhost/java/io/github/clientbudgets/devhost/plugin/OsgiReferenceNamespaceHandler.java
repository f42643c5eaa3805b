package io.github.clientbudgets.devhost.plugin;

import io.github.clientbudgets.devhost.HostComponents;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.xml.AbstractBeanDefinitionParser;
import org.springframework.beans.factory.xml.NamespaceHandlerSupport;
import org.springframework.beans.factory.xml.ParserContext;
import org.w3c.dom.Element;

/**
 * The {@code osgi:} namespace of the plugin's Spring XML (Gemini Blueprint, and the older Spring DM namespace Jira
 * still reads): {@code <osgi:reference id="x" interface="com.atlassian...Service"/>} becomes a bean whose value is
 * the host's implementation from {@link HostComponents}, as Jira hands a plugin its OSGi services. A reference to
 * a service the host does not export fails the plugin's start, naming the file's element; Jira leaves such a
 * plugin disabled (waiting for the service). {@code <osgi:service>} (exporting a plugin bean) is accepted and
 * ignored: nothing in the host consumes plugin services.
 */
public final class OsgiReferenceNamespaceHandler extends NamespaceHandlerSupport {
    public static final String GEMINI_BLUEPRINT = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";
    public static final String SPRING_DM = "http://www.springframework.org/schema/osgi";

    private final HostComponents components;
    private final ClassLoader pluginLoader;

    public OsgiReferenceNamespaceHandler(HostComponents components, ClassLoader pluginLoader) {
        this.components = components;
        this.pluginLoader = pluginLoader;
    }

    @Override
    public void init() {
        registerBeanDefinitionParser("reference", new ReferenceParser());
        registerBeanDefinitionParser("service", (element, parserContext) -> null);
    }

    private final class ReferenceParser extends AbstractBeanDefinitionParser {
        @Override
        protected AbstractBeanDefinition parseInternal(Element element, ParserContext parserContext) {
            String id = element.getAttribute("id");
            String interfaceName = element.getAttribute("interface").trim();
            String where = "<osgi:reference id=\"" + id + "\" interface=\"" + interfaceName + "\"> in "
                    + parserContext.getReaderContext().getResource().getDescription();
            if (interfaceName.isEmpty()) {
                throw new PluginDescriptor.DescriptorException(where + ": no interface");
            }
            Class<?> type;
            try {
                type = Class.forName(interfaceName, false, pluginLoader);
            } catch (ClassNotFoundException e) {
                throw new PluginDescriptor.DescriptorException(where + ": no such class " + interfaceName, e);
            }
            Object service = components.find(type).orElseThrow(() -> new PluginDescriptor.DescriptorException(
                    where + ": the dev host exports no service " + interfaceName
                            + " (Jira would leave the plugin disabled, waiting for it)"));
            @SuppressWarnings({"unchecked", "rawtypes"})
            AbstractBeanDefinition definition = BeanDefinitionBuilder
                    .genericBeanDefinition((Class) type, () -> service).getBeanDefinition();
            definition.setScope(BeanDefinition.SCOPE_SINGLETON);
            return definition;
        }
    }

}
