package io.github.clientbudgets.packaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build step that gives the Jira 11 jar's renamed imports their Platform 8 ranges (src/build/jira11), run the way
 * Maven runs it: as a single Java source file on a jar the transformer left with bnd's unquoted {@code version=0}.
 */
class Jira11ManifestTest {
    private static final Path TOOL = Path.of("src/build/jira11/Jira11Manifest.java");
    private static final Path VERSIONS = Path.of("src/build/jira11/versions.properties");
    private static final byte[] CLASS_BYTES = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 1, 2, 3};

    @TempDir
    Path dir;

    @Test
    void renamedImportsGetPlatform8RangesAndEverythingElseStays() throws Exception {
        Path jar = jar("com.atlassian.servicedesk.api;resolution:=optional,jakarta.servlet.http;version=0,"
                + "jakarta.ws.rs.core;resolution:=optional;version=0,jakarta.inject;version=0,"
                + "org.slf4j;version=\"[1.7,3)\",com.atlassian.sal.api");

        Result result = run(jar);

        assertEquals(0, result.exit, result.output);
        try (JarFile finished = new JarFile(jar.toFile())) {
            assertEquals("com.atlassian.servicedesk.api;resolution:=optional,jakarta.servlet.http;version=\"[6.0,7)\","
                            + "jakarta.ws.rs.core;resolution:=optional;version=\"[3.1,4)\",jakarta.inject;version=\"[2.0,3)\","
                            + "org.slf4j;version=\"[1.7,3)\",com.atlassian.sal.api",
                    finished.getManifest().getMainAttributes().getValue("Import-Package"));
            assertEquals("io.github.clientbudgets.client-budgets-jira",
                    finished.getManifest().getMainAttributes().getValue("Bundle-SymbolicName"));
            assertArrayEquals(CLASS_BYTES, finished.getInputStream(finished.getEntry("io/github/clientbudgets/A.class"))
                    .readAllBytes());
        }
        try (InputStream in = Files.newInputStream(jar); JarInputStream stream = new JarInputStream(in)) {
            assertNotNull(stream.getManifest(), "the manifest comes first, where JarInputStream looks");
        }
    }

    @Test
    void runningItTwiceGivesTheSameManifest() throws Exception {
        Path jar = jar("jakarta.servlet.http;version=0,net.java.ao");
        run(jar);
        String once = importPackage(jar);

        assertEquals(0, run(jar).exit);

        assertEquals(once, importPackage(jar));
    }

    @Test
    void aJavaxImportLeftByTheRenamesFailsTheBuild() throws Exception {
        Path jar = jar("jakarta.servlet.http;version=0,javax.ws.rs;version=0");
        byte[] before = Files.readAllBytes(jar);

        Result result = run(jar);

        assertNotEquals(0, result.exit);
        assertTrue(result.output.contains("javax.ws.rs is still imported"), result.output);
        assertFalse(result.output.contains("Exception"), "a clear message, not a crash: " + result.output);
        assertArrayEquals(before, Files.readAllBytes(jar), "the jar is left as it was");
    }

    @Test
    void aJakartaImportWithoutARangeFailsTheBuild() throws Exception {
        Result result = run(jar("jakarta.annotation;version=0"));

        assertNotEquals(0, result.exit);
        assertTrue(result.output.contains("jakarta.annotation has no version range"), result.output);
        assertFalse(result.output.contains("Exception"), "a clear message, not a crash: " + result.output);
    }

    private Path jar(String importPackage) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", "io.github.clientbudgets.client-budgets-jira");
        manifest.getMainAttributes().putValue("Import-Package", importPackage);
        Path jar = dir.resolve("app-jira11.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("io/github/clientbudgets/A.class"));
            out.write(CLASS_BYTES);
            out.closeEntry();
        }
        return jar;
    }

    private static String importPackage(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest().getMainAttributes().getValue("Import-Package");
        }
    }

    private record Result(int exit, String output) {
    }

    private static Result run(Path jar) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-XX:TieredStopAtLevel=1", TOOL.toString(),
                jar.toString(), VERSIONS.toString())).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "Jira11Manifest did not finish");
        return new Result(process.exitValue(), output);
    }
}
