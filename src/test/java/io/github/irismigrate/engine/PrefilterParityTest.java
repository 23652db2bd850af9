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
 * every file, and the pre-filter really leaves files out of the generated one. The reference engine also runs the
 * rules on one thread, the other on two once there are files enough (the generated project): the same holds of that.
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
            assertThat(kept).as("files the pre-filter keeps out of " + all.size()).isLessThan(all.size() / 2)
                    .as("enough for the rules to run on two threads").isGreaterThanOrEqualTo(Engine.SPLIT_AT);
            assertParity(project);
        }));
        tests.add(DynamicTest.dynamicTest("a number handed from a file that names no Dashboard API", () -> {
            // Featured.java mentions nothing a rule matches, but the number it passes lands in another file's /tns/ path
            Path project = generated.resolve("handed");
            Path pkg = Files.createDirectories(project.resolve("src/main/java/com/example/shop"));
            Files.writeString(project.resolve("pom.xml"), "<project/>");
            Files.writeString(pkg.resolve("TnDirectory.java"), """
                    package com.example.shop;
                    public class TnDirectory {
                        static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1";
                        public String details(String tn) { return BASE + "/tns/" + tn + "/tndetails"; }
                    }
                    """);
            Files.writeString(pkg.resolve("Featured.java"), """
                    package com.example.shop;
                    public class Featured {
                        String strip(TnDirectory directory) { return directory.details("8005550199"); }
                    }
                    """);
            assertThat(keys(assertParity(project).get(0)))
                    .anyMatch(k -> k.startsWith("BW006 src/main/java/com/example/shop/Featured.java:3"));
        }));
        tests.add(DynamicTest.dynamicTest("a path helper called from a file that names no Dashboard API", () -> {
            // Sync.java mentions nothing a rule matches, but sends the path Paths.e911 returns to a Dashboard base
            Path project = generated.resolve("helper");
            Path pkg = Files.createDirectories(project.resolve("src/main/java/com/example/shop"));
            Files.writeString(project.resolve("pom.xml"), "<project/>");
            Files.writeString(pkg.resolve("Endpoints.java"), """
                    package com.example.shop;
                    public class Endpoints {
                        public String base() { return "https://dashboard.bandwidth.com/api/v2"; }
                    }
                    """);
            Files.writeString(pkg.resolve("Paths.java"), """
                    package com.example.shop;
                    public final class Paths {
                        public static String e911(String account) { return "/accounts/" + account + "/addresses"; }
                    }
                    """);
            Files.writeString(pkg.resolve("Sync.java"), """
                    package com.example.shop;
                    public class Sync {
                        String url(Endpoints endpoints, String account) { return endpoints.base() + Paths.e911(account); }
                    }
                    """);
            assertThat(keys(assertParity(project).get(0)))
                    .anyMatch(k -> k.startsWith("BW002 src/main/java/com/example/shop/Paths.java:3"));
        }));
        tests.add(DynamicTest.dynamicTest("a path helper bean called from a file that names no Dashboard API", () -> {
            // Sync.java mentions nothing a rule matches, but sends what its injected CarrierPaths returns, with and
            // without arguments, to a Dashboard base
            Path project = generated.resolve("helper-bean");
            Path pkg = Files.createDirectories(project.resolve("src/main/java/com/example/shop"));
            Files.writeString(project.resolve("pom.xml"), "<project/>");
            Files.writeString(pkg.resolve("Endpoints.java"), """
                    package com.example.shop;
                    public class Endpoints {
                        public String base() { return "https://dashboard.bandwidth.com/api/v2"; }
                    }
                    """);
            Files.writeString(pkg.resolve("CarrierPaths.java"), """
                    package com.example.shop;
                    public class CarrierPaths {
                        private final String account = "12345";
                        public String e911(String account) { return "/accounts/" + account + "/addresses"; }
                        public String e911Here() { return "/accounts/" + account + "/addresses/current"; }
                    }
                    """);
            Files.writeString(pkg.resolve("Sync.java"), """
                    package com.example.shop;
                    public class Sync {
                        private final CarrierPaths paths = new CarrierPaths();
                        String url(Endpoints endpoints, String account) { return endpoints.base() + paths.e911(account); }
                        String here(Endpoints endpoints) { return endpoints.base() + paths.e911Here(); }
                    }
                    """);
            assertThat(keys(assertParity(project).get(0)))
                    .anyMatch(k -> k.startsWith("BW002 src/main/java/com/example/shop/CarrierPaths.java:4"))
                    .anyMatch(k -> k.startsWith("BW002 src/main/java/com/example/shop/CarrierPaths.java:5"));
        }));
        tests.add(DynamicTest.dynamicTest("a template method in a superclass that names no Dashboard API", () -> {
            // Resource.java builds the URL around resourcePath() and names nothing a rule matches; its subclass
            // hands it the Dashboard base and returns the collection
            Path project = generated.resolve("template-method");
            Path pkg = Files.createDirectories(project.resolve("src/main/java/com/example/shop"));
            Files.writeString(project.resolve("pom.xml"), "<project/>");
            Files.writeString(pkg.resolve("Resource.java"), """
                    package com.example.shop;
                    public abstract class Resource {
                        private final String base;
                        protected Resource(String base) { this.base = base; }
                        protected abstract String resourcePath();
                        public String url(String account) { return base + "/accounts/" + account + "/" + resourcePath(); }
                    }
                    """);
            Files.writeString(pkg.resolve("E911.java"), """
                    package com.example.shop;
                    public class E911 extends Resource {
                        public E911() { super("https://dashboard.bandwidth.com/api/v2"); }
                        @Override
                        protected String resourcePath() { return "addresses"; }
                    }
                    """);
            assertThat(keys(assertParity(project).get(0)))
                    .anyMatch(k -> k.startsWith("BW002 src/main/java/com/example/shop/E911.java:5"));
        }));
        tests.add(DynamicTest.dynamicTest("a joiner of path segments that names no Dashboard API", () -> {
            // UrlUtil.java names nothing a rule matches; the caller's segments make /externalTns only through it
            Path project = generated.resolve("joiner");
            Path pkg = Files.createDirectories(project.resolve("src/main/java/com/example/shop"));
            Files.writeString(project.resolve("pom.xml"), "<project/>");
            Files.writeString(pkg.resolve("UrlUtil.java"), """
                    package com.example.shop;
                    public final class UrlUtil {
                        public static String url(String base, Object... segments) {
                            StringBuilder sb = new StringBuilder(base);
                            for (Object segment : segments) {
                                sb.append('/').append(segment);
                            }
                            return sb.toString();
                        }
                    }
                    """);
            Files.writeString(pkg.resolve("External.java"), """
                    package com.example.shop;
                    public class External {
                        static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                        String url(String account) { return UrlUtil.url(BASE, "accounts", account, "externalTns"); }
                    }
                    """);
            assertThat(keys(assertParity(project).get(0)))
                    .anyMatch(k -> k.startsWith("BW004 src/main/java/com/example/shop/External.java:4"));
        }));
        tests.add(DynamicTest.dynamicTest("Kotlin files that read constants of other files by their bare names", () -> {
            // Sync.kt mentions nothing a rule matches: the path comes from top-level constants of Paths.kt, the
            // base from a Java class's constant
            Path project = generated.resolve("kotlin");
            Path kt = Files.createDirectories(project.resolve("src/main/kotlin/com/example/shop"));
            Path java = Files.createDirectories(project.resolve("src/main/java/com/example/shop"));
            Files.writeString(project.resolve("pom.xml"), "<project/>");
            Files.writeString(java.resolve("Hosts.java"), """
                    package com.example.shop;
                    public final class Hosts {
                        public static final String IRIS = "https://dashboard.bandwidth.com/api/v2";
                    }
                    """);
            Files.writeString(kt.resolve("Paths.kt"), """
                    package com.example.shop

                    const val E911 = "/addresses"
                    """);
            Files.writeString(kt.resolve("Sync.kt"), """
                    package com.example.shop

                    class Sync {
                        fun url(account: String) = "${Hosts.IRIS}/accounts/$account$E911"
                    }
                    """);
            Files.writeString(kt.resolve("Other.kt"), """
                    package com.example.shop

                    class Other {
                        fun greet() = "hello"
                    }
                    """);
            assertThat(CandidateFiles.select(SourceCollector.collect(project, List.of(), List.of())).files())
                    .as("the Kotlin files go together, the Java constant they read with them")
                    .extracting(f -> f.getFileName().toString())
                    .containsExactlyInAnyOrder("Hosts.java", "Paths.kt", "Sync.kt", "Other.kt");
            assertThat(keys(assertParity(project).get(0)))
                    .anyMatch(k -> k.startsWith("BW002 src/main/kotlin/com/example/shop/Paths.kt:3"));
        }));
        return tests.stream();
    }

    private static List<ScanResult> assertParity(Path project) {
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
        List<ScanResult> results = new ArrayList<>();
        for (Path module : moduleDirs) {
            ScanRequest request = new ScanRequest(module, project, List.of(), List.of(), classpath,
                    module.getFileName().toString(), moduleDirs, RunOptions.DEFAULTS);
            ScanResult filtered = new Engine(m -> { }, true).check(request);
            ScanResult full = new Engine(m -> { }, false).check(request);
            assertThat(keys(filtered)).as("findings of " + module + " with the pre-filter").containsExactlyElementsOf(keys(full));
            results.add(filtered);
        }
        return results;
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
