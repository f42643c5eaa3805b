package io.github.clientbudgets;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.File;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spring context as Jira reads it, checked without starting it: every bean's constructor takes the refs given,
 * in order and of fitting types; every class the descriptor names (servlets, REST resources, conditions, context
 * providers) has one public constructor whose parameters are each satisfied by exactly one component (Jira
 * autowires them by type).
 */
class WiringTest {
    private final Map<String, Class<?>> components = new HashMap<>();

    private static Document xml(String path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(new File(path));
    }

    private void readContext() throws Exception {
        Document context = xml("src/main/resources/META-INF/spring/plugin-context.xml");
        NodeList references = context.getElementsByTagName("osgi:reference");
        for (int i = 0; i < references.getLength(); i++) {
            Element e = (Element) references.item(i);
            components.put(e.getAttribute("id"), Class.forName(e.getAttribute("interface")));
        }
        NodeList beans = context.getElementsByTagName("bean");
        for (int i = 0; i < beans.getLength(); i++) {
            Element e = (Element) beans.item(i);
            Class<?> type = Class.forName(e.getAttribute("class"));
            components.put(e.getAttribute("id"), type);
        }
    }

    @Test
    void everyBeanGetsTheConstructorArgumentsItNeeds() throws Exception {
        readContext();
        Document context = xml("src/main/resources/META-INF/spring/plugin-context.xml");
        NodeList beans = context.getElementsByTagName("bean");
        for (int i = 0; i < beans.getLength(); i++) {
            Element bean = (Element) beans.item(i);
            if (bean.hasAttribute("factory-method")) {
                continue;
            }
            Class<?> type = Class.forName(bean.getAttribute("class"));
            NodeList args = bean.getElementsByTagName("constructor-arg");
            List<Class<?>> given = new ArrayList<>();
            for (int a = 0; a < args.getLength(); a++) {
                Element arg = (Element) args.item(a);
                if (arg.hasAttribute("value")) {
                    // a class named by value (Spring converts it): it must exist, and it is given as a Class
                    Class.forName(arg.getAttribute("value"));
                    given.add(Class.class);
                    continue;
                }
                String ref = arg.getAttribute("ref");
                assertTrue(components.containsKey(ref), bean.getAttribute("id") + " refers to unknown " + ref);
                given.add(components.get(ref));
            }
            boolean fits = false;
            for (Constructor<?> constructor : type.getConstructors()) {
                Class<?>[] params = constructor.getParameterTypes();
                if (params.length != given.size()) {
                    continue;
                }
                boolean all = true;
                for (int p = 0; p < params.length; p++) {
                    all &= params[p].isAssignableFrom(given.get(p));
                }
                fits |= all;
            }
            assertTrue(fits, bean.getAttribute("id") + ": no public constructor takes " + given);
        }
    }

    @Test
    void descriptorClassesCanBeAutowiredByType() throws Exception {
        readContext();
        Document descriptor = xml("atlassian-plugin.xml");
        List<String> classes = new ArrayList<>();
        for (String tag : new String[]{"servlet", "condition", "context-provider"}) {
            NodeList nodes = descriptor.getElementsByTagName(tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                String name = ((Element) nodes.item(i)).getAttribute("class");
                if (name.startsWith("io.github.clientbudgets.")) {
                    classes.add(name);
                }
            }
        }
        for (String resource : new String[]{"BudgetResource", "ServiceResource", "ExpenseResource",
                "IssueServiceResource", "ErrorMapper"}) {
            classes.add("io.github.clientbudgets.rest." + resource);
        }
        assertTrue(classes.size() >= 10, classes.toString());
        for (String name : classes) {
            Class<?> type = Class.forName(name);
            Constructor<?>[] constructors = type.getConstructors();
            assertEquals(1, constructors.length, name + " should have exactly one public constructor");
            for (Class<?> param : constructors[0].getParameterTypes()) {
                long candidates = components.values().stream().filter(param::isAssignableFrom).count();
                assertEquals(1, candidates, name + ": " + param.getName() + " has " + candidates + " candidates");
            }
        }
    }

    @Test
    void everyEntityOfThePackageIsRegistered() throws Exception {
        Document descriptor = xml("atlassian-plugin.xml");
        NodeList entities = descriptor.getElementsByTagName("entity");
        java.util.Set<String> registered = new java.util.TreeSet<>();
        for (int i = 0; i < entities.getLength(); i++) {
            registered.add(entities.item(i).getTextContent().trim());
        }
        // every AO entity interface compiled from src/main must be in the <ao> module, and nothing else
        java.util.Set<String> compiled = new java.util.TreeSet<>();
        java.nio.file.Path classes = java.nio.file.Path.of("target", "classes");
        try (var files = java.nio.file.Files.walk(classes.resolve("io/github/clientbudgets"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                // upgrade/vN holds frozen copies of older models, which only upgrade tasks migrate
                if (type.isInterface() && net.java.ao.RawEntity.class.isAssignableFrom(type)
                        && !name.startsWith("io.github.clientbudgets.upgrade.")) {
                    compiled.add(name);
                }
            }
        }
        assertEquals(compiled, registered);
        NodeList tasks = descriptor.getElementsByTagName("upgradeTask");
        assertEquals(3, tasks.getLength());
        for (int i = 0; i < tasks.getLength(); i++) {
            assertNotNull(Class.forName(tasks.item(i).getTextContent().trim()));
        }
    }
}
