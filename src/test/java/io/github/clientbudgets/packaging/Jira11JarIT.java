package io.github.clientbudgets.packaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two jars `mvn package` builds (issue 15): the Jira 11 jar is the Jira 10 jar renamed to jakarta, with Platform
 * 8's import ranges; see {@link JarLineInspector}. The second half breaks copies of the jars on purpose.
 */
class Jira11JarIT {
    private static final String SERVLET_RESPONSE = "jakarta/servlet/http/HttpServletResponse";

    @TempDir
    Path temp;

    static File jira11Jar() {
        String path = System.getProperty("plugin.jar.jira11");
        assertTrue(path != null && new File(path).isFile(), "the Jira 11 jar is missing: " + path);
        return new File(path);
    }

    /** jakarta.servlet-api 6.0.0, jakarta.ws.rs-api 3.1.0, jakarta.inject-api 2.0.1: what Jira 11.3 provides. */
    static List<File> platform8Apis() {
        File dir = new File(System.getProperty("platform8.api.dir", "target/platform8-api"));
        File[] jars = dir.listFiles((d, name) -> name.endsWith(".jar"));
        assertTrue(jars != null && jars.length == 3, "the Platform 8 API jars are missing in " + dir);
        return Arrays.stream(jars).sorted().toList();
    }

