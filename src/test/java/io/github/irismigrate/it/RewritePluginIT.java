package io.github.irismigrate.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.irismigrate.it.MavenBuild.Jdk;
import io.github.irismigrate.it.MavenBuild.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole chain where users run it, on every consumer project of {@code test-projects/}: our {@code fix} produces
 * exactly the expected files and the project then compiles and passes its own tests; {@code rewrite-maven-plugin}
 * 6.46.1 loading our artifact makes the same source changes with {@code MigrateToApiV2}; {@code rewrite:dryRun} with
 * {@code FindApiV1Usages} gates; {@code rewrite:discover} lists our recipes. On JDK 17 (the default) for every
 * project, and on JDK 25 for {@link #ON_JDK25} (plus the gate and discover). {@code check} on JDK 17 is covered by
 * {@link ConsumerProjectsIT} (the invoker builds); here it runs on JDK 25.
 */
class RewritePluginIT {
    static final String VERSION = System.getProperty("iris-migrate.version", "0.1.0-SNAPSHOT");
    static final String REWRITE = "org.openrewrite.maven:rewrite-maven-plugin:6.46.1";
    static final String COORDINATES = "-Drewrite.recipeArtifactCoordinates=io.github.irismigrate:iris-migrate-maven-plugin:" + VERSION;

    /** Every consumer project: each has expected-findings.txt and, when fix changes something, expected-after-fix/. */
    static final List<String> CONSUMERS = List.of("demo", "multi-module", "lookalikes", "spring-rest", "okhttp-templates",
            "java-http-callbacks", "sdk-user", "kotlin-service");
    /** Test projects that exist for one plugin scenario (PluginScenariosIT), not as customer code. */
    static final Set<String> SCENARIO_ONLY = Set.of("bad-input", "suppressions");
    /**
     * Test projects written for evaluation by people who had not seen the tool (each has their EXPECTED.md): their
     * findings are checked by ConsumerProjectsIT; the fix and rewrite:run matrix runs on the consumer projects above.
     */
    static final Set<String> EVALUATION = Set.of("eval-a", "eval-b", "eval-c", "eval-d", "eval-e", "eval-f", "eval-g",
            "eval-h", "eval-i", "eval-k", "eval-m", "eval-n", "eval-o", "eval-p",
            "eval-q", "eval-r", "eval-s", "eval-t", "eval-u", "eval-v", "eval-w", "eval-x", "eval-y", "eval-z", "eval-aa", "eval-ab", "eval-ac", "eval-ad", "eval-ae", "eval-af", "eval-ag", "eval-ah", "eval-ai", "eval-aj", "eval-ak", "eval-al", "eval-am", "eval-an", "eval-ao", "eval-ap", "eval-aq", "eval-ar", "eval-as", "eval-at", "eval-au", "eval-av", "eval-aw", "eval-ax", "eval-ay",
            "eval-az");
    /** The JDK 25 leg of check + fix + rewrite:run: raw HTTP with a YAML base URL, text blocks, and the SDK. */
    static final List<String> ON_JDK25 = List.of("spring-rest", "java-http-callbacks", "sdk-user");

    /** OpenRewrite search-result markers: Java/C-style, XML, and bare (properties, YAML). */
    static final Pattern MARKER = Pattern.compile("(?:/\\*|<!--|#)?~~(?:\\(.*?\\)~~)?>(?:\\*/|-->)?");
    private static final Pattern FIXED = Pattern.compile("iris-migrate: fixed (\\d+) file\\(s\\)");
    private static final Pattern TESTS = Pattern.compile("(?m)^\\[(?:INFO|WARNING|ERROR)\\] Tests run: (\\d+), Failures: (\\d+), Errors: (\\d+), Skipped: (\\d+)$");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ConcurrentLinkedQueue<String> SUMMARY = new ConcurrentLinkedQueue<>();

    @Test
    void everyConsumerProjectIsCovered() throws IOException {
        Set<String> withExpectations = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(MavenBuild.PROJECTS)) {
            dirs.filter(d -> Files.exists(d.resolve("expected-findings.txt")))
                    .map(d -> d.getFileName().toString()).filter(n -> !SCENARIO_ONLY.contains(n) && !EVALUATION.contains(n)).forEach(withExpectations::add);
        }
        assertThat(withExpectations).containsExactlyInAnyOrderElementsOf(CONSUMERS);
        assertThat(CONSUMERS).containsAll(ON_JDK25);
    }

    @TestFactory
    Stream<DynamicNode> fixAndRewriteRunOnEachConsumerProject() {
        List<DynamicNode> nodes = new ArrayList<>();
        for (String project : CONSUMERS) {
            nodes.add(DynamicContainer.dynamicContainer(project + " on jdk17", Stream.of(
                    DynamicTest.dynamicTest("fix, then compile and own tests", () -> fixThenBuild(project, Jdk.DEFAULT)),
                    DynamicTest.dynamicTest("rewrite:run MigrateToApiV2 = fix", () -> rewriteRunMatchesFix(project, Jdk.DEFAULT)))));
        }
        for (String project : ON_JDK25) {
            nodes.add(DynamicContainer.dynamicContainer(project + " on jdk25", Stream.of(
                    DynamicTest.dynamicTest("check reports exactly the expected findings", () -> checkReportsExpected(project, Jdk.JDK25)),
                    DynamicTest.dynamicTest("fix, then compile and own tests", () -> fixThenBuild(project, Jdk.JDK25)),
                    DynamicTest.dynamicTest("rewrite:run MigrateToApiV2 = fix", () -> rewriteRunMatchesFix(project, Jdk.JDK25)))));
        }
        return nodes.stream();
    }

    @TestFactory
    Stream<DynamicNode> dryRunGateAndDiscover() {
        List<DynamicNode> nodes = new ArrayList<>();
        for (Jdk jdk : Jdk.values()) {
            nodes.add(DynamicContainer.dynamicContainer("on " + jdk, Stream.of(
                    DynamicTest.dynamicTest("dryRun FindApiV1Usages fails on demo (v1)", () -> dryRunGate("demo", jdk, false)),
                    DynamicTest.dynamicTest("dryRun FindApiV1Usages passes on lookalikes", () -> dryRunGate("lookalikes", jdk, true)),
                    DynamicTest.dynamicTest("discover lists our recipes with descriptions", () -> discoverListsOurRecipes(jdk)))));
        }
        return nodes.stream();
    }

    @AfterAll
    static void writeSummary() throws IOException {
        if (!SUMMARY.isEmpty()) {
            Path file = MavenBuild.SCENARIOS.resolve("rewrite-plugin-it-summary.txt");
            Files.createDirectories(file.getParent());
            Files.write(file, new TreeSet<>(SUMMARY));
            SUMMARY.forEach(System.out::println);
        }
    }

    // ---- check (JDK 25 leg; JDK 17 is ConsumerProjectsIT over the invoker builds) ----

    static void checkReportsExpected(String project, Jdk jdk) throws Exception {
        Path dir = MavenBuild.copy(project, "e2e-" + jdk + "-check-" + project);
        Outcome check = MavenBuild.run(jdk, dir, "iris-migrate:check");
        Set<String> expected = expectedFindings(project);
        assertThat(check.succeeded()).as(tail(check)).isEqualTo(expected.isEmpty());
        assertThat(actualFindings(dir)).as("findings of " + project + " on " + jdk).containsExactlyElementsOf(expected);
    }

    // ---- fix ----

    static void fixThenBuild(String project, Jdk jdk) throws Exception {
        Path dir = MavenBuild.copy(project, "e2e-" + jdk + "-fix-" + project);
        Map<String, String> original = MavenBuild.text(MavenBuild.tree(dir));
        Map<String, String> expectedChanges = expectedAfterFix(project);
        expectedChanges.forEach((file, content) -> assertThat(original.get(file))
                .as("expected-after-fix/" + project + "/" + file + " must be a changed copy of a file of the project")
                .isNotNull().isNotEqualTo(content));
        Map<String, String> expected = new TreeMap<>(original);
        expected.putAll(expectedChanges);

        // One Maven run: the fix goal over the whole reactor, then the lifecycle up to verify (compile, test, the gate).
        Outcome build = MavenBuild.run(jdk, dir, "iris-migrate:fix", "verify");
        String log = build.log();
        assertThat(log).as(tail(build)).doesNotContain("COMPILATION ERROR").doesNotContain("iris-migrate: could not write");
        assertThat(lastFixedCount(log)).as("files fixed in " + project + "\n" + tail(build)).isEqualTo(expectedChanges.size());
        assertThat(MavenBuild.text(MavenBuild.tree(dir))).as("the tree of " + project + " after fix").isEqualTo(expected);

        Matcher tests = TESTS.matcher(log);
        int run = 0;
        int summaries = 0;
        while (tests.find()) {
            summaries++;
            run += Integer.parseInt(tests.group(1));
            assertThat(tests.group(2) + "/" + tests.group(3)).as("failures/errors of the project's own tests\n" + tail(build))
                    .isEqualTo("0/0");
        }
        assertThat(summaries).as("the build reached the test phase\n" + tail(build)).isPositive();
        assertThat(run).as("tests run").isPositive();

        // What is left after fix are FLAG findings only; the gate fails on them, and only on them.
        JsonNode findings = JSON.readTree(dir.resolve("target/iris-migrate/findings.json").toFile()).get("findings");
        List<String> left = new ArrayList<>();
        findings.forEach(f -> {
            assertThat(f.get("fixable").asBoolean()).as("left after fix: " + f).isFalse();
            left.add(f.get("ruleId").asText());
        });
        if (left.isEmpty()) {
            assertThat(build.succeeded()).as(tail(build)).isTrue();
        } else {
            assertThat(build.succeeded()).isFalse();
            assertThat(log).contains("Failed to execute goal io.github.irismigrate:iris-migrate-maven-plugin:" + VERSION + ":check")
                    .contains(left.size() + " Bandwidth Dashboard API v1 usage(s)");
        }
        SUMMARY.add(String.format("%-20s %-5s fix: %d file(s) fixed, %d test(s) passed, %d FLAG finding(s) left %s",
                project, jdk, expectedChanges.size(), run, left.size(), countByRule(left)));
    }

    // ---- rewrite:run ----

    static void rewriteRunMatchesFix(String project, Jdk jdk) throws Exception {
        Path dir = MavenBuild.copy(project, "e2e-" + jdk + "-rewrite-" + project);
        Map<String, String> expected = new TreeMap<>(MavenBuild.text(MavenBuild.tree(dir)));
        expected.putAll(expectedAfterFix(project));

        Outcome run = MavenBuild.run(jdk, dir, REWRITE + ":run", COORDINATES,
                "-Drewrite.activeRecipes=io.github.irismigrate.MigrateToApiV2");
        assertThat(run.succeeded()).as(tail(run)).isTrue();
        assertThat(run.log()).as(tail(run)).doesNotContain("NoSuchMethodError").doesNotContain("NoClassDefFoundError")
                .doesNotContain("threw an exception").doesNotContain("[ERROR]");

        Map<String, String> after = MavenBuild.text(MavenBuild.tree(dir));
        boolean byteIdentical = after.equals(expected);
        Map<String, String> withoutMarkers = new TreeMap<>();
        int markers = 0;
        for (Map.Entry<String, String> e : after.entrySet()) {
            Matcher m = MARKER.matcher(e.getValue());
            while (m.find()) {
                markers++;
            }
            withoutMarkers.put(e.getKey(), MARKER.matcher(e.getValue()).replaceAll(""));
        }
        assertThat(withoutMarkers).as("rewrite:run of " + project + " with its search-result markers removed = our fix")
                .isEqualTo(expected);
        SUMMARY.add(String.format("%-20s %-5s rewrite:run: byte-identical to fix: %s; after removing %d marker(s): identical",
                project, jdk, byteIdentical, markers));
    }

    // ---- dryRun gate ----

    static void dryRunGate(String project, Jdk jdk, boolean shouldPass) throws Exception {
        Path dir = MavenBuild.copy(project, "e2e-" + jdk + "-dryrun-" + project);
        Map<String, String> before = MavenBuild.text(MavenBuild.tree(dir));
        // rewrite-maven-plugin's user property is failOnDryRunResults (no "rewrite." prefix).
        Outcome dry = MavenBuild.run(jdk, dir, REWRITE + ":dryRun", COORDINATES,
                "-Drewrite.activeRecipes=io.github.irismigrate.FindApiV1Usages", "-DfailOnDryRunResults=true");
        assertThat(dry.succeeded()).as(tail(dry)).isEqualTo(shouldPass);
        if (!shouldPass) {
            assertThat(dry.log()).contains("Applying recipes would make changes");
            assertThat(dir.resolve("target/rewrite/rewrite.patch")).isNotEmptyFile();
        }
        assertThat(dry.log()).doesNotContain("NoSuchMethodError").doesNotContain("threw an exception");
        assertThat(MavenBuild.text(MavenBuild.tree(dir))).as("dryRun changes no source").isEqualTo(before);
    }

    // ---- discover ----

    static void discoverListsOurRecipes(Jdk jdk) throws Exception {
        Path dir = MavenBuild.copy("lookalikes", "e2e-" + jdk + "-discover");
        Outcome discover = MavenBuild.run(jdk, dir, REWRITE + ":discover", COORDINATES, "-Ddetail=true");
        assertThat(discover.succeeded()).as(tail(discover)).isTrue();
        String listing = discover.log().lines().map(l -> l.replaceFirst("^\\[INFO\\]", "").strip())
                .collect(Collectors.joining("\n"));
        Map<String, String[]> composites = compositeRecipes();
        assertThat(composites).containsKeys("io.github.irismigrate.MigrateToApiV2", "io.github.irismigrate.FindApiV1Usages",
                "io.github.irismigrate.MigrateToApiV2LegacyNumberFormat");
        Set<String> rules = new TreeSet<>();
        composites.forEach((name, displayAndDescription) -> {
            assertThat(listing).as("discover lists " + name + " with its display name and description")
                    .contains(displayAndDescription[0] + "\n" + name + "\n" + displayAndDescription[1]);
            rules.addAll(List.of(displayAndDescription).subList(2, displayAndDescription.length));
        });
        assertThat(rules).hasSizeGreaterThanOrEqualTo(11);
        for (String rule : rules) {
            Matcher m = Pattern.compile("(?m)^" + Pattern.quote(rule) + "\n(.+)$").matcher(listing);
            assertThat(m.find()).as("discover lists " + rule).isTrue();
            assertThat(m.group(1)).as("description of " + rule).isNotBlank().doesNotStartWith("io.github.");
        }
    }

    /** name -> {displayName, description, recipeList...} of the composites in recipes/*.yml (folded descriptions). */
    static Map<String, String[]> compositeRecipes() throws IOException {
        Map<String, String[]> out = new LinkedHashMap<>();
        Path recipes = MavenBuild.PROJECTS.toAbsolutePath().getParent().resolve("recipes");
        try (Stream<Path> files = Files.list(recipes)) {
            for (Path yml : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
                for (String doc : Files.readString(yml).split("(?m)^---$")) {
                    Matcher name = Pattern.compile("(?m)^name: (\\S+)$").matcher(doc);
                    Matcher display = Pattern.compile("(?m)^displayName: (.+)$").matcher(doc);
                    Matcher description = Pattern.compile("(?ms)^description: >-\n((?:  .*?\n)+)").matcher(doc);
                    if (!name.find() || !display.find() || !description.find()) {
                        continue;
                    }
                    List<String> entry = new ArrayList<>(List.of(display.group(1).strip(),
                            description.group(1).lines().map(String::strip).collect(Collectors.joining(" "))));
                    Matcher item = Pattern.compile("(?m)^  - (io\\.github\\.irismigrate\\.\\S+?):?$").matcher(doc);
                    while (item.find()) {
                        entry.add(item.group(1));
                    }
                    out.put(name.group(1), entry.toArray(String[]::new));
                }
            }
        }
        return out;
    }

    // ---- helpers ----

    static Set<String> expectedFindings(String project) throws IOException {
        Set<String> expected = new TreeSet<>();
        for (String line : Files.readAllLines(MavenBuild.PROJECTS.resolve(project).resolve("expected-findings.txt"))) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                expected.add(l);
            }
        }
        return expected;
    }

    static Set<String> actualFindings(Path dir) throws IOException {
        Set<String> actual = new TreeSet<>();
        JsonNode json = JSON.readTree(dir.resolve("target/iris-migrate/findings.json").toFile());
        for (JsonNode f : json.get("findings")) {
            actual.add(f.get("ruleId").asText() + " " + f.get("file").asText() + ":" + f.get("line").asInt());
        }
        return actual;
    }

    static Map<String, String> expectedAfterFix(String project) throws IOException {
        Path dir = MavenBuild.PROJECTS.resolve("expected-after-fix").resolve(project);
        return Files.isDirectory(dir) ? MavenBuild.text(MavenBuild.tree(dir)) : new TreeMap<>();
    }

    private static int lastFixedCount(String log) {
        Matcher m = FIXED.matcher(log);
        int n = -1;
        while (m.find()) {
            n = Integer.parseInt(m.group(1));
        }
        return n;
    }

    private static String countByRule(List<String> rules) {
        return new TreeMap<>(rules.stream().collect(Collectors.groupingBy(r -> r, Collectors.counting()))).toString();
    }

    private static String tail(Outcome o) {
        String log = o.log();
        return "exit " + o.exitCode() + ", log tail:\n" + log.substring(Math.max(0, log.length() - 6000));
    }
}
