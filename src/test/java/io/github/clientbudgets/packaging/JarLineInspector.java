package io.github.clientbudgets.packaging;

import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Processor;
import aQute.bnd.version.Version;
import aQute.bnd.version.VersionRange;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks that tell the two jars apart (issue 15): the Jira 10 jar is javax only, the Jira 11 jar is the same
 * plugin renamed to the jakarta APIs of Platform 8, with Platform 8's import ranges and no call into an API that
 * Servlet 6 or Jira 11 removed. Like {@link PluginJarInspector}, every method returns the problems it found.
 */
public final class JarLineInspector {
    /** The javax APIs the renames (src/build/jira11/renames.properties) turn into jakarta. */
    static final Pattern RENAMED = Pattern.compile("javax[/.](servlet|ws[/.]rs|inject)\\b");
    /**
     * javax APIs that Platform 8 moved to Jakarta EE 10 ("Preparing for Jira 11.0": Servlet, REST, Inject,
     * Annotations' JSR-250 part, Activation, Mail, XML Binding, Bean Validation): none may be left in the Jira 11 jar,
     * in any form. The app uses only the renamed ones; a new use of another needs a rename and a range first.
     * JSR-305 (javax.annotation.Nonnull and friends) stays javax on Jira 11.
     */
    static final Pattern MOVED_TO_JAKARTA = Pattern.compile("javax[/.](servlet|ws[/.]rs|inject|activation|mail"
            + "|xml[/.]bind|validation|annotation[/.](PostConstruct|PreDestroy|Resource|Resources|Generated|Priority"
            + "|ManagedBean|security|sql))\\b");
    /** The jakarta namespaces the renames produce; any other jakarta name in the Jira 11 jar was renamed wrongly. */
    static final List<String> RENAMED_NAMESPACES = List.of("jakarta/servlet/", "jakarta/ws/rs/", "jakarta/inject/");
    /** Import ranges of the Jira 11 jar, by package prefix: Jakarta Servlet 6.0, REST 3.1, Inject 2.0. */
    static final Map<String, String> PLATFORM8_RANGES = Map.of(
            "jakarta.servlet", "[6.0,7)",
            "jakarta.ws.rs", "[3.1,4)",
            "jakarta.inject", "[2.0,3)");

    /**
     * Types Jira 11 removed ("Preparing for Jira 11.0"): the pico ComponentManager, Trusted apps and the old
     * multipart wrappers. Servlet 6's removed types are here as well, so the message names the reason.
     */
    static final List<String> REMOVED_TYPES = List.of(
            "com/atlassian/jira/component/pico/ComponentManager",
            "com/atlassian/jira/ComponentManager",
            "com/atlassian/security/auth/trustedapps/",
            "com/atlassian/jira/security/auth/trustedapps/",
            "com/atlassian/jira/web/TempFileRemovingMultipartRequestWrapper",
            "webwork/multipart/PellMultiPartRequest",
            "jakarta/servlet/SingleThreadModel",
            "jakarta/servlet/http/HttpSessionContext",
            "jakarta/servlet/http/HttpUtils");
    /**
     * Servlet 4 methods that Servlet 6 removed (the deprecated ones), as name + descriptor on any jakarta.servlet
     * owner, wrappers included; found by comparing javax.servlet-api 4.0.1 with jakarta.servlet-api 6.0.0.
     */
    static final Set<String> REMOVED_SERVLET_METHODS = Set.of(
            "setStatus(ILjava/lang/String;)V",
            "encodeUrl(Ljava/lang/String;)Ljava/lang/String;",
            "encodeRedirectUrl(Ljava/lang/String;)Ljava/lang/String;",
            "isRequestedSessionIdFromUrl()Z",
            "getValue(Ljava/lang/String;)Ljava/lang/Object;",
            "putValue(Ljava/lang/String;Ljava/lang/Object;)V",
            "getValueNames()[Ljava/lang/String;",
            "removeValue(Ljava/lang/String;)V",
            "getSessionContext()Ljakarta/servlet/http/HttpSessionContext;",
            "getRealPath(Ljava/lang/String;)Ljava/lang/String;",
            "getServlet(Ljava/lang/String;)Ljakarta/servlet/Servlet;",
            "getServlets()Ljava/util/Enumeration;",
            "getServletNames()Ljava/util/Enumeration;",
            "log(Ljava/lang/Exception;Ljava/lang/String;)V",
            "getServlet()Ljakarta/servlet/Servlet;",
            "<init>(Ljakarta/servlet/Servlet;Ljava/lang/String;)V",
            "<init>(ILjakarta/servlet/Servlet;Ljava/lang/String;)V");
    private static final Pattern JAKARTA_TYPE = Pattern.compile("jakarta/[A-Za-z0-9_/$]+");