    static Path testClasses() throws Exception {
        return Path.of(Jira11JarIT.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void jira11JarPassesThePluginChecksAgainstThePlatform8Apis() throws Exception {
        assertEquals(List.of(), PluginJarInspector.inspect(jira11Jar(), platform8Apis()));
    }

    @Test
    void jira11JarIsJakartaWithPlatform8Ranges() throws Exception {
        assertEquals(List.of(), JarLineInspector.inspectJira11(jira11Jar(), platform8Apis()));
        try (JarFile jar = new JarFile(jira11Jar())) {
            var imports = JarLineInspector.imports(jar);
            assertEquals("[6.0,7)", imports.get("jakarta.servlet.http").getVersion(), imports.toString());
            assertEquals("[3.1,4)", imports.get("jakarta.ws.rs").getVersion(), imports.toString());
            assertEquals("[2.0,3)", imports.get("jakarta.inject").getVersion(), imports.toString());
            // Java SE's own javax packages (javax.crypto for the embedded Commons Codec) stay; Jakarta EE's moved
            assertTrue(imports.keySet().stream().noneMatch(p -> JarLineInspector.MOVED_TO_JAKARTA.matcher(p).lookingAt()),
                    imports.toString());
            assertEquals("io.github.clientbudgets.client-budgets-jira",
                    jar.getManifest().getMainAttributes().getValue("Bundle-SymbolicName"), "the transformer kept the key");
        }
    }

    @Test
    void jira10JarIsJavaxOnly() throws Exception {
        assertEquals(List.of(), JarLineInspector.inspectJira10(PluginJarIT.pluginJar()));
    }

    @Test
    void bothJarsCarryTheSameClassesAndResources() throws Exception {
        assertEquals(List.of(), JarLineInspector.compare(PluginJarIT.pluginJar(), jira11Jar(), testClasses()));
        try (JarFile ten = new JarFile(PluginJarIT.pluginJar()); JarFile eleven = new JarFile(jira11Jar())) {
            long classes = ten.stream().filter(e -> e.getName().endsWith(".class")).count();
            assertTrue(classes > 100, classes + " classes");
            assertEquals(classes, eleven.stream().filter(e -> e.getName().endsWith(".class")).count());
        }
    }

    // ----- the checks catch what would break on Jira 11 -----

    @Test
    void callsThatServlet6RemovedAreCaught() throws Exception {
        File broken = copy(jira11Jar(), "servlet5.jar", null, Map.of("io/github/clientbudgets/Old.class", classCalling(
                new String[]{SERVLET_RESPONSE, "setStatus", "(ILjava/lang/String;)V"},
                new String[]{SERVLET_RESPONSE, "encodeUrl", "(Ljava/lang/String;)Ljava/lang/String;"})));

        List<String> problems = JarLineInspector.inspectJira11(broken, platform8Apis());

        assertProblem(problems, "HttpServletResponse.setStatus(ILjava/lang/String;)V, which Servlet 6 removed");
        assertProblem(problems, "HttpServletResponse.encodeUrl(Ljava/lang/String;)Ljava/lang/String;, which Servlet 6");
    }

    @Test
    void aJakartaMethodThePlatform8ApisLackIsCaught() throws Exception {
        File broken = copy(jira11Jar(), "unknown.jar", null, Map.of("io/github/clientbudgets/Odd.class", classCalling(
                new String[]{"jakarta/ws/rs/core/Response", "noSuchMethod", "()V"})));

        assertProblem(JarLineInspector.inspectJira11(broken, platform8Apis()),
                "jakarta.ws.rs.core.Response.noSuchMethod()V, which the Platform 8 APIs lack");
    }

    @Test
    void aComponentThatJira11RemovedIsCaught() throws Exception {
        File broken = copy(jira11Jar(), "pico.jar", null, Map.of("io/github/clientbudgets/Pico.class", classCalling(
                new String[]{"com/atlassian/jira/component/pico/ComponentManager", "getInstance",
                        "()Lcom/atlassian/jira/component/pico/ComponentManager;"})));

        assertProblem(JarLineInspector.inspectJira11(broken, platform8Apis()),
                "uses com.atlassian.jira.component.pico.ComponentManager, which Servlet 6 or Jira 11 removed");
    }

    @Test
    void aJavaxClassLeftInTheJira11JarIsCaught() throws Exception {
        File broken = copy(jira11Jar(), "javax.jar", null, Map.of("io/github/clientbudgets/Javax.class", classCalling(
                new String[]{"javax/servlet/http/HttpServletRequest", "getRemoteUser", "()Ljava/lang/String;"})));

        assertProblem(JarLineInspector.inspectJira11(broken, platform8Apis()), "still names javax/servlet");
    }

    @Test
    void aWronglyRenamedJavaxAnnotationIsCaught() throws Exception {
        // the transformer's Jakarta defaults rename javax.annotation, so JSR-305's @Nonnull would become jakarta
        File broken = copy(jira11Jar(), "annotation.jar", null, Map.of("io/github/clientbudgets/Ann.class", classCalling(
                new String[]{"jakarta/annotation/Nonnull", "when", "()Ljava/lang/Object;"})));

        assertProblem(JarLineInspector.inspectJira11(broken, platform8Apis()),
                "names jakarta/annotation/Nonnull, outside the renamed APIs");
    }

    @Test
    void javaxImportsAndJakartaEe9RangesInTheJira11ManifestAreCaught() throws Exception {
        File broken = copy(jira11Jar(), "ranges.jar", attributes -> attributes.putValue("Import-Package",
                attributes.getValue("Import-Package")
                        .replace("jakarta.servlet.http;version=\"[6.0,7)\"", "jakarta.servlet.http;version=\"[5.0,6)\"")
                        .replace("jakarta.inject;version=\"[2.0,3)\"", "javax.inject;version=0")), Map.of());

        List<String> problems = JarLineInspector.inspectJira11(broken, platform8Apis());

        assertProblem(problems, "imports jakarta.servlet.http at version [5.0,6), expected [6.0,7)");
        assertProblem(problems, "imports javax.inject: Platform 8 moved it to jakarta");
    }

    @Test
    void aJakartaImportInTheJira10JarIsCaught() throws Exception {
        File broken = copy(PluginJarIT.pluginJar(), "jira10-jakarta.jar", attributes -> attributes.putValue(
                "Import-Package", attributes.getValue("Import-Package") + ",jakarta.servlet.http"), Map.of());

        assertProblem(JarLineInspector.inspectJira10(broken), "Jira 10 jar imports jakarta.servlet.http");
    }

    @Test
    void jarsThatDriftApartAreCaught() throws Exception {
        byte[] descriptor;
        try (JarFile jar = new JarFile(jira11Jar())) {
            descriptor = jar.getInputStream(jar.getEntry("atlassian-plugin.xml")).readAllBytes();
        }
        byte[] edited = new String(descriptor, StandardCharsets.UTF_8).replace("</atlassian-plugin>",
                "<!-- jira 11 only --></atlassian-plugin>").getBytes(StandardCharsets.UTF_8);
        byte[] devHostClass = Files.readAllBytes(testClasses().resolve("io/github/clientbudgets/devhost/DevHost.class"));
        File ten = copy(PluginJarIT.pluginJar(), "ten.jar", null,
                Map.of("io/github/clientbudgets/devhost/DevHost.class", devHostClass));
        File eleven = copy(jira11Jar(), "eleven.jar", null, Map.of("atlassian-plugin.xml", edited,
                "io/github/clientbudgets/Extra.class", classCalling()));

        List<String> problems = JarLineInspector.compare(ten, eleven, testClasses());

        assertProblem(problems, "atlassian-plugin.xml differs between the jars");
        assertProblem(problems, "io/github/clientbudgets/Extra.class is in the Jira 11 jar only");
        assertProblem(problems, "io/github/clientbudgets/devhost/DevHost.class is a test or dev host class");
    }

    private static void assertProblem(List<String> problems, String expected) {
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)),
                "expected a problem containing '" + expected + "', got " + problems);
    }

    /** A class whose one method calls each {owner, name, descriptor} given (never run, only read). */
    private static byte[] classCalling(String[]... calls) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "io/github/clientbudgets/Fixture", null, "java/lang/Object", null);
        MethodVisitor method = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "run", "()V", null, null);
        method.visitCode();
        for (String[] call : calls) {
            method.visitInsn(Opcodes.ACONST_NULL);
            method.visitMethodInsn(Opcodes.INVOKESTATIC, call[0], call[1], call[2], false);
        }
        method.visitInsn(Opcodes.RETURN);
        method.visitMaxs(0, 0);
        method.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }

    /** Copies a jar, optionally changing its manifest, replacing or adding entries. */
    private File copy(File source, String name, Consumer<Attributes> manifestChange, Map<String, byte[]> entries)
            throws IOException {
        File target = temp.resolve(name).toFile();
        Map<String, byte[]> pending = new HashMap<>(entries);
        try (JarFile in = new JarFile(source)) {
            Manifest manifest = new Manifest(in.getManifest());
            if (manifestChange != null) {
                manifestChange.accept(manifest.getMainAttributes());
            }
            try (JarOutputStream out = new JarOutputStream(new FileOutputStream(target), manifest)) {
                for (JarEntry entry : in.stream().toList()) {
                    if (entry.getName().equals(JarFile.MANIFEST_NAME)) {
                        continue;
                    }
                    byte[] bytes = pending.containsKey(entry.getName()) ? pending.remove(entry.getName())
                            : in.getInputStream(entry).readAllBytes();
                    out.putNextEntry(new JarEntry(entry.getName()));
                    out.write(bytes);
                    out.closeEntry();
                }
                for (Map.Entry<String, byte[]> extra : pending.entrySet()) {
                    out.putNextEntry(new JarEntry(extra.getKey()));
                    out.write(extra.getValue());
                    out.closeEntry();
                }
            }
        }
        return target;
    }
}
