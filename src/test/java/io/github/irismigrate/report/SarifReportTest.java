package io.github.irismigrate.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.irismigrate.catalog.Rule;
import io.github.irismigrate.engine.Finding;
import io.github.irismigrate.engine.ScanResult;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.github.irismigrate.report.SampleScans.*;
import static org.assertj.core.api.Assertions.assertThat;

class SarifReportTest {

    @TempDir
    Path dir;

    private JsonNode written(ScanResult scan) throws IOException {
        Path file = Reports.write(scan, Set.of(ReportFormat.SARIF), dir, "1.2.3").get(0);
        assertThat(file.getFileName()).hasToString("findings.sarif");
        assertThat(SchemaCheck.SARIF.violations(file)).as("OASIS SARIF 2.1.0 schema").isEmpty();
        return SchemaCheck.read(file);
    }

    private JsonNode run(ScanResult scan) throws IOException {
        return written(scan).path("runs").get(0);
    }

    private JsonNode resultFor(JsonNode run, Rule rule) {
        for (JsonNode r : run.path("results")) {
            if (r.path("ruleId").asText().equals(rule.id())) {
                return r;
            }
        }
        throw new AssertionError("no result for " + rule);
    }

    @Test
    void realisticScanIsValidSarif() throws IOException {
        JsonNode log = written(realistic());
        assertThat(log.path("$schema").asText()).isEqualTo(SarifReport.SCHEMA_URI);
        assertThat(log.path("version").asText()).isEqualTo("2.1.0");
        assertThat(log.path("runs")).hasSize(1);
    }

    @Test
    void emptyScanIsValidSarifWithAllRulesAndNoResults() throws IOException {
        JsonNode run = run(empty());
        assertThat(run.path("results")).isEmpty();
        assertThat(run.at("/tool/driver/rules")).hasSize(Rule.values().length);
        assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isTrue();
        assertThat(run.at("/invocations/0").has("toolExecutionNotifications")).isFalse();
    }

    @Test
    void driverListsEveryCatalogRuleWithItsMetadata() throws IOException {
        JsonNode driver = run(realistic()).at("/tool/driver");
        assertThat(driver.path("name").asText()).isEqualTo("iris-migrate");
        assertThat(driver.path("version").asText()).isEqualTo("1.2.3");
        assertThat(driver.path("informationUri").asText()).startsWith("https://");
        JsonNode rules = driver.path("rules");
        assertThat(rules).hasSize(11);
        for (Rule rule : Rule.values()) {
            JsonNode descriptor = rules.get(rule.ordinal());
            assertThat(descriptor.path("id").asText()).isEqualTo(rule.id());
            assertThat(descriptor.path("name").asText()).isEqualTo(rule.ruleName());
            assertThat(descriptor.at("/shortDescription/text").asText()).isEqualTo(rule.shortDescription());
            assertThat(descriptor.at("/fullDescription/text").asText()).isEqualTo(rule.fullDescription());
            assertThat(descriptor.at("/defaultConfiguration/level").asText()).isEqualTo(rule.severity().label());
            assertThat(descriptor.path("helpUri").asText()).isEqualTo(rule.helpUri());
        }
        assertThat(rules.get(Rule.BW007.ordinal()).at("/defaultConfiguration/level").asText()).isEqualTo("warning");
        assertThat(rules.get(Rule.BW010.ordinal()).at("/defaultConfiguration/level").asText()).isEqualTo("note");
        assertThat(rules.get(Rule.BW001.ordinal()).at("/defaultConfiguration/level").asText()).isEqualTo("error");
    }

