package io.github.irismigrate.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.irismigrate.catalog.Rule;
import io.github.irismigrate.engine.Finding;
import io.github.irismigrate.engine.ScanResult;
import io.github.irismigrate.engine.ToolError;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code findings.sarif}: SARIF 2.1.0 with one run. The driver lists every catalog rule, in catalog order, so
 * {@code ruleIndex} is the rule's position in {@link Rule#values()}. Artifact URIs are relative to
 * {@value #SRCROOT}, the project root. Columns are UTF-16 code units, end columns exclusive, as in
 * {@link Finding}.
 *
 * <p>Per result: a {@code partialFingerprints} entry {@value #FINGERPRINT_KEY}; a SARIF {@code fix} when the
 * finding has a fix diff the writer can turn into replacements (the diff itself is always in the result's
 * properties); {@code suppressions} ({@code inSource} for an inline comment, {@code external} for the baseline)
 * when it does not count. Files the tool could not handle are {@code toolExecutionNotifications} of level
 * {@code error}, and make {@code executionSuccessful} false.
 */
public final class SarifReport implements ReportWriter {

    public static final String SCHEMA_URI =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    public static final String SRCROOT = "%SRCROOT%";
    public static final String FINGERPRINT_KEY = "irisMigrate/v1";

    @Override
    public void write(ScanResult result, String toolVersion, OutputStream out) throws IOException {
        JsonOutput.write(toSarif(result, toolVersion), out);
    }

    /** The SARIF log as a JSON tree. */
    public ObjectNode toSarif(ScanResult result, String toolVersion) {
        ObjectNode log = JsonOutput.object();
        log.put("$schema", SCHEMA_URI);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();

        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", JsonOutput.TOOL_NAME);
        driver.put("informationUri", JsonOutput.INFORMATION_URI);
        driver.put("version", toolVersion);
        ArrayNode rules = driver.putArray("rules");
        for (Rule rule : Rule.values()) {
            rules.add(rule(rule));
        }

        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", result.errors().isEmpty());
        if (!result.errors().isEmpty()) {
            ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
            result.errors().forEach(e -> notifications.add(notification(e)));
        }

        ObjectNode srcRoot = run.putObject("originalUriBaseIds").putObject(SRCROOT);
        srcRoot.putObject("description").put("text", "The root directory of project " + result.projectName());

        ArrayNode results = run.putArray("results");
        result.findings().forEach(f -> results.add(result(f)));

        run.put("columnKind", "utf16CodeUnits");
        ObjectNode properties = run.putObject("properties");
        properties.put("project", result.projectName());
        properties.put("filesScanned", result.filesScanned());
        properties.put("filesFixed", result.filesFixed());
        return log;
    }

    private static ObjectNode rule(Rule rule) {
        ObjectNode descriptor = JsonOutput.object();
        descriptor.put("id", rule.id());
        descriptor.put("name", rule.ruleName());
        descriptor.putObject("shortDescription").put("text", rule.shortDescription());
        descriptor.putObject("fullDescription").put("text", rule.fullDescription());
        descriptor.putObject("defaultConfiguration").put("level", rule.severity().label());
        descriptor.put("helpUri", rule.helpUri());
        ObjectNode help = descriptor.putObject("help");
        help.put("text", rule.fullDescription() + " See " + rule.helpUri());
        help.put("markdown", rule.fullDescription() + "\n\n[" + rule.id() + " " + rule.ruleName() + "](" + rule.helpUri() + ")");
        ObjectNode properties = descriptor.putObject("properties");
        properties.put("action", rule.action().name().toLowerCase(Locale.ROOT));
        properties.putArray("tags").add("bandwidth-dashboard-api").add("api-v2-migration");
        return descriptor;
    }

    private static ObjectNode result(Finding finding) {
        ObjectNode result = JsonOutput.object();
        result.put("ruleId", finding.rule().id());
        result.put("ruleIndex", finding.rule().ordinal());
        result.put("level", finding.severity().label());
        result.putObject("message").put("text", SecretMasker.mask(finding.message()));

        ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
        physical.set("artifactLocation", artifactLocation(finding.file()));
        physical.set("region", region(finding));
        if (regionText(finding).filter(text -> !text.equals(finding.snippet())).isPresent()) {
            // the whole source line, as context around a region that is part of it
            ObjectNode context = physical.putObject("contextRegion");
            context.put("startLine", finding.line());
            context.put("endLine", finding.line());
            context.putObject("snippet").put("text", SecretMasker.mask(finding.snippet()));
        }

        result.putObject("partialFingerprints").put(FINGERPRINT_KEY, finding.fingerprint());

        String diff = finding.fixDiff();
        if (diff != null) {
            fix(finding, diff).ifPresent(fix -> result.putArray("fixes").add(fix));
        }

        Finding.Suppression suppression = finding.suppression();
        if (suppression != null) {
            ObjectNode s = result.putArray("suppressions").addObject();
            s.put("kind", suppression.kind() == Finding.Suppression.Kind.INLINE ? "inSource" : "external");
            s.put("status", "accepted");
            s.put("justification", SecretMasker.mask(suppression.reason()));
        }

        ObjectNode properties = result.putObject("properties");
        properties.put("ruleName", finding.rule().ruleName());
        properties.put("fixable", finding.fixable());
        properties.put("fixed", finding.fixed());
        if (diff != null) {
            properties.put("fixDiff", SecretMasker.mask(diff));
        }
        return result;
    }

    private static ObjectNode artifactLocation(String file) {
        ObjectNode location = JsonOutput.object();
        location.put("uri", ArtifactUri.of(file));
        location.put("uriBaseId", SRCROOT);
        return location;
    }

    /**
     * The finding's region. Its snippet is the region's own text, cut from the source line when the region lies on
     * that one line; the whole line then goes to the location's {@code contextRegion}, unless the region is the whole
     * line. A region over several lines has neither: the finding holds only its first line.
     */
    private static ObjectNode region(Finding finding) {
        ObjectNode region = JsonOutput.object();
        if (finding.line() >= 1) {
            region.put("startLine", finding.line());
        }
        if (finding.column() >= 1) {
            region.put("startColumn", finding.column());
        }
        if (finding.endLine() >= Math.max(finding.line(), 1)) {
            region.put("endLine", finding.endLine());
        }
        if (finding.endColumn() >= 1) {
            region.put("endColumn", finding.endColumn());
        }
        regionText(finding).ifPresent(text -> region.putObject("snippet").put("text",
                SecretMasker.mask(finding.snippet(), finding.column() - 1, finding.endColumn() - 1)));
        return region;
    }

    private static Optional<String> regionText(Finding f) {
        boolean oneLine = f.line() >= 1 && f.endLine() == f.line();
        if (oneLine && f.column() >= 1 && f.endColumn() > f.column() && f.endColumn() - 1 <= f.snippet().length()) {
            return Optional.of(f.snippet().substring(f.column() - 1, f.endColumn() - 1));
        }
        return Optional.empty();
    }

    /**
     * A SARIF fix: needs at least one replacement, so none is written for a diff without readable hunks. Nor for a
     * diff whose inserted lines hold a credential: masked, the replacement would write {@value SecretMasker#MASK} into
     * the code; unmasked, it would leak the credential. The masked diff stays in the result's properties.
     */
    private static Optional<ObjectNode> fix(Finding finding, String diff) {
        List<FixDiff.Change> changes = FixDiff.changes(diff);
        String shownDiff = SecretMasker.mask(diff);
        if (changes.isEmpty() || !FixDiff.changes(shownDiff).equals(changes)) {
            return Optional.empty();
        }
        ObjectNode fix = JsonOutput.object();
        ObjectNode description = fix.putObject("description");
        description.put("text", fixDescription(finding));
        // a fence longer than any backtick run in the diff, so the diff cannot close it
        description.put("markdown", fixDescription(finding) + "\n\n" + MarkdownText.fence("diff", shownDiff.stripTrailing()).stripTrailing());
        ObjectNode change = fix.putArray("artifactChanges").addObject();
        change.set("artifactLocation", artifactLocation(finding.file()));
        ArrayNode replacements = change.putArray("replacements");
        for (FixDiff.Change c : changes) {
            ObjectNode replacement = replacements.addObject();
            ObjectNode deleted = replacement.putObject("deletedRegion");
            // whole lines with their line ends: from column 1 of the first to column 1 of the line after the last
            deleted.put("startLine", c.startLine());
            deleted.put("startColumn", 1);
            deleted.put("endLine", c.startLine() + c.deletedLineCount());
            deleted.put("endColumn", 1);
            if (!c.insertedLines().isEmpty()) {
                replacement.putObject("insertedContent").put("text", c.insertedText());
            }
        }
        return Optional.of(fix);
    }

    private static String fixDescription(Finding finding) {
        return finding.fixed()
                ? "Applied by iris-migrate (" + finding.rule().id() + " " + finding.rule().ruleName() + ")"
                : "Rewrite for API v2 (" + finding.rule().id() + " " + finding.rule().ruleName()
                        + "): mvn iris-migrate:fix, or the MigrateToApiV2 recipe";
    }

    private static ObjectNode notification(ToolError error) {
        ObjectNode notification = JsonOutput.object();
        notification.put("level", "error");
        notification.putObject("message").put("text", error.file() + ": " + SecretMasker.mask(error.message()));
        if (!error.file().isBlank()) {
            notification.putArray("locations").addObject()
                    .putObject("physicalLocation").set("artifactLocation", artifactLocation(error.file()));
        }
        String ruleId = error.ruleId();
        if (ruleId != null) {
            ObjectNode associated = notification.putObject("associatedRule");
            associated.put("id", ruleId);
            Rule.byId(ruleId).ifPresent(rule -> associated.put("index", rule.ordinal()));
        }
        return notification;
    }
}
