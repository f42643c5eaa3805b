package io.github.clientbudgets.packaging;

import aQute.bnd.header.Attrs;
import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Analyzer;
import aQute.bnd.osgi.Descriptors.PackageRef;
import aQute.bnd.osgi.Jar;
import io.github.clientbudgets.devhost.plugin.PluginDescriptor;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a built plugin jar the way Jira would meet it: the descriptor, the Spring context, the manifest and the
 * bytecode. Returns every problem found (an empty list means the jar is sound), so a test can both pass on the
 * real jar and prove it fails on a broken one.
 */
public final class PluginJarInspector {
    /** Our code; everything else in the jar would be a leaked stand-in or an unwanted library. */
    static final String OUR_PACKAGE = "io/github/clientbudgets/";
    private static final Pattern TEMPLATE_LITERAL = Pattern.compile("templates/[A-Za-z0-9_/.-]+\\.vm");
    private static final Pattern VM_TEXT_KEY = Pattern.compile("\\$text\\.get\\(\"([^\"]+)\"");
    private static final Pattern ALLOWLIST_ENTRY = Pattern.compile("([\\w.$]+)#(\\w+)\\(([^)]*)\\)");
    private static final List<String> REQUIRED_INFO_PARAMS = List.of("plugin-icon", "plugin-logo", "configure.url",
            "atlassian-data-center-status", "atlassian-data-center-compatible");

    private final File jarFile;
    private final List<File> hostApis;
    private final List<String> problems = new ArrayList<>();

    private PluginJarInspector(File jarFile, List<File> hostApis) {
        this.jarFile = jarFile;
        this.hostApis = hostApis;
    }

    public static List<String> inspect(File jarFile) throws Exception {
        return inspect(jarFile, List.of());
    }

    /**
     * @param hostApis API jars the host provides beyond the test class path: the jakarta APIs for the Jira 11 jar
     *                 (the test class path is the javax one of Jira 10)
     */
    public static List<String> inspect(File jarFile, List<File> hostApis) throws Exception {
        PluginJarInspector inspector = new PluginJarInspector(jarFile, hostApis);
        inspector.run();
        return inspector.problems;
    }

    private void run() throws Exception {
        List<URL> urls = new ArrayList<>(List.of(jarFile.toURI().toURL()));
        for (File api : hostApis) {
            urls.add(api.toURI().toURL());
        }
        try (JarFile jar = new JarFile(jarFile);
             URLClassLoader loader = new ChildFirstLoader(urls.toArray(URL[]::new), getClass().getClassLoader())) {
            checkOnlyOurClasses(jar);
            PluginDescriptor descriptor = readDescriptor(jar);
            if (descriptor == null) {
                return;
            }
            Properties i18n = readI18n(jar, descriptor);
            checkPluginInfo(jar, descriptor);
            checkModules(jar, loader, descriptor, i18n);
            checkSpringContexts(jar, loader);
            checkTemplatesNamedInCode(jar, i18n);
            checkManifest(jar, descriptor);
        }
    }

    private void checkOnlyOurClasses(JarFile jar) {
        for (JarEntry entry : list(jar)) {
            String name = entry.getName();
            if (name.endsWith(".class") && !name.startsWith(OUR_PACKAGE)) {
                problems.add("class outside our package is inside the jar (a stand-in or library leaked in): " + name);
            }
        }
    }

    private PluginDescriptor readDescriptor(JarFile jar) {
        JarEntry entry = jar.getJarEntry("atlassian-plugin.xml");
        if (entry == null) {
            problems.add("atlassian-plugin.xml is not at the root of the jar");
            return null;
        }
        try (InputStream in = jar.getInputStream(entry)) {
            return PluginDescriptor.parse(in);
        } catch (IOException | RuntimeException e) {
            problems.add("atlassian-plugin.xml does not parse: " + e.getMessage());
            return null;
        }
    }