    private JarLineInspector() {
    }

    /** The Jira 10 jar: no jakarta import and no jakarta name in its bytecode. */
    public static List<String> inspectJira10(File jira10) throws IOException {
        List<String> problems = new ArrayList<>();
        try (JarFile jar = new JarFile(jira10)) {
            for (String pkg : imports(jar).keySet()) {
                if (pkg.startsWith("jakarta.")) {
                    problems.add("Jira 10 jar imports " + pkg + ": Jira 10 (Platform 7) provides javax, not jakarta");
                }
            }
            for (Map.Entry<String, byte[]> c : classes(jar).entrySet()) {
                if (new String(c.getValue(), StandardCharsets.ISO_8859_1).contains("jakarta/")) {
                    problems.add("Jira 10 jar: " + c.getKey() + " refers to a jakarta type");
                }
            }
        }
        return problems;
    }

    /**
     * The Jira 11 jar: imports and bytecode are jakarta where Platform 8 is, with Platform 8's ranges, and every
     * jakarta type and member it uses exists in the Platform 8 API jars.
     */
    public static List<String> inspectJira11(File jira11, List<File> platform8Apis) throws Exception {
        List<String> problems = new ArrayList<>();
        try (JarFile jar = new JarFile(jira11)) {
            checkJira11Imports(imports(jar), platform8Apis, problems);
            Map<String, byte[]> classes = classes(jar);
            try (URLClassLoader apis = new URLClassLoader(urls(platform8Apis), null)) {
                for (Map.Entry<String, byte[]> c : classes.entrySet()) {
                    checkJira11Class(c.getKey(), c.getValue(), apis, problems);
                }
            }
            for (JarEntry entry : entries(jar)) {
                // the Maven metadata (the pom) names javax dependencies by design
                if (!entry.getName().startsWith("META-INF/maven/") && isText(entry.getName())) {
                    String text = new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                    Matcher m = MOVED_TO_JAKARTA.matcher(text);
                    if (m.find()) {
                        problems.add("Jira 11 jar: " + entry.getName() + " names " + m.group()
                                + " (the transformer renames bytecode only, not this file)");
                    }
                }
            }
        }
        return problems;
    }

    /**
     * Both jars: the same classes and the same resources (byte for byte: only bytecode and manifest may differ),
     * none of them a stand-in, a test or a dev host class, and the same javax names apart from the renamed ones.
     */
    public static List<String> compare(File jira10, File jira11, Path testClasses) throws IOException {
        List<String> problems = new ArrayList<>();
        try (JarFile ten = new JarFile(jira10); JarFile eleven = new JarFile(jira11)) {
            Map<String, byte[]> tenEntries = contents(ten);
            Map<String, byte[]> elevenEntries = contents(eleven);
            Set<String> onlyTen = new TreeSet<>(tenEntries.keySet());
            onlyTen.removeAll(elevenEntries.keySet());
            Set<String> onlyEleven = new TreeSet<>(elevenEntries.keySet());
            onlyEleven.removeAll(tenEntries.keySet());
            onlyTen.forEach(n -> problems.add(n + " is in the Jira 10 jar only"));
            onlyEleven.forEach(n -> problems.add(n + " is in the Jira 11 jar only"));
            for (Map.Entry<String, byte[]> e : tenEntries.entrySet()) {
                byte[] other = elevenEntries.get(e.getKey());
                if (other != null && !e.getKey().endsWith(".class") && !Arrays.equals(e.getValue(), other)) {
                    problems.add(e.getKey() + " differs between the jars: only bytecode and manifest may");
                }
                if (other != null && e.getKey().endsWith(".class")) {
                    Set<String> tenJavax = javaxNames(e.getValue(), true);
                    Set<String> elevenJavax = javaxNames(other, false);
                    if (!tenJavax.equals(elevenJavax)) {
                        problems.add(e.getKey() + ": javax names that must stay javax differ: Jira 10 " + tenJavax
                                + ", Jira 11 " + elevenJavax);
                    }
                }
            }
            for (String name : new TreeSet<>(tenEntries.keySet())) {
                if (!name.endsWith(".class")) {
                    continue;
                }
                if (!name.startsWith(PluginJarInspector.OUR_PACKAGE)) {
                    problems.add(name + " is no class of ours (a stand-in or library leaked in)");
                } else if (name.startsWith(PluginJarInspector.OUR_PACKAGE + "devhost/")
                        || Files.exists(testClasses.resolve(name))) {
                    problems.add(name + " is a test or dev host class");
                }
            }
        }
        return problems;
    }

