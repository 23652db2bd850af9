package io.github.irismigrate.engine;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text pre-filter must never change a result: over every test project and a generated project, the engine
 * with the pre-filter reports exactly the findings (rule, file, position, message, fix) of the engine that parses
 * every file, and the pre-filter really leaves files out of the generated one.
 */
class PrefilterParityTest {
    private static final Path PROJECTS = Path.of("test-projects");

    @TempDir
    static Path generated;

    @TestFactory
    Stream<DynamicTest> sameFindingsWithAndWithoutThePrefilter() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(PROJECTS)) {
            for (Path dir : dirs.filter(d -> Files.exists(d.resolve("pom.xml"))).sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(dir.getFileName().toString(), () -> assertParity(dir)));
            }
        }
        tests.add(DynamicTest.dynamicTest("generated project of 400 files", () -> {
            Path project = generated.resolve("bench");
            String java = ProcessHandle.current().info().command().orElse("java");
            Process p = new ProcessBuilder(java, "bench/GenerateProject.java", project.toString(), "400")
                    .redirectErrorStream(true).redirectOutput(generated.resolve("gen.log").toFile()).start();
            assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
            assertThat(p.exitValue()).as(Files.readString(generated.resolve("gen.log"))).isZero();
            List<Path> all = SourceCollector.collect(project, List.of(), List.of());
            int kept = CandidateFiles.select(all).files().size();
            assertThat(kept).as("files the pre-filter keeps out of " + all.size()).isLessThan(all.size() / 2);
            assertParity(project);
        }));
        return tests.stream();
    }

    private static void assertParity(Path project) {
        List<Path> moduleDirs = new ArrayList<>();
        try (Stream<Path> children = Files.list(project)) {
            children.filter(c -> Files.exists(c.resolve("pom.xml"))).sorted().forEach(moduleDirs::add);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (moduleDirs.isEmpty()) {
            moduleDirs.add(project);
        }
        List<Path> classpath = sdkJar();
        for (Path module : moduleDirs) {
            ScanRequest request = new ScanRequest(module, project, List.of(), List.of(), classpath,
                    module.getFileName().toString(), moduleDirs, RunOptions.DEFAULTS);
            ScanResult filtered = new Engine(m -> { }, true).check(request);
            ScanResult full = new Engine(m -> { }, false).check(request);
            assertThat(keys(filtered)).as("findings of " + module + " with the pre-filter").containsExactlyElementsOf(keys(full));
        }
    }

    private static List<String> keys(ScanResult r) {
        return r.findings().stream().map(f -> f.rule().id() + " " + f.file() + ":" + f.line() + ":" + f.column() + " "
                + f.fixable() + " " + f.message() + " " + f.fixDiff()).toList();
    }

    private static List<Path> sdkJar() {
        List<Path> out = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (e.contains("bandwidth-java-iris-sdk")) {
                out.add(Path.of(e));
            }
        }
        return out;
    }
}