    private Properties readI18n(JarFile jar, PluginDescriptor descriptor) throws IOException {
        Properties all = new Properties();
        for (PluginDescriptor.Module resource : descriptor.modules("resource")) {
            if (!resource.attribute("type").equals("i18n")) {
                continue;
            }
            String path = resource.attribute("location").replace('.', '/') + ".properties";
            JarEntry entry = jar.getJarEntry(path);
            if (entry == null) {
                problems.add("i18n resource '" + resource.attribute("location") + "' has no " + path);
                continue;
            }
            try (InputStream in = jar.getInputStream(entry)) {
                all.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        if (all.isEmpty()) {
            problems.add("the descriptor names no i18n bundle with keys");
        }
        return all;
    }

    private void checkPluginInfo(JarFile jar, PluginDescriptor descriptor) {
        if (descriptor.version().isBlank() || descriptor.version().contains("${")) {
            problems.add("plugin-info has no version");
        }
        Element vendor = first(descriptor.pluginInfo(), "vendor");
        if (vendor == null || vendor.getAttribute("name").isBlank()) {
            problems.add("plugin-info has no vendor name");
        }
        for (String param : REQUIRED_INFO_PARAMS) {
            if (descriptor.infoParam(param).isEmpty()) {
                problems.add("plugin-info lacks <param name=\"" + param + "\">");
            }
        }
        if (!descriptor.infoParam("atlassian-data-center-compatible").orElse("").equals("true")) {
            problems.add("plugin-info: atlassian-data-center-compatible must be true");
        }
        if (!descriptor.infoParam("atlassian-data-center-status").orElse("").equals("compatible")) {
            problems.add("plugin-info: atlassian-data-center-status must be compatible");
        }
        for (String image : List.of("plugin-icon", "plugin-logo", "vendor-icon", "vendor-logo")) {
            descriptor.infoParam(image).ifPresent(path -> requireEntry(jar, path, "plugin-info " + image));
        }
    }

    private void checkModules(JarFile jar, ClassLoader loader, PluginDescriptor descriptor, Properties i18n) {
        for (PluginDescriptor.Module module : descriptor.modules()) {
            String where = module.toString();
            if (!module.attribute("class").isEmpty()) {
                requireClass(loader, module.attribute("class"), where);
            }
            for (String tag : List.of("context-provider", "condition")) {
                for (Element e : module.children(tag)) {
                    requireClass(loader, e.getAttribute("class"), where + " <" + tag + ">");
                }
            }
            for (Element conditions : module.children("conditions")) {
                NodeList nested = conditions.getElementsByTagName("condition");
                for (int i = 0; i < nested.getLength(); i++) {
                    requireClass(loader, ((Element) nested.item(i)).getAttribute("class"), where + " <condition>");
                }
            }
            for (String tag : List.of("label", "tooltip", "description")) {
                for (Element e : module.children(tag)) {
                    String key = e.getAttribute("key");
                    if (!key.isEmpty() && !i18n.containsKey(key)) {
                        problems.add(where + " <" + tag + "> names i18n key '" + key + "', which the bundle lacks");
                    }
                }
            }
            for (Element resource : module.children("resource")) {
                String location = resource.getAttribute("location");
                if (!location.endsWith("/")) {
                    requireEntry(jar, stripSlash(location), where + " resource '" + resource.getAttribute("name") + "'");
                }
            }
            switch (module.type()) {
                case "resource" -> {
                    String location = module.attribute("location");
                    if (!module.attribute("type").equals("i18n")) {
                        requireEntry(jar, stripSlash(location), "plugin resource '" + module.attribute("name") + "'");
                    }
                }
                case "web-resource" -> module.childTexts("dependency").forEach(d -> {
                    // a dependency on one of our own modules must name a web-resource we declare (Jira drops it silently)
                    if (d.startsWith(descriptor.key() + ":") && descriptor.modules("web-resource").stream()
                            .noneMatch(m -> d.equals(descriptor.key() + ":" + m.key()))) {
                        problems.add(where + " depends on " + d + ", which is no web-resource of the plugin");
                    }
                });
                case "ao" -> {
                    module.childTexts("entity").forEach(c -> requireClass(loader, c, where + " entity"));
                    module.childTexts("upgradeTask").forEach(c -> requireClass(loader, c, where + " upgradeTask"));
                }
                case "rest" -> module.childTexts("package").forEach(p -> {
                    if (list(jar).stream().noneMatch(e -> e.getName().startsWith(p.replace('.', '/') + "/")
                            && e.getName().endsWith(".class"))) {
                        problems.add(where + " names package " + p + ", which has no class in the jar");
                    }
                });
                case "velocity-allowlist" -> module.childTexts("method").forEach(m -> requireMethod(loader, m, where));
                default -> {
                }
            }
        }
    }

    private void checkSpringContexts(JarFile jar, ClassLoader loader) throws Exception {
        List<JarEntry> contexts = list(jar).stream()
                .filter(e -> e.getName().startsWith("META-INF/spring/") && e.getName().endsWith(".xml")).toList();
        if (contexts.isEmpty()) {
            problems.add("no META-INF/spring/*.xml: a transformerless plugin declares its components there");
        }
        for (JarEntry entry : contexts) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            org.w3c.dom.Document doc;
            try (InputStream in = jar.getInputStream(entry)) {
                doc = factory.newDocumentBuilder().parse(in);
            }
            NodeList beans = doc.getElementsByTagNameNS("http://www.springframework.org/schema/beans", "bean");
            for (int i = 0; i < beans.getLength(); i++) {
                Element bean = (Element) beans.item(i);
                String where = entry.getName() + " bean '" + bean.getAttribute("id") + "'";
                String factoryMethod = bean.getAttribute("factory-method");
                Class<?> type = factoryMethod.isEmpty() ? requireClass(loader, bean.getAttribute("class"), where)
                        : loadAny(loader, bean.getAttribute("class"), where);
                if (type != null) {
                    int args = bean.getElementsByTagNameNS("http://www.springframework.org/schema/beans",
                            "constructor-arg").getLength();
                    boolean fits = factoryMethod.isEmpty()
                            ? Arrays.stream(type.getConstructors()).anyMatch(c -> c.getParameterCount() == args)
                            : Arrays.stream(type.getMethods()).anyMatch(m -> m.getName().equals(factoryMethod)
                                    && Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == args);
                    if (!fits) {
                        problems.add(where + ": " + type.getName() + " has no public "
                                + (factoryMethod.isEmpty() ? "constructor" : "static " + factoryMethod + "()")
                                + " with " + args + " arguments");
                    }
                }
            }
            for (String namespace : List.of("http://www.eclipse.org/gemini/blueprint/schema/blueprint",
                    "http://www.springframework.org/schema/osgi")) {
                NodeList references = doc.getElementsByTagNameNS(namespace, "reference");
                for (int i = 0; i < references.getLength(); i++) {
                    String iface = ((Element) references.item(i)).getAttribute("interface");
                    try {
                        if (!Class.forName(iface, false, loader).isInterface()) {
                            problems.add(entry.getName() + ": OSGi reference " + iface + " is not an interface");
                        }
                    } catch (ClassNotFoundException e) {
                        problems.add(entry.getName() + ": OSGi reference to unknown interface " + iface);
                    }
                }
            }
        }
    }

    /** Templates named in code and i18n keys used in templates must exist in the jar. */
    private void checkTemplatesNamedInCode(JarFile jar, Properties i18n) throws IOException {
        for (JarEntry entry : list(jar)) {
            if (entry.getName().endsWith(".class")) {
                String text = new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.ISO_8859_1);
                Matcher m = TEMPLATE_LITERAL.matcher(text);
                while (m.find()) {
                    requireEntry(jar, m.group(), entry.getName() + " renders");
                }
            } else if (entry.getName().endsWith(".vm")) {
                String text = new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                Matcher m = VM_TEXT_KEY.matcher(text);
                while (m.find()) {
                    // a key built from a reference ("client-budgets.billing.$service.billing") is checked by its prefix
                    String key = m.group(1);
                    boolean known = key.contains("$")
                            ? i18n.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key.substring(0, key.indexOf('$'))))
                            : i18n.containsKey(key);
                    if (!known) {
                        problems.add(entry.getName() + " uses i18n key '" + m.group(1) + "', which the bundle lacks");
                    }
                }
            }
        }
    }

    private void checkManifest(JarFile jar, PluginDescriptor descriptor) throws Exception {
        Manifest manifest = jar.getManifest();
        if (manifest == null) {
            problems.add("the jar has no manifest");
            return;
        }
        Attributes main = manifest.getMainAttributes();
        String key = descriptor.key();
        expectHeader(main, "Atlassian-Plugin-Key", key);
        expectHeader(main, "Bundle-SymbolicName", key);
        expectHeader(main, "Spring-Context", "*");
        expectHeader(main, "Bundle-ManifestVersion", "2");
        if (main.getValue("Bundle-Version") == null) {
            problems.add("manifest lacks Bundle-Version");
        }
        String exports = main.getValue("Export-Package");
        if (exports != null && !exports.isBlank()) {
            problems.add("manifest exports packages (" + exports + "): a plugin should export nothing");
        }
        Parameters imports = new Parameters(main.getValue("Import-Package") == null ? "" : main.getValue("Import-Package"));
        for (var entry : imports.entrySet()) {
            String pkg = aQute.bnd.osgi.Processor.removeDuplicateMarker(entry.getKey());
            Attrs attrs = entry.getValue();
            if (pkg.startsWith("com.atlassian.servicedesk") && !"optional".equals(attrs.get("resolution:"))) {
                problems.add("JSM package " + pkg + " must be imported with resolution:=optional (JSM may be absent)");
            }
            if (pkg.startsWith("java.")) {
                problems.add("Import-Package lists " + pkg + ": older OSGi frameworks refuse java.* imports");
            }
        }
        Set<String> imported = new TreeSet<>();
        imports.keySet().forEach(k -> imported.add(aQute.bnd.osgi.Processor.removeDuplicateMarker(k)));
        checkEmbeddedLibraries(jar, main, imported);
        try (Jar bndJar = new Jar(jarFile); Analyzer analyzer = new Analyzer(bndJar)) {
            analyzer.analyze();
            for (PackageRef ref : analyzer.getReferred().keySet()) {
                if (!ref.isJava() && !ref.isMetaData() && !imported.contains(ref.getFQN())) {
                    problems.add("bytecode uses package " + ref.getFQN() + ", which Import-Package does not list");
                }
            }
        }
    }

    /**
     * Every library on the Bundle-ClassPath is inside the jar, and none of its packages is imported as well: OSGi
     * prefers an import, so the plugin would get Jira's copy (if any, and of whatever version) instead of its own.
     */
    private void checkEmbeddedLibraries(JarFile jar, Attributes main, Set<String> imported) throws IOException {
        String classPath = main.getValue("Bundle-ClassPath");
        if (classPath == null) {
            return;
        }
        for (String entry : new Parameters(classPath).keySet()) {
            if (entry.equals(".")) {
                continue;
            }
            JarEntry library = jar.getJarEntry(entry);
            if (library == null) {
                problems.add("Bundle-ClassPath names " + entry + ", which is not in the jar");
                continue;
            }
            Set<String> packages = new TreeSet<>();
            try (java.util.jar.JarInputStream in = new java.util.jar.JarInputStream(jar.getInputStream(library))) {
                for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                    String name = e.getName();
                    if (name.endsWith(".class") && !name.startsWith("META-INF/") && name.contains("/")) {
                        packages.add(name.substring(0, name.lastIndexOf('/')).replace('/', '.'));
                    }
                }
            }
            packages.stream().filter(imported::contains).forEach(pkg ->
                    problems.add("package " + pkg + " is embedded (" + entry + ") and imported too"));
        }
    }

    private void expectHeader(Attributes main, String header, String expected) {
        String actual = main.getValue(header);
        if (actual == null || !actual.split(";")[0].trim().equals(expected)) {
            problems.add("manifest " + header + " is '" + actual + "', expected '" + expected + "'");
        }
    }

    private Class<?> requireClass(ClassLoader loader, String name, String where) {
        if (name == null || name.isBlank()) {
            problems.add(where + " names no class");
            return null;
        }
        try {
            Class<?> type = Class.forName(name, false, loader);
            if (type.getName().startsWith("io.github.clientbudgets.") && !inJar(type)) {
                problems.add(where + " names " + name + ", which is not in the jar");
            }
            if (!type.isInterface() && Modifier.isAbstract(type.getModifiers())) {
                problems.add(where + " names abstract class " + name);
            }
            return type;
        } catch (ClassNotFoundException | LinkageError e) {
            problems.add(where + " names class " + name + ", which does not exist (" + e + ")");
            return null;
        }
    }

    /** A class named for a static factory method: any class will do, abstract or not. */
    private Class<?> loadAny(ClassLoader loader, String name, String where) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            problems.add(where + " names class " + name + ", which does not exist (" + e + ")");
            return null;
        }
    }

    private void requireMethod(ClassLoader loader, String entry, String where) {
        Matcher m = ALLOWLIST_ENTRY.matcher(entry.replace(" ", ""));
        if (!m.matches()) {
            problems.add(where + ": '" + entry + "' is not Class#method(param.Type)");
            return;
        }
        Class<?> type = requireClass(loader, m.group(1), where);
        if (type == null) {
            return;
        }
        List<String> params = m.group(3).isEmpty() ? List.of() : List.of(m.group(3).split(","));
        boolean found = Arrays.stream(type.getMethods()).anyMatch(method -> method.getName().equals(m.group(2))
                && Arrays.stream(method.getParameterTypes()).map(Class::getName).toList().equals(params));
        if (!found) {
            problems.add(where + ": " + entry + " is no public method of " + type.getName());
        }
    }

    private boolean inJar(Class<?> type) {
        return type.getClassLoader() instanceof ChildFirstLoader;
    }

    private void requireEntry(JarFile jar, String path, String where) {
        if (jar.getJarEntry(path) == null) {
            problems.add(where + " names " + path + ", which is not in the jar");
        }
    }

    private static String stripSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private static Element first(Element parent, String tag) {
        NodeList list = parent.getElementsByTagName(tag);
        return list.getLength() == 0 ? null : (Element) list.item(0);
    }

    private static List<JarEntry> list(JarFile jar) {
        List<JarEntry> entries = new ArrayList<>();
        Enumeration<JarEntry> e = jar.entries();
        while (e.hasMoreElements()) {
            entries.add(e.nextElement());
        }
        return entries;
    }

    /**
     * Loads our classes from the jar under test, not from target/classes: the parent (the test class path) still
     * supplies the stand-ins and libraries the classes link against.
     */
    private static final class ChildFirstLoader extends URLClassLoader {
        ChildFirstLoader(URL[] jarAndApis, ClassLoader parent) {
            super(jarAndApis, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("io.github.clientbudgets.")) {
                synchronized (getClassLoadingLock(name)) {
                    Class<?> loaded = findLoadedClass(name);
                    if (loaded == null) {
                        loaded = findClass(name);
                    }
                    return loaded;
                }
            }
            return super.loadClass(name, resolve);
        }
    }

}
