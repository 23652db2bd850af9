package io.github.irismigrate.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.irismigrate.catalog.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.github.irismigrate.report.SampleScans.*;
import static org.assertj.core.api.Assertions.assertThat;

class JsonReportTest {

    @TempDir
    Path dir;

    private JsonNode written(io.github.irismigrate.engine.ScanResult scan) throws IOException {
        Path file = Reports.write(scan, Set.of(ReportFormat.JSON), dir, "1.2.3").get(0);
        assertThat(file.getFileName()).hasToString("findings.json");
        assertThat(SchemaCheck.FINDINGS_JSON.violations(file)).as("shipped findings.schema.json").isEmpty();
        return SchemaCheck.read(file);
    }

    @Test
    void shippedSchemaIsAValidDraft202012SchemaAndTheOutputNamesIt() {
        JsonNode schema = SchemaCheck.FINDINGS_JSON.schemaNode;
        assertThat(schema.path("$id").asText()).isEqualTo(JsonReport.SCHEMA_ID);
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        Set<ValidationMessage> problems = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"))
                .validate(schema);
        assertThat(problems).isEmpty();
    }

    @Test
    void realisticAndEmptyScansAreValidAgainstTheShippedSchema() throws IOException {
        JsonNode report = written(realistic());
        assertThat(report.path("$schema").asText()).isEqualTo(JsonReport.SCHEMA_ID);
        assertThat(report.path("tool").asText()).isEqualTo("iris-migrate");
        assertThat(report.path("version").asText()).isEqualTo("1.2.3");
        assertThat(report.path("project").asText()).isEqualTo("acme-telecom");
        assertThat(report.path("filesScanned").asInt()).isEqualTo(42);

        JsonNode clean = written(empty());
        assertThat(clean.path("findings")).isEmpty();
        assertThat(clean.path("errors")).isEmpty();
        assertThat(clean.at("/summary/total").asInt()).isZero();
    }

    @Test
    void summaryCountsSeveritiesRulesAndStates() throws IOException {
        JsonNode summary = written(realistic()).path("summary");
        assertThat(summary.path("total").asInt()).isEqualTo(5);
        assertThat(summary.path("open").asInt()).isEqualTo(3);
        assertThat(summary.at("/bySeverity/error").asInt()).isEqualTo(4);
        assertThat(summary.at("/bySeverity/warning").asInt()).isEqualTo(1);
        assertThat(summary.at("/bySeverity/note").asInt()).isZero();
        List<String> ruleKeys = new ArrayList<>();
        summary.path("byRule").fieldNames().forEachRemaining(ruleKeys::add);
        assertThat(ruleKeys).containsExactly("BW001", "BW002", "BW003", "BW004", "BW005", "BW006", "BW007", "BW008",
                "BW009", "BW010", "BW011");
        assertThat(summary.at("/byRule/BW001").asInt()).isEqualTo(1);
        assertThat(summary.at("/byRule/BW003").asInt()).isZero();
        assertThat(summary.path("suppressed").asInt()).isEqualTo(1);
        assertThat(summary.path("baselined").asInt()).isEqualTo(1);
        assertThat(summary.path("fixable").asInt()).isEqualTo(3);
        assertThat(summary.path("fixed").asInt()).isZero();
    }