    @Test
    void resultCarriesRuleLevelMessageRelativeLocationRegionAndFingerprint() throws IOException {
        JsonNode run = run(realistic());
        assertThat(run.path("results")).hasSize(5);
        JsonNode result = run.path("results").get(0);
        assertThat(result.path("ruleId").asText()).isEqualTo("BW001");
        assertThat(result.path("ruleIndex").asInt()).isEqualTo(0);
        assertThat(result.path("level").asText()).isEqualTo("error");
        assertThat(result.at("/message/text").asText()).startsWith("[BW001] the Dashboard API moves to /api/v2/;");

        JsonNode location = result.at("/locations/0/physicalLocation");
        assertThat(location.at("/artifactLocation/uri").asText()).isEqualTo(CONFIG_JAVA);
        assertThat(location.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
        JsonNode region = location.path("region");
        int column = BASE_URL_LINE.indexOf('"') + 1;
        assertThat(region.path("startLine").asInt()).isEqualTo(12);
        assertThat(region.path("startColumn").asInt()).isEqualTo(column);
        assertThat(region.path("endLine").asInt()).isEqualTo(12);
        assertThat(region.path("endColumn").asInt()).isEqualTo(column + "\"https://dashboard.bandwidth.com/api/\"".length());
        assertThat(region.at("/snippet/text").asText()).isEqualTo("\"https://dashboard.bandwidth.com/api/\"");
        assertThat(location.at("/contextRegion/startLine").asInt()).isEqualTo(12);
        assertThat(location.at("/contextRegion/snippet/text").asText()).isEqualTo(BASE_URL_LINE);

        assertThat(result.at("/partialFingerprints/irisMigrate~1v1").asText()).isEqualTo("bw001:6f1c2e");
        assertThat(result.has("suppressions")).isFalse();

        JsonNode warning = resultFor(run, Rule.BW007);
        assertThat(warning.path("level").asText()).isEqualTo("warning");
        assertThat(warning.path("ruleIndex").asInt()).isEqualTo(6);
    }

    @Test
    void regionThatIsTheWholeLineHasNoContextRegion() throws IOException {
        String line = "https://dashboard.bandwidth.com/api/";
        Finding whole = SampleScans.finding(Rule.BW001, "config/base-url.txt", 1, line, line, "m", true, null, null, "fp");
        JsonNode location = run(new ScanResult("p", List.of(whole), List.of(), 1, 0, 1))
                .at("/results/0/locations/0/physicalLocation");
        assertThat(location.at("/region/snippet/text").asText()).isEqualTo(line);
        assertThat(location.has("contextRegion")).isFalse();
    }

    @Test
    void ruleIndexPointsAtTheResultsRule() throws IOException {
        JsonNode run = run(realistic());
        JsonNode rules = run.at("/tool/driver/rules");
        for (JsonNode result : run.path("results")) {
            assertThat(rules.get(result.path("ruleIndex").asInt()).path("id").asText())
                    .isEqualTo(result.path("ruleId").asText());
        }
    }

    @Test
    void multiLineRegionHasNoCutSnippetButKeepsItsLineAsContext() throws IOException {
        JsonNode location = resultFor(run(realistic()), Rule.BW002).at("/locations/0/physicalLocation");
        assertThat(location.at("/region/startLine").asInt()).isEqualTo(40);
        assertThat(location.at("/region/startColumn").asInt()).isEqualTo(25);
        assertThat(location.at("/region/endLine").asInt()).isEqualTo(41);
        assertThat(location.at("/region/endColumn").asInt()).isEqualTo(30);
        // the finding holds only the first line: no region text, and no context that would not cover the region
        assertThat(location.path("region").has("snippet")).isFalse();
        assertThat(location.has("contextRegion")).isFalse();
    }

    @Test
    void suppressedAndBaselinedResultsCarrySuppressions() throws IOException {
        JsonNode run = run(realistic());
        JsonNode inline = resultFor(run, Rule.BW006).path("suppressions");
        assertThat(inline).hasSize(1);
        assertThat(inline.at("/0/kind").asText()).isEqualTo("inSource");
        assertThat(inline.at("/0/justification").asText()).isEqualTo("fixture for the \"legacy\" simulator <v1>");
        JsonNode baseline = resultFor(run, Rule.BW007).path("suppressions");
        assertThat(baseline.at("/0/kind").asText()).isEqualTo("external");
        assertThat(baseline.at("/0/justification").asText()).isEqualTo("in baseline iris-migrate-baseline.json");
    }

    @Test
    void specialCharactersSurviveInMessageAndSnippet() throws IOException {
        JsonNode result = resultFor(run(realistic()), Rule.BW006);
        assertThat(result.at("/message/text").asText()).isEqualTo(XML_MESSAGE);
        assertThat(result.at("/locations/0/physicalLocation/region/snippet/text").asText()).isEqualTo("9195551234");
        assertThat(result.at("/locations/0/physicalLocation/contextRegion/snippet/text").asText()).isEqualTo(XML_LINE);
        assertThat(Files.readString(dir.resolve("findings.sarif"))).contains("Müller").contains("📞");
    }

    @Test
    void pathWithSpaceHashAndNonAsciiIsAnEncodedRelativeUri() throws IOException {
        JsonNode location = resultFor(run(realistic()), Rule.BW004).at("/locations/0/physicalLocation/artifactLocation");
        assertThat(location.path("uri").asText()).isEqualTo("src/main/java/com/acme/%C3%9Cnicode%20dir/Orders%231.java");
        assertThat(location.path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(run(realistic()).at("/originalUriBaseIds/%SRCROOT%/description/text").asText())
                .contains("acme-telecom");
    }

    @Test
    void fixDiffBecomesAFixThatReplacesTheChangedLine() throws IOException {
        JsonNode result = run(realistic()).path("results").get(0);
        JsonNode fix = result.at("/fixes/0");
        assertThat(fix.at("/description/text").asText()).contains("BW001").contains("iris-migrate:fix");
        assertThat(fix.at("/description/markdown").asText()).contains("```diff").contains("+    private static final String BASE");
        JsonNode change = fix.at("/artifactChanges/0");
        assertThat(change.at("/artifactLocation/uri").asText()).isEqualTo(CONFIG_JAVA);
        assertThat(change.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
        JsonNode replacement = change.at("/replacements/0");
        assertThat(change.path("replacements")).hasSize(1);
        // the diff's hunk starts at line 11 with one context line: line 12 is replaced, with its line end
        assertThat(replacement.at("/deletedRegion/startLine").asInt()).isEqualTo(12);
        assertThat(replacement.at("/deletedRegion/startColumn").asInt()).isEqualTo(1);
        assertThat(replacement.at("/deletedRegion/endLine").asInt()).isEqualTo(13);
        assertThat(replacement.at("/deletedRegion/endColumn").asInt()).isEqualTo(1);
        assertThat(replacement.at("/insertedContent/text").asText())
                .isEqualTo("    private static final String BASE = \"https://dashboard.bandwidth.com/api/v2/\";\n");
        assertThat(result.at("/properties/fixDiff").asText()).isEqualTo(BASE_URL_DIFF);
        assertThat(result.at("/properties/fixable").asBoolean()).isTrue();

        assertThat(resultFor(run(realistic()), Rule.BW004).has("fixes")).isFalse();
    }

    @Test
    void unreadableDiffStaysInPropertiesWithoutAnInvalidFix() throws IOException {
        ScanResult scan = realistic();
        List<Finding> findings = new ArrayList<>(scan.findings());
        findings.set(0, findings.get(0).withFixDiff("replace the base URL by hand"));
        JsonNode result = run(new ScanResult("p", findings, List.of(), 1, 0, 1)).path("results").get(0);
        assertThat(result.has("fixes")).isFalse();
        assertThat(result.at("/properties/fixDiff").asText()).isEqualTo("replace the base URL by hand");
    }

    @Test
    void toolErrorsAreErrorNotificationsNamingTheFile() throws IOException {
        JsonNode invocation = run(realistic()).at("/invocations/0");
        assertThat(invocation.path("executionSuccessful").asBoolean()).isFalse();
        JsonNode notifications = invocation.path("toolExecutionNotifications");
        assertThat(notifications).hasSize(2);
        assertThat(notifications.at("/0/level").asText()).isEqualTo("error");
        assertThat(notifications.at("/0/message/text").asText())
                .isEqualTo("src/main/java/com/acme/telecom/Broken.java: could not parse: ';' expected at 14:9");
        assertThat(notifications.at("/0/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("src/main/java/com/acme/telecom/Broken.java");
        assertThat(notifications.at("/0").has("associatedRule")).isFalse();
        assertThat(notifications.at("/1/message/text").asText()).startsWith("config/application.yml: ");
        assertThat(notifications.at("/1/associatedRule/id").asText()).isEqualTo("BW005");
        assertThat(notifications.at("/1/associatedRule/index").asInt()).isEqualTo(4);
    }

    @Test
    void sameScanGivesTheSameBytes() throws IOException {
        var first = new java.io.ByteArrayOutputStream();
        var second = new java.io.ByteArrayOutputStream();
        new SarifReport().write(realistic(), "1.2.3", first);
        new SarifReport().write(realistic(), "1.2.3", second);
        assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
        String text = first.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\n  \"$schema\": ").endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void writerLeavesTheStreamOpen() throws IOException {
        var out = new java.io.ByteArrayOutputStream() {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        };
        new SarifReport().write(empty(), "1", out);
        assertThat(out.closed).isFalse();
    }

    /** The validation is not vacuous: the schema rejects what SARIF forbids. */
    @Test
    void schemaRejectsAnInvalidLog() {
        ObjectNode log = new SarifReport().toSarif(realistic(), "1.2.3");
        assertThat(SchemaCheck.SARIF.violations(log)).isEmpty();
        ObjectNode result = (ObjectNode) log.at("/runs/0/results/0");
        result.put("level", "fatal");
        ((ObjectNode) result.at("/locations/0/physicalLocation/region")).put("startLine", 0);
        ((ObjectNode) log.at("/runs/0/tool/driver/rules/0")).put("helpUri", "docs/rules/BW001.md");
        assertThat(SchemaCheck.SARIF.violations(log)).hasSize(3).anyMatch(v -> v.contains("helpUri"));
        ObjectNode fresh = new SarifReport().toSarif(realistic(), "1.2.3");
        ((ObjectNode) fresh.at("/runs/0/results/0/fixes/0/artifactChanges/0")).putArray("replacements");
        assertThat(SchemaCheck.SARIF.violations(fresh)).isNotEmpty();
    }

    @Nested
    class FixDiffs {

        @Test
        void pureInsertionGoesBeforeTheLineAfterItsAnchor() {
            List<FixDiff.Change> changes = FixDiff.changes("""
                    @@ -5,0 +6,2 @@
                    +a
                    +b
                    """);
            assertThat(changes).containsExactly(new FixDiff.Change(6, 0, List.of("a", "b")));
        }

        @Test
        void pureDeletionAndSeveralRunsInOneHunk() {
            List<FixDiff.Change> changes = FixDiff.changes("""
                    --- a/x
                    +++ b/x
                    @@ -3,4 +3,3 @@
                     keep
                    -drop
                     keep
                    --- starts like a header
                    +++ also looks like one
                    """);
            assertThat(changes).containsExactly(
                    new FixDiff.Change(4, 1, List.of()),
                    new FixDiff.Change(6, 1, List.of("++ also looks like one")));
        }

        @Test
        void twoHunks() {
            List<FixDiff.Change> changes = FixDiff.changes("""
                    @@ -1 +1 @@
                    -old
                    +new
                    @@ -10,2 +10,2 @@
                     ctx
                    -x
                    \\ No newline at end of file
                    +y
                    \\ No newline at end of file
                    """);
            assertThat(changes).containsExactly(
                    new FixDiff.Change(1, 1, List.of("new")),
                    new FixDiff.Change(11, 1, List.of("y")));
        }

        @Test
        void textThatIsNotADiffOrIsCutShortGivesNothing() {
            assertThat(FixDiff.changes("")).isEmpty();
            assertThat(FixDiff.changes("use /api/v2/")).isEmpty();
            assertThat(FixDiff.changes("@@ -1,3 +1,3 @@\n-a\n+b\n")).isEmpty();
        }
    }
}
