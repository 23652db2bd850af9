package io.github.irismigrate.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.irismigrate.catalog.Rule;
import io.github.irismigrate.catalog.Severity;
import io.github.irismigrate.engine.Finding;
import io.github.irismigrate.engine.ScanResult;
import io.github.irismigrate.engine.ToolError;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@code findings.json}: the findings in a plain shape, described by the JSON Schema shipped as {@value #SCHEMA_RESOURCE}
 * (its {@code $id} is {@value #SCHEMA_ID}; every file names it in {@code $schema}).
 *
 * <pre>{@code
 * { "$schema", "tool", "version", "project",
 *   "summary": { "total", "bySeverity": {error, warning, note}, "byRule": {BW001..BW011}, "suppressed", "baselined",
 *                "fixable", "fixed" },
 *   "findings": [ { "ruleId", "ruleName", "severity", "file", "line", "column", "endLine", "endColumn", "message",
 *                   "snippet", "fixable", "fixed", "suppressed", "baselined", "suppressionReason", "fingerprint",
 *                   "helpUri", "fixDiff" } ],
 *   "errors": [ { "file", "ruleId", "message" } ],
 *   "filesScanned", "filesFixed" }
 * }</pre>
 *
 * Counts in {@code summary} cover every finding in the file, suppressed and baselined ones included; {@code open}
 * counts those that neither an inline comment nor the baseline suppresses. {@code suppressed} means an inline
 * {@code iris-migrate:ignore} comment, {@code baselined} a baseline entry. Findings keep the scan's order.
 * Credentials in messages, snippets, diffs and reasons are replaced by {@value SecretMasker#MASK} ({@link SecretMasker}),
 * so columns index into the source line, not always into the masked snippet.
 */
public final class JsonReport implements ReportWriter {

    public static final String SCHEMA_ID =
            "https://raw.githubusercontent.com/irismigrate/iris-migrate/main/src/main/resources/META-INF/iris-migrate/findings.schema.json";
    /** Class-path location of the schema. */
    public static final String SCHEMA_RESOURCE = "/META-INF/iris-migrate/findings.schema.json";

    @Override
    public void write(ScanResult result, String toolVersion, OutputStream out) throws IOException {
        JsonOutput.write(toJson(result, toolVersion), out);
    }

    /** The report as a JSON tree. */
    public ObjectNode toJson(ScanResult result, String toolVersion) {
        ObjectNode root = JsonOutput.object();
        root.put("$schema", SCHEMA_ID);
        root.put("tool", JsonOutput.TOOL_NAME);
        root.put("version", toolVersion);
        root.put("project", result.projectName());
        root.set("summary", summary(result));
        ArrayNode findings = root.putArray("findings");
        result.findings().forEach(f -> findings.add(finding(f)));
        ArrayNode errors = root.putArray("errors");
        result.errors().forEach(e -> errors.add(error(e)));
        root.put("filesScanned", result.filesScanned());
        root.put("filesFixed", result.filesFixed());
        return root;
    }

    private static ObjectNode summary(ScanResult result) {
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        Map<Rule, Integer> byRule = new EnumMap<>(Rule.class);
        int open = 0;
        int suppressed = 0;
        int baselined = 0;
        int fixable = 0;
        int fixed = 0;
        for (Finding f : result.findings()) {
            bySeverity.merge(f.severity(), 1, Integer::sum);
            byRule.merge(f.rule(), 1, Integer::sum);
            open += f.counts() ? 1 : 0;
            suppressed += is(f, Finding.Suppression.Kind.INLINE) ? 1 : 0;
            baselined += is(f, Finding.Suppression.Kind.BASELINE) ? 1 : 0;
            fixable += f.fixable() ? 1 : 0;
            fixed += f.fixed() ? 1 : 0;
        }
        ObjectNode summary = JsonOutput.object();
        summary.put("total", result.findings().size());
        summary.put("open", open);
        ObjectNode severities = summary.putObject("bySeverity");
        for (Severity s : Severity.values()) {
            severities.put(s.label(), bySeverity.getOrDefault(s, 0));
        }
        ObjectNode rules = summary.putObject("byRule");
        for (Rule r : Rule.values()) {
            rules.put(r.id(), byRule.getOrDefault(r, 0));
        }
        summary.put("suppressed", suppressed);
        summary.put("baselined", baselined);
        summary.put("fixable", fixable);
        summary.put("fixed", fixed);
        return summary;
    }

    private static ObjectNode finding(Finding f) {
        ObjectNode node = JsonOutput.object();
        node.put("ruleId", f.rule().id());
        node.put("ruleName", f.rule().ruleName());
        node.put("severity", f.severity().label());
        node.put("file", f.file());
        node.put("line", f.line());
        node.put("column", f.column());
        node.put("endLine", f.endLine());
        node.put("endColumn", f.endColumn());
        node.put("message", SecretMasker.mask(f.message()));
        node.put("snippet", SecretMasker.mask(f.snippet()));
        node.put("fixable", f.fixable());
        node.put("fixed", f.fixed());
        node.put("suppressed", is(f, Finding.Suppression.Kind.INLINE));
        node.put("baselined", is(f, Finding.Suppression.Kind.BASELINE));
        Finding.Suppression suppression = f.suppression();
        node.put("suppressionReason", suppression == null ? null : SecretMasker.mask(suppression.reason()));
        node.put("fingerprint", f.fingerprint());
        node.put("helpUri", f.rule().helpUri());
        String diff = f.fixDiff();
        node.put("fixDiff", diff == null ? null : SecretMasker.mask(diff));
        return node;
    }

    private static ObjectNode error(ToolError e) {
        ObjectNode node = JsonOutput.object();
        node.put("file", e.file());
        node.put("ruleId", e.ruleId());
        node.put("message", SecretMasker.mask(e.message()));
        return node;
    }

    private static boolean is(Finding f, Finding.Suppression.Kind kind) {
        Finding.Suppression s = f.suppression();
        return s != null && s.kind() == kind;
    }
}
