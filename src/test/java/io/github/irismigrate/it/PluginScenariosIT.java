package io.github.irismigrate.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The plugin as a team lives with it: real Maven builds of copies of the test projects, goal after goal. */
class PluginScenariosIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void fixRewritesExactlyTheExpectedFilesThenTheProjectBuildsAndOnlyFlagsRemain() throws Exception {
        Path demo = MavenBuild.copy("demo", "fix-roundtrip");
        Map<String, byte[]> original = MavenBuild.tree(demo);

        MavenBuild.Outcome fix = MavenBuild.run(demo, "iris-migrate:fix");
        assertThat(fix.succeeded()).as(fix.log()).isTrue();
        assertThat(fix.log()).contains("iris-migrate: fixed 6 file(s)");

        Path expectedDir = MavenBuild.PROJECTS.resolve("expected-after-fix/demo");
        Map<String, byte[]> expected = new TreeMap<>(original);
        expected.putAll(MavenBuild.tree(expectedDir));
        Map<String, byte[]> afterFix = MavenBuild.tree(demo);
        assertThat(MavenBuild.text(afterFix)).isEqualTo(MavenBuild.text(expected));

        MavenBuild.Outcome verify = MavenBuild.run(demo, "verify");
        assertThat(verify.log()).contains("Tests run: 1, Failures: 0, Errors: 0").contains("BUILD FAILURE")
                .contains("6 Bandwidth Dashboard API v1 usage(s)");
        JsonNode findings = JSON.readTree(demo.resolve("target/iris-migrate/findings.json").toFile()).get("findings");
        List<String> left = new ArrayList<>();
        findings.forEach(f -> {
            assertThat(f.get("fixable").asBoolean()).as(f.toString()).isFalse();
            left.add(f.get("ruleId").asText());
        });
        assertThat(left).containsExactlyInAnyOrder("BW001", "BW004", "BW007", "BW008", "BW009", "BW011");

