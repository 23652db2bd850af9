package io.github.irismigrate.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Scans in a JVM of their own (what the plugin does by default) give what the same scans give in this JVM, one such
 * JVM serves project after project without carrying anything over, and a JVM that fails says why.
 */
class ForkedEngineTest {
    @TempDir
    Path tmp;

    private final List<String> progress = new ArrayList<>();
    private final List<String> output = new ArrayList<>();

    /** This tool and its dependencies: the test classpath, which holds them as the plugin's does. */
    private static List<Path> toolClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
    }

    private static Path sdkJar() {
        return toolClasspath().stream().filter(p -> p.getFileName().toString().startsWith("bandwidth-java-iris-sdk"))
                .findFirst().orElseThrow();
    }

    private ForkedEngine forked(List<String> jvmArgs) {
        return new ForkedEngine(ForkedEngine.currentJava(), jvmArgs, toolClasspath(), progress::add, output::add);
    }

    private static ScanRequest request(Path project, List<Path> classpath) {
        return new ScanRequest(project, project, List.of(), List.of(), classpath, project.getFileName().toString(),
                List.of(), RunOptions.DEFAULTS);
    }

    @Test
    void oneScanJvmFindsWhatThisJvmFindsProjectAfterProject() throws IOException {
        Path demo = TestProjects.copy("demo", tmp);
        Path sdk = TestProjects.copy("sdk-user", tmp);
        ForkedEngine forked = forked(ForkedEngine.DEFAULT_JVM_ARGS);

        ScanResult demoForked = forked.run(ForkedEngine.Goal.CHECK, request(demo, List.of()), null);
        assertThat(progress).anyMatch(m -> m.startsWith("parsed ") && m.contains(" files in "));
        ScanResult sdkForked = forked.run(ForkedEngine.Goal.CHECK, request(sdk, List.of(sdkJar())), null);
        // the plugin selects the files itself when it looks for cached findings, and hands the selection over
        Engine.Selected selected = new Engine(m -> { }).select(request(demo, List.of()));
        ScanResult demoAgain = forked.run(ForkedEngine.Goal.CHECK, request(demo, List.of()), null, selected);

        ScanResult demoHere = new Engine(m -> { }).check(request(demo, List.of()));
        ScanResult sdkHere = new Engine(m -> { }).check(request(sdk, List.of(sdkJar())));
        assertThat(demoForked.findings()).isNotEmpty().isEqualTo(demoHere.findings()).isEqualTo(demoAgain.findings());
        assertThat(demoForked.filesScanned()).isEqualTo(demoHere.filesScanned());
        // the SDK's types came through the request's classpath: its BW011 findings need them
        assertThat(sdkForked.findings()).isEqualTo(sdkHere.findings())
                .anyMatch(f -> f.rule().id().equals("BW011"));
        assertThat(sdkForked.errors()).isEqualTo(sdkHere.errors());
        assertThat(output).as("what the scan JVM printed besides progress").isEmpty();
    }

    @Test
    void aJarRebuiltInPlaceGetsAScanJvmThatLoadsItAfresh() throws IOException {
        Path demo = TestProjects.copy("demo", tmp);
        Path extra = Files.write(tmp.resolve("extra.jar"), new byte[] {1});
        List<Path> cp = new ArrayList<>(toolClasspath());
        cp.add(extra);
        ForkedEngine forked = new ForkedEngine(ForkedEngine.currentJava(), ForkedEngine.DEFAULT_JVM_ARGS, cp, progress::add, output::add);
        forked.run(ForkedEngine.Goal.CHECK, request(demo, List.of()), null);
        forked.run(ForkedEngine.Goal.CHECK, request(demo, List.of()), null);
        assertThat(ForkedEngine.idleJvms(extra)).as("the second scan reused the first one's JVM").isEqualTo(1);

        Files.write(extra, new byte[] {1, 2}); // a SNAPSHOT installed again at the same path
        forked.run(ForkedEngine.Goal.CHECK, request(demo, List.of()), null);
        assertThat(ForkedEngine.idleJvms(extra)).as("a new JVM took the scan").isEqualTo(2);
    }

    @Test
    void aForkedFixRewritesTheFilesAsAFixInThisJvmDoes() throws IOException {
        Path forkedDir = TestProjects.copy("demo", tmp.resolve("forked"));
        Path hereDir = TestProjects.copy("demo", tmp.resolve("here"));

        ScanResult forked = forked(ForkedEngine.DEFAULT_JVM_ARGS).run(ForkedEngine.Goal.FIX, request(forkedDir, List.of()), null);
        ScanResult here = new Engine(m -> { }).fix(request(hereDir, List.of()));

        assertThat(forked.filesFixed()).isPositive().isEqualTo(here.filesFixed());
        assertThat(forked.findings()).isEqualTo(here.findings());
        assertThat(contents(forkedDir)).isEqualTo(contents(hereDir)).isNotEqualTo(contents(Path.of("test-projects/demo/src")));
    }

    @Test
    void aScanJvmThatCannotStartIsNamedWithWhatItPrinted() throws IOException {
        Path demo = TestProjects.copy("demo", tmp);
        assertThatThrownBy(() -> forked(List.of("-XX:+NoSuchOptionAnywhere")).run(ForkedEngine.Goal.CHECK, request(demo, List.of()), null))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("the scan JVM (")
                .hasMessageContaining("-XX:+NoSuchOptionAnywhere")
                .hasMessageContaining("Unrecognized VM option");
    }

    @Test
    void aScanOutOfMemoryLeavesTheFilesAloneAndSaysHowToGiveItMore() throws IOException {
        Path demo = TestProjects.copy("demo", tmp);
        Map<String, String> before = contents(demo);
        assertThatThrownBy(() -> forked(List.of("-XX:+UseSerialGC", "-Xmx6m")).run(ForkedEngine.Goal.FIX, request(demo, List.of()), null))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("OutOfMemoryError")
                .hasMessageContaining("-Diris-migrate.jvmArgs=\"-XX:+UseSerialGC -Xmx4g\"");
        assertThat(contents(demo)).isEqualTo(before);
    }

    @Test
    void theKotlinCompilerGoesLastOnTheScanJvmsClasspathSoThatAScanOfJavaNeverOpensIt() {
        Path m2 = Path.of("/home/u/.m2/repository");
        List<Path> cp = List.of(Path.of("target/classes"),
                m2.resolve("org/openrewrite/rewrite-kotlin/8.88.0/rewrite-kotlin-8.88.0.jar"),
                m2.resolve("org/jetbrains/kotlin/kotlin-compiler-embeddable/2.3.20/kotlin-compiler-embeddable-2.3.20.jar"),
                m2.resolve("org/openrewrite/rewrite-java-17/8.88.0/rewrite-java-17-8.88.0.jar"),
                m2.resolve("org/jetbrains/kotlinx/kotlinx-coroutines-core-jvm/1.8.0/kotlinx-coroutines-core-jvm-1.8.0.jar"),
                m2.resolve("org/jetbrains/annotations/26.1.0/annotations-26.1.0.jar"));
        assertThat(ForkedEngine.kotlinLast(cp)).containsExactly(cp.get(0), cp.get(3), cp.get(5), cp.get(1), cp.get(2), cp.get(4));
    }

    @Test
    void theJvmsNoticeOfOptionsFromTheEnvironmentIsNotRepeatedAsAWarning() {
        assertThat(ForkedEngine.isLauncherNotice("Picked up JAVA_TOOL_OPTIONS: -Dhttps.proxyHost=proxy")).isTrue();
        assertThat(ForkedEngine.isLauncherNotice("Picked up _JAVA_OPTIONS: -Xmx2g")).isTrue();
        assertThat(ForkedEngine.isLauncherNotice("NOTE: Picked up JDK_JAVA_OPTIONS: -Xss4m")).isTrue();
        assertThat(ForkedEngine.isLauncherNotice("OpenJDK 64-Bit Server VM warning: Options -Xverify:none are deprecated")).isFalse();
        assertThat(ForkedEngine.isLauncherNotice("Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space")).isFalse();
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        Path src = dir.endsWith("src") ? dir : dir.resolve("src");
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(src.relativize(f).toString(), Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }
}