    @Test
    void findingsKeepTheirOrderAndEveryField() throws IOException {
        JsonNode findings = written(realistic()).path("findings");
        assertThat(findings).extracting(f -> f.path("ruleId").asText())
                .containsExactly("BW001", "BW006", "BW007", "BW004", "BW002");

        JsonNode first = findings.get(0);
        List<String> keys = new ArrayList<>();
        first.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("ruleId", "ruleName", "severity", "file", "line", "column", "endLine",
                "endColumn", "message", "snippet", "fixable", "fixed", "suppressed", "baselined", "suppressionReason",
                "fingerprint", "helpUri", "fixDiff");
        int column = BASE_URL_LINE.indexOf('"') + 1;
        assertThat(first.path("ruleName").asText()).isEqualTo("v1-base-path");
        assertThat(first.path("severity").asText()).isEqualTo("error");
        assertThat(first.path("file").asText()).isEqualTo(CONFIG_JAVA);
        assertThat(first.path("line").asInt()).isEqualTo(12);
        assertThat(first.path("column").asInt()).isEqualTo(column);
        assertThat(first.path("endLine").asInt()).isEqualTo(12);
        assertThat(first.path("endColumn").asInt()).isEqualTo(column + 38);
        assertThat(first.path("snippet").asText()).isEqualTo(BASE_URL_LINE);
        assertThat(first.path("fixable").asBoolean()).isTrue();
        assertThat(first.path("fixed").asBoolean()).isFalse();
        assertThat(first.path("suppressed").asBoolean()).isFalse();
        assertThat(first.path("baselined").asBoolean()).isFalse();
        assertThat(first.path("suppressionReason").isNull()).isTrue();
        assertThat(first.path("fingerprint").asText()).isEqualTo("bw001:6f1c2e");
        assertThat(first.path("helpUri").asText()).isEqualTo(Rule.BW001.helpUri());
        assertThat(first.path("fixDiff").asText()).isEqualTo(BASE_URL_DIFF);

        JsonNode inline = findings.get(1);
        assertThat(inline.path("suppressed").asBoolean()).isTrue();
        assertThat(inline.path("baselined").asBoolean()).isFalse();
        assertThat(inline.path("suppressionReason").asText()).isEqualTo("fixture for the \"legacy\" simulator <v1>");
        assertThat(inline.path("message").asText()).isEqualTo(XML_MESSAGE);
        assertThat(inline.path("snippet").asText()).isEqualTo(XML_LINE);

        JsonNode baselined = findings.get(2);
        assertThat(baselined.path("severity").asText()).isEqualTo("warning");
        assertThat(baselined.path("suppressed").asBoolean()).isFalse();
        assertThat(baselined.path("baselined").asBoolean()).isTrue();
        assertThat(baselined.path("fixDiff").isNull()).isTrue();

        assertThat(findings.get(3).path("file").asText()).isEqualTo(ODD_PATH);
    }

    @Test
    void toolErrorsAreListed() throws IOException {
        JsonNode errors = written(realistic()).path("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.at("/0/file").asText()).isEqualTo("src/main/java/com/acme/telecom/Broken.java");
        assertThat(errors.at("/0/ruleId").isNull()).isTrue();
        assertThat(errors.at("/0/message").asText()).isEqualTo("could not parse: ';' expected at 14:9");
        assertThat(errors.at("/1/ruleId").asText()).isEqualTo("BW005");
    }

    @Test
    void outputIsStablePrettyUtf8() throws IOException {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        new JsonReport().write(realistic(), "1.2.3", first);
        new JsonReport().write(realistic(), "1.2.3", second);
        assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
        String text = first.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\n  \"$schema\": \"" + JsonReport.SCHEMA_ID + "\",\n  \"tool\": \"iris-migrate\",")
                .endsWith("}\n").contains("Müller").contains("📞").doesNotContain("\r");
        List<String> keys = new ArrayList<>();
        SchemaCheck.MAPPER.readTree(text).fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("$schema", "tool", "version", "project", "summary", "findings", "errors",
                "filesScanned", "filesFixed");
        Path file = Reports.write(realistic(), Set.of(ReportFormat.JSON), dir, "1.2.3").get(0);
        assertThat(Files.readAllBytes(file)).isEqualTo(first.toByteArray());
    }

    /** The validation is not vacuous: the schema rejects undocumented fields and wrong types. */
    @Test
    void schemaRejectsDrift() {
        ObjectNode report = new JsonReport().toJson(realistic(), "1.2.3");
        assertThat(SchemaCheck.FINDINGS_JSON.violations(report)).isEmpty();
        ((ObjectNode) report.at("/findings/0")).put("undocumented", true);
        ((ObjectNode) report.at("/findings/1")).put("severity", "fatal");
        ((ObjectNode) report.at("/findings/2")).put("line", 0);
        assertThat(SchemaCheck.FINDINGS_JSON.violations(report)).hasSize(3);
    }
}