        MavenBuild.Outcome again = MavenBuild.run(demo, "iris-migrate:fix");
        assertThat(again.log()).contains("iris-migrate: fixed 0 file(s)");
        assertThat(MavenBuild.text(MavenBuild.tree(demo))).isEqualTo(MavenBuild.text(afterFix));
    }

    @Test
    void baselinedFindingsSurviveLineShiftsAndOnlyANewUsageFailsTheGate() throws Exception {
        Path demo = MavenBuild.copy("demo", "baseline");
        MavenBuild.Outcome baseline = MavenBuild.run(demo, "iris-migrate:baseline");
        assertThat(baseline.succeeded()).as(baseline.log()).isTrue();
        Path file = demo.resolve("iris-migrate-baseline.json");
        assertThat(JSON.readTree(file.toFile()).get("findings")).hasSize(19);

        assertThat(MavenBuild.run(demo, "iris-migrate:check").succeeded()).isTrue();

        Path client = demo.resolve("src/main/java/com/acme/numbers/iris/DashboardHttpClient.java");
        String text = Files.readString(client);
        Files.writeString(client, text.replace("package com.acme.numbers.iris;\n",
                "package com.acme.numbers.iris;\n\n// moved things around\n// and added notes\n"));
        MavenBuild.Outcome shifted = MavenBuild.run(demo, "iris-migrate:check");
        assertThat(shifted.succeeded()).as(shifted.log()).isTrue();

        Files.writeString(demo.resolve("src/main/java/com/acme/numbers/iris/NewClient.java"), """
                package com.acme.numbers.iris;

                public class NewClient {
                    String removals = "https://dashboard.bandwidth.com/api/accounts/1/removeImportedTnOrders";
                }
                """);
        MavenBuild.Outcome withNew = MavenBuild.run(demo, "iris-migrate:check");
        assertThat(withNew.succeeded()).isFalse();
        assertThat(withNew.log()).contains("2 Bandwidth Dashboard API v1 usage(s)").contains("BW001 x1, BW003 x1");
        JsonNode json = JSON.readTree(demo.resolve("target/iris-migrate/findings.json").toFile());
        long baselined = 0;
        for (JsonNode f : json.get("findings")) {
            if (f.get("baselined").asBoolean()) {
                baselined++;
            } else {
                assertThat(f.get("file").asText()).endsWith("NewClient.java");
            }
        }
        assertThat(baselined).isEqualTo(19);

        Files.writeString(file, "{ not json");
        MavenBuild.Outcome broken = MavenBuild.run(demo, "iris-migrate:check");
        assertThat(broken.log()).contains("Cannot use the baseline").contains("iris-migrate-baseline.json is not valid JSON");
    }

    @Test
    void inlineSuppressionsPassTheGateAndKeepTheirReasonsInEveryReport() throws Exception {
        Path project = MavenBuild.copy("suppressions", "suppressions");
        MavenBuild.Outcome check = MavenBuild.run(project, "iris-migrate:check");
        assertThat(check.succeeded()).as(check.log()).isTrue();
        JsonNode findings = JSON.readTree(project.resolve("target/iris-migrate/findings.json").toFile()).get("findings");
        List<String> reasons = new ArrayList<>();
        findings.forEach(f -> {
            assertThat(f.get("suppressed").asBoolean()).isTrue();
            reasons.add(f.get("suppressionReason").asText());
        });
        assertThat(reasons).hasSize(7).contains("partner sandbox still runs v1 until 2027-03",
                "migrated with the E911 project, ticket NUM-812", "removed together with the importer in NUM-900",
                "the ops team switches this per environment", "legacy host kept for the archive importer",
                "read by the v1 compatibility shim");
        assertThat(Files.readString(project.resolve("target/iris-migrate/findings.sarif")))
                .contains("\"suppressions\"").contains("partner sandbox still runs v1 until 2027-03");
    }

    @Test
    void badFilesAreNamedAndLeftAloneWhileTheRestIsCheckedAndFixedInTheirOwnEncoding() throws Exception {
        Path project = MavenBuild.copy("bad-input", "bad-input");
        Path readOnly = project.resolve("src/main/java/bad/ReadOnlyClient.java");
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
        Map<String, byte[]> before = MavenBuild.tree(project);

        MavenBuild.Outcome check = MavenBuild.run(project, "iris-migrate:check");
        assertThat(check.succeeded()).isFalse();
        assertThat(check.log()).contains("src/main/java/bad/Broken.java: does not parse")
                .contains("src/main/java/bad/Binary.java: skipped: binary content")
                .contains("src/main/kotlin/bad/BrokenClient.kt: does not parse as kotlin, skipped");

        MavenBuild.Outcome fix = MavenBuild.run(project, "iris-migrate:fix");
        assertThat(fix.succeeded()).as(fix.log()).isTrue();
        assertThat(fix.log()).contains("src/main/java/bad/ReadOnlyClient.java: cannot be written, left unchanged")
                .contains("read-only");
        Map<String, byte[]> after = MavenBuild.tree(project);
        for (String untouched : List.of("src/main/java/bad/Broken.java", "src/main/java/bad/Binary.java",
                "src/main/java/bad/ReadOnlyClient.java", "src/main/kotlin/bad/BrokenClient.kt")) {
            assertThat(after.get(untouched)).as(untouched).isEqualTo(before.get(untouched));
        }
        byte[] latin1 = after.get("src/main/java/bad/Latin1Client.java");
        String latin1Text = new String(latin1, StandardCharsets.ISO_8859_1);
        assertThat(latin1Text).contains("Café des numéros").contains("/api/v2/accounts/").contains("/e911Addresses");
        assertThat(new String(after.get("src/main/java/bad/CrlfClient.java"), StandardCharsets.UTF_8))
                .isEqualTo("package bad;\r\n\r\npublic class CrlfClient {\r\n    static final String BASE = \"https://dashboard.bandwidth.com/api/v2\";\r\n}\r\n");
        assertThat(new String(after.get("src/main/kotlin/bad/CrlfKotlinClient.kt"), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFpackage bad\r\n\r\n// Café: a BOM and CRLF line endings\r\nclass CrlfKotlinClient {\r\n"
                        + "    val base = \"https://dashboard.bandwidth.com/api/v2\"\r\n}\r\n");
        byte[] bom = after.get("src/main/resources/bom.properties");
        assertThat(new String(bom, StandardCharsets.UTF_8)).isEqualTo("\uFEFFiris.url=https://dashboard.bandwidth.com/api/v2\n");
    }

    @Test
    void legacyNumberFormatKeepsCallbacksInTenDigitsAndAddsTheSettingToSubscriptions() throws Exception {
        Path demo = MavenBuild.copy("demo", "legacy");
        Path subscription = demo.resolve("src/main/resources/templates/subscription.xml");

        MavenBuild.Outcome e164 = MavenBuild.run(demo, "iris-migrate:check", "-Diris-migrate.failOn=none");
        assertThat(e164.succeeded()).as(e164.log()).isTrue();
        assertThat(rules(demo)).doesNotContain("BW010");

        MavenBuild.Outcome legacyCheck = MavenBuild.run(demo, "iris-migrate:check", "-Diris-migrate.failOn=none",
                "-Diris-migrate.numberFormat=LEGACY");
        assertThat(legacyCheck.succeeded()).as(legacyCheck.log()).isTrue();
        assertThat(rules(demo)).contains("BW010");

        MavenBuild.Outcome fix = MavenBuild.run(demo, "iris-migrate:fix", "-Diris-migrate.numberFormat=LEGACY");
        assertThat(fix.succeeded()).as(fix.log()).isTrue();
        assertThat(Files.readString(subscription)).contains(
                "    <Expiry>3122064000</Expiry>\n    <NumberFormat>LEGACY</NumberFormat>\n  </CallbackSubscription>");
        assertThat(rules(demo)).doesNotContain("BW010");

        MavenBuild.Outcome bad = MavenBuild.run(demo, "iris-migrate:check", "-Diris-migrate.numberFormat=TEN_DIGITS");
        assertThat(bad.log()).contains("Invalid iris-migrate.numberFormat 'TEN_DIGITS' must be E164 or LEGACY");
    }

    private static List<String> rules(Path project) throws IOException {
        List<String> out = new ArrayList<>();
        for (JsonNode f : JSON.readTree(project.resolve("target/iris-migrate/findings.json").toFile()).get("findings")) {
            if (!f.get("fixed").asBoolean()) {
                out.add(f.get("ruleId").asText());
            }
        }
        return out;
    }

    @Test
    void typesComeFromTheVersionsTheBuildManagesWithoutItsExclusions() throws Exception {
        Path sdk = MavenBuild.copy("sdk-user", "managed-classpath");
        Path pom = sdk.resolve("pom.xml");
        String xml = Files.readString(pom)
                .replace("<dependencies>", """
                    <dependencyManagement>
                        <dependencies>
                          <dependency>
                            <groupId>org.apache.httpcomponents</groupId>
                            <artifactId>httpclient</artifactId>
                            <version>4.5.14</version>
                          </dependency>
                        </dependencies>
                      </dependencyManagement>

                      <dependencies>""")
                .replace("<version>1.12</version>", """
                    <version>1.12</version>
                          <exclusions>
                            <exclusion>
                              <groupId>commons-configuration</groupId>
                              <artifactId>commons-configuration</artifactId>
                            </exclusion>
                          </exclusions>""");
        Files.writeString(pom, xml);
        MavenBuild.Outcome run = MavenBuild.run(sdk, "-X", "iris-migrate:check", "-Diris-migrate.failOn=none");
        assertThat(run.succeeded()).as(run.log()).isTrue();
        String classpath = run.log().lines().filter(l -> l.contains("iris-migrate: classpath for types of")).findFirst().orElseThrow();
        // httpclient comes in through the SDK (4.3.6 in its POM); the build manages it to 4.5.14 and excludes
        // commons-configuration, which the SDK also brings
        assertThat(classpath).contains("bandwidth-java-iris-sdk-1.12.jar").contains("httpclient-4.5.14.jar")
                .doesNotContain("httpclient-4.3.6.jar").doesNotContain("commons-configuration-1.10.jar");
        assertThat(run.log()).doesNotContain("could not be resolved");
    }

    @Test
    void aCheckWhoseChangeTouchesNoDashboardCodeReusesTheLastScan() throws Exception {
        Path demo = MavenBuild.copy("demo", "cache");
        MavenBuild.Outcome first = MavenBuild.run(demo, "iris-migrate:check");
        assertThat(first.log()).contains("BUILD FAILURE").contains("iris-migrate: parsed").doesNotContain("findings are reused");
        assertThat(demo.resolve("target/iris-migrate-cache.bin")).isRegularFile();
        JsonNode report = JSON.readTree(demo.resolve("target/iris-migrate/findings.json").toFile()).get("findings");

        Files.writeString(demo.resolve("src/main/java/com/acme/numbers/web/Plain.java"),
                "package com.acme.numbers.web;\n\nclass Plain {\n}\n");
        MavenBuild.Outcome second = MavenBuild.run(demo, "iris-migrate:check");
        assertThat(second.log()).contains("findings are reused").doesNotContain("iris-migrate: parsed")
                .contains("BUILD FAILURE").contains("19 Bandwidth Dashboard API v1 usage(s)");
        assertThat(JSON.readTree(demo.resolve("target/iris-migrate/findings.json").toFile()).get("findings")).isEqualTo(report);

        MavenBuild.Outcome off = MavenBuild.run(demo, "iris-migrate:check", "-Diris-migrate.cache=false");
        assertThat(off.log()).contains("iris-migrate: parsed").doesNotContain("findings are reused")
                .contains("19 Bandwidth Dashboard API v1 usage(s)");
    }

    @Test
    void theScanJvmReportsWhatMavensJvmReportsAndSaysWhenItRunsOutOfMemory() throws Exception {
        Path demo = MavenBuild.copy("demo", "fork");
        // OpenRewrite's parser does not print this Javadoc back as written: the file is skipped with that reason,
        // which the scan JVM (whose SLF4J comes from Maven's core) must give as Maven's JVM does
        Path escapes = demo.resolve("src/main/java/com/acme/Escapes.java");
        Files.writeString(escapes, "package com.acme;\n/**\n * Iris report bytes {@code '\\u005Cu0000'} through {@code '\\u005Cu00FF'}.\n */\n"
                + "class Escapes {\n}\n");
        MavenBuild.Outcome forked = MavenBuild.run(demo, "iris-migrate:check", "-Diris-migrate.cache=false");
        assertThat(forked.log()).contains("iris-migrate: parsed").contains("19 Bandwidth Dashboard API v1 usage(s)")
                .contains("src/main/java/com/acme/Escapes.java: does not parse as java, skipped: OpenRewrite's parser cannot print it back exactly as written")
                .doesNotContain("iris-migrate scan JVM:").doesNotContain("NoClassDefFoundError").doesNotContain("SLF4J");
        JsonNode report = JSON.readTree(demo.resolve("target/iris-migrate/findings.json").toFile());

        MavenBuild.Outcome inMaven = MavenBuild.run(demo, "iris-migrate:check", "-Diris-migrate.cache=false",
                "-Diris-migrate.fork=false");
        assertThat(inMaven.log()).contains("iris-migrate: parsed").contains("19 Bandwidth Dashboard API v1 usage(s)");
        JsonNode inMavenReport = JSON.readTree(demo.resolve("target/iris-migrate/findings.json").toFile());
        assertThat(inMavenReport.get("findings")).isEqualTo(report.get("findings"));
        assertThat(inMavenReport.get("errors")).isEqualTo(report.get("errors")).hasSize(1);
        Files.delete(escapes);

        MavenBuild.Outcome starved = MavenBuild.run(demo, "iris-migrate:check", "-Diris-migrate.cache=false",
                "-Diris-migrate.jvmArgs=-XX:+UseSerialGC -Xmx6m");
        assertThat(starved.succeeded()).isFalse();
        assertThat(starved.log()).contains("iris-migrate:check could not scan").contains("OutOfMemoryError")
                .contains("-Diris-migrate.jvmArgs=\"-XX:+UseSerialGC -Xmx4g\"").contains("-Diris-migrate.fork=false");
    }

    @Test
    void parametersBehaveAsDocumented() throws Exception {
        Path demo = MavenBuild.copy("demo", "parameters");
        MavenBuild.Outcome skipped = MavenBuild.run(demo, "iris-migrate:check", "-Diris-migrate.skip=true");
        assertThat(skipped.succeeded()).isTrue();
        assertThat(skipped.log()).contains("iris-migrate:check skipped (iris-migrate.skip=true)");

        MavenBuild.Outcome none = MavenBuild.run(demo, "iris-migrate:check", "-Diris-migrate.failOn=none", "-Diris-migrate.formats=json");
        assertThat(none.succeeded()).as(none.log()).isTrue();
        try (Stream<Path> reports = Files.list(demo.resolve("target/iris-migrate"))) {
            assertThat(reports.map(p -> p.getFileName().toString())).containsExactly("findings.json");
        }

        MavenBuild.Outcome configOnly = MavenBuild.run(demo, "iris-migrate:check", "-Diris-migrate.excludes=**/*.java");
        assertThat(configOnly.log()).contains("2 Bandwidth Dashboard API v1 usage(s)");

        MavenBuild.Outcome nothing = MavenBuild.run(demo, "iris-migrate:check", "-Diris-migrate.includes=nothing/**");
        assertThat(nothing.succeeded()).isTrue();
        assertThat(nothing.log()).contains("scanned 0 files");

        MavenBuild.Outcome bad = MavenBuild.run(demo, "iris-migrate:check", "-Diris-migrate.failOn=sometimes");
        assertThat(bad.succeeded()).isFalse();
        assertThat(bad.log()).contains("Invalid iris-migrate.failOn 'sometimes': use error, warning, note or none");

        MavenBuild.Outcome errorsOnly = MavenBuild.run(demo, "iris-migrate:check", "-Diris-migrate.failOn=error",
                "-Diris-migrate.formats=xml");
        assertThat(errorsOnly.log()).contains("Invalid iris-migrate.formats 'xml'");
    }

    @Test
    void multiModuleBuildScansEachModuleOnceAndGivesOneVerdictOverAll() throws Exception {
        Path project = MavenBuild.copy("multi-module", "multi-module");
        MavenBuild.Outcome build = MavenBuild.run(project, "-T", "2", "iris-migrate:check");
        assertThat(build.succeeded()).isFalse();
        assertThat(build.log()).contains("2 Bandwidth Dashboard API v1 usage(s) at or above 'warning' remain in this build");
        assertThat(project.resolve("iris-config/target/iris-migrate/findings.json")).exists();
        assertThat(project.resolve("numbers-service/target/iris-migrate/findings.json")).exists();
        JsonNode aggregate = JSON.readTree(project.resolve("target/iris-migrate/findings.json").toFile());
        assertThat(aggregate.get("findings")).hasSize(2);
        assertThat(build.log().split("scanning \\d+ files under", -1)).hasSize(3);
    }
}