    /** What bnd lists, with the duplicate markers removed. */
    static Map<String, aQute.bnd.header.Attrs> imports(JarFile jar) throws IOException {
        String header = jar.getManifest().getMainAttributes().getValue("Import-Package");
        Map<String, aQute.bnd.header.Attrs> imports = new TreeMap<>();
        new Parameters(header == null ? "" : header).forEach((k, v) -> imports.put(Processor.removeDuplicateMarker(k), v));
        return imports;
    }

    private static void checkJira11Imports(Map<String, aQute.bnd.header.Attrs> imports, List<File> platform8Apis,
                                           List<String> problems) throws IOException {
        Map<String, Version> exported = exportedVersions(platform8Apis);
        for (Map.Entry<String, aQute.bnd.header.Attrs> e : imports.entrySet()) {
            String pkg = e.getKey();
            if (MOVED_TO_JAKARTA.matcher(pkg).lookingAt()) {
                problems.add("Jira 11 jar imports " + pkg + ": Platform 8 moved it to jakarta");
                continue;
            }
            if (!pkg.startsWith("jakarta.")) {
                continue;
            }
            String version = e.getValue().getVersion();
            String expected = PLATFORM8_RANGES.entrySet().stream()
                    .filter(r -> pkg.equals(r.getKey()) || pkg.startsWith(r.getKey() + "."))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            if (expected == null) {
                problems.add("Jira 11 jar imports " + pkg + ", which no rename produces");
            } else if (version == null
                    || !new VersionRange(version).toString().equals(new VersionRange(expected).toString())) {
                problems.add("Jira 11 jar imports " + pkg + " at version " + version + ", expected " + expected);
            } else if (!exported.containsKey(pkg)) {
                problems.add("Jira 11 jar imports " + pkg + ", which the Platform 8 API jars do not export");
            } else if (!new VersionRange(expected).includes(exported.get(pkg))) {
                problems.add("Jira 11 jar imports " + pkg + " " + expected + ", but Platform 8 exports "
                        + exported.get(pkg));
            }
        }
    }

    private static Map<String, Version> exportedVersions(List<File> apis) throws IOException {
        Map<String, Version> versions = new TreeMap<>();
        for (File api : apis) {
            try (JarFile jar = new JarFile(api)) {
                String header = jar.getManifest().getMainAttributes().getValue("Export-Package");
                new Parameters(header == null ? "" : header).forEach((k, v) -> versions.put(
                        Processor.removeDuplicateMarker(k), Version.parseVersion(v.getVersion())));
            }
        }
        return versions;
    }

    private static void checkJira11Class(String name, byte[] bytes, ClassLoader apis, List<String> problems) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        Matcher javax = MOVED_TO_JAKARTA.matcher(text);
        if (javax.find()) {
            problems.add("Jira 11 jar: " + name + " still names " + javax.group());
        }
        for (String removed : REMOVED_TYPES) {
            if (text.contains(removed)) {
                problems.add("Jira 11 jar: " + name + " uses " + removed.replace('/', '.')
                        + ", which Servlet 6 or Jira 11 removed");
            }
        }
        Set<String> jakartaTypes = new TreeSet<>();
        Matcher jakarta = JAKARTA_TYPE.matcher(text);
        while (jakarta.find()) {
            jakartaTypes.add(jakarta.group());
        }
        for (String type : jakartaTypes) {
            if (RENAMED_NAMESPACES.stream().noneMatch(type::startsWith)) {
                problems.add("Jira 11 jar: " + name + " names " + type + ", outside the renamed APIs");
            } else if (load(type, apis) == null) {
                problems.add("Jira 11 jar: " + name + " uses " + type.replace('/', '.')
                        + ", which the Platform 8 APIs lack");
            }
        }
        for (Member member : members(bytes)) {
            if (!member.owner.startsWith("jakarta/")) {
                continue;
            }
            if (member.owner.startsWith("jakarta/servlet/") && REMOVED_SERVLET_METHODS.contains(member.nameAndDescriptor())) {
                problems.add("Jira 11 jar: " + name + " calls " + member + ", which Servlet 6 removed");
            } else if (!exists(member, apis)) {
                problems.add("Jira 11 jar: " + name + " uses " + member + ", which the Platform 8 APIs lack");
            }
        }
    }

    /** The javax names of a class other than those the renames turn into jakarta (JSR-305, javax.xml, ...). */
    private static Set<String> javaxNames(byte[] bytes, boolean dropRenamed) {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("javax[/.][A-Za-z0-9_/.$]+").matcher(new String(bytes, StandardCharsets.ISO_8859_1));
        while (m.find()) {
            if (!(dropRenamed && RENAMED.matcher(m.group()).lookingAt())) {
                names.add(m.group());
            }
        }
        return names;
    }

    /** A method or field another class's code refers to (calls, field reads, method handles). */
    record Member(String owner, String name, String descriptor, boolean field) {
        String nameAndDescriptor() {
            return name + descriptor;
        }

        @Override
        public String toString() {
            return owner.replace('/', '.') + (field ? "." + name : "." + name + descriptor);
        }
    }

    static Set<Member> members(byte[] bytes) {
        Set<Member> members = new LinkedHashSet<>();
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String n, String d, boolean itf) {
                        members.add(new Member(owner, n, d, false));
                    }

                    @Override
                    public void visitFieldInsn(int opcode, String owner, String n, String d) {
                        members.add(new Member(owner, n, d, true));
                    }

                    @Override
                    public void visitInvokeDynamicInsn(String n, String d, Handle bootstrap, Object... args) {
                        for (Object arg : args) {
                            if (arg instanceof Handle h) {
                                members.add(new Member(h.getOwner(), h.getName(), h.getDesc(),
                                        h.getTag() <= Opcodes.H_PUTSTATIC));
                            }
                        }
                    }
                };
            }
        }, ClassReader.SKIP_FRAMES);
        return members;
    }

    private static boolean exists(Member member, ClassLoader apis) {
        Class<?> owner = load(member.owner, apis);
        if (owner == null) {
            return false;
        }
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(owner));
        Set<Class<?>> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!seen.add(type)) {
                continue;
            }
            if (member.field) {
                for (Field f : type.getDeclaredFields()) {
                    if (f.getName().equals(member.name) && Type.getDescriptor(f.getType()).equals(member.descriptor)) {
                        return true;
                    }
                }
            } else if (member.name.equals("<init>")) {
                for (Constructor<?> c : type.getDeclaredConstructors()) {
                    if (Type.getConstructorDescriptor(c).equals(member.descriptor)) {
                        return true;
                    }
                }
                return false;
            } else {
                for (Method m : type.getDeclaredMethods()) {
                    if (m.getName().equals(member.name) && Type.getMethodDescriptor(m).equals(member.descriptor)) {
                        return true;
                    }
                }
            }
            if (type.getSuperclass() != null) {
                todo.add(type.getSuperclass());
            } else if (type.isInterface()) {
                todo.add(Object.class); // toString() on an interface type is an interface call
            }
            todo.addAll(List.of(type.getInterfaces()));
        }
        return false;
    }

    private static Class<?> load(String internalName, ClassLoader apis) {
        try {
            return Class.forName(internalName.replace('/', '.'), false, apis);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static Map<String, byte[]> classes(JarFile jar) throws IOException {
        Map<String, byte[]> classes = new TreeMap<>();
        for (JarEntry entry : entries(jar)) {
            if (entry.getName().endsWith(".class")) {
                classes.put(entry.getName(), jar.getInputStream(entry).readAllBytes());
            }
        }
        return classes;
    }

    /** Every entry but the manifest and the Maven metadata (written by the tool that made the jar). */
    private static Map<String, byte[]> contents(JarFile jar) throws IOException {
        Map<String, byte[]> contents = new TreeMap<>();
        for (JarEntry entry : entries(jar)) {
            String name = entry.getName();
            if (!entry.isDirectory() && !name.equals(JarFile.MANIFEST_NAME) && !name.startsWith("META-INF/maven/")) {
                contents.put(name, jar.getInputStream(entry).readAllBytes());
            }
        }
        return contents;
    }

    private static boolean isText(String name) {
        return name.matches(".*\\.(xml|vm|properties|js|css|html|txt|json)$");
    }

    private static List<JarEntry> entries(JarFile jar) {
        return jar.stream().toList();
    }

    private static URL[] urls(List<File> files) throws IOException {
        URL[] urls = new URL[files.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = files.get(i).toURI().toURL();
        }
        return urls;
    }
}
