package io.github.irismigrate.report;

import io.github.irismigrate.catalog.Rule;
import io.github.irismigrate.catalog.Severity;
import io.github.irismigrate.engine.Finding;
import io.github.irismigrate.engine.ScanResult;
import io.github.irismigrate.engine.ToolError;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code findings.md}, for a pull-request comment: a headline verdict, a summary table per rule, the tool errors,
 * the findings grouped by file (line link, what to do, the fix as a {@code diff} block), then the suppressed and
 * baselined findings with their reasons.
 *
 * <p>It stays under GitHub's {@value #GITHUB_COMMENT_LIMIT}-character comment limit: the text is budgeted to
 * {@value #BUDGET} characters; findings that do not fit are not listed but counted per rule and per file at the end,
 * with a pointer to the full reports. Every text taken from scanned code is masked ({@link SecretMasker}) and escaped
 * ({@link MarkdownText}); code sits in fences longer than any backtick run inside.
 */
public final class MarkdownReport implements TextReport {

    public static final int GITHUB_COMMENT_LIMIT = 65_536;
    /** What the report aims for, leaving room for text a CI step puts around it. */
    public static final int BUDGET = 60_000;
    /** Kept free while listing findings, for the summary of those not listed. */
    private static final int TAIL_RESERVE = 6_000;
    private static final int ERRORS_SHARE = 6_000;
    private static final int MAX_MESSAGE = 1_500;
    private static final int MAX_SNIPPET = 400;
    private static final int MAX_DIFF = 3_000;

    /** The report text. */
    @Override
    public String render(ScanResult result, String toolVersion) {
        ReportCounts counts = ReportCounts.of(result);
        StringBuilder md = new StringBuilder(8_192);
        headline(md, result, counts, toolVersion);
        summaryTable(md, counts);
        errors(md, result.errors());

        List<Finding> main = new ArrayList<>();
        List<Finding> apart = new ArrayList<>();
        for (Finding f : result.findings()) {
            (ReportCounts.setApart(f) ? apart : main).add(f);
        }
        List<Finding> notListed = new ArrayList<>();
        int limit = BUDGET - TAIL_RESERVE;
        if (!main.isEmpty()) {
            md.append("\n### Findings (").append(main.size()).append(")\n");
            listByFile(md, main, limit, notListed, false);
        }
        if (!apart.isEmpty()) {
            md.append("\n### Suppressed and baselined (").append(apart.size()).append(")\n\n")
                    .append("Listed apart: they do not fail the build. Each shows why it is suppressed.\n");
            listByFile(md, apart, limit, notListed, true);
        }
        if (!notListed.isEmpty()) {
            notListed(md, notListed);
        }
        md.append("\n---\n_").append(MarkdownText.inline("iris-migrate " + toolVersion))
                .append(": the full reports are findings.html, findings.sarif and findings.json in the same directory "
                        + "as this file._\n");
        return md.toString();
    }

    private static void headline(StringBuilder md, ScanResult result, ReportCounts counts, String toolVersion) {
        String project = MarkdownText.inline(MarkdownText.cut(result.projectName(), 200));
        if (counts.open > 0) {
            md.append("## ❌ iris-migrate: ").append(counts.open).append(" open Dashboard API v1 usage")
                    .append(counts.open == 1 ? "" : "s").append(" in ").append(project).append('\n');
        } else if (!result.errors().isEmpty()) {
            md.append("## ⚠️ iris-migrate: no open Dashboard API v1 usage found in ").append(project)
                    .append(", but some files could not be checked\n");
        } else {
            md.append("## ✅ iris-migrate: no open Dashboard API v1 usage in ").append(project).append('\n');
        }
        md.append('\n').append(counts.open).append(" open (").append(counts.fixable)
                .append(" fixable with `mvn iris-migrate:fix`)");
        for (Severity s : Severity.values()) {
            md.append(" · ").append(counts.openBySeverity.getOrDefault(s, 0)).append(' ').append(s.label());
        }
        md.append(" · ").append(counts.suppressed).append(" suppressed · ").append(counts.baselined).append(" baselined · ")
                .append(counts.fixed).append(" fixed · ").append(result.filesScanned()).append(" files scanned · ")
                .append(result.errors().size()).append(" tool error").append(result.errors().size() == 1 ? "" : "s")
                .append('\n');
    }

    private static void summaryTable(StringBuilder md, ReportCounts counts) {
        if (counts.byRule.isEmpty()) {
            return;
        }
        md.append("\n| Rule | Name | Severity | Open | Fixable | Suppressed / baselined | Fixed |\n")
                .append("| --- | --- | --- | ---: | ---: | ---: | ---: |\n");
        for (Map.Entry<Rule, ReportCounts.Row> e : counts.byRule.entrySet()) {
            Rule r = e.getKey();
            ReportCounts.Row c = e.getValue();
            md.append("| [").append(r.id()).append("](").append(r.helpUri()).append(") | ")
                    .append(MarkdownText.inline(r.ruleName())).append(" | ").append(r.severity().label()).append(" | ")
                    .append(c.open).append(" | ").append(c.fixable).append(" | ").append(c.setApart).append(" | ")
                    .append(c.fixed).append(" |\n");
        }
    }

    private static void errors(StringBuilder md, List<ToolError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        md.append("\n### Tool errors (").append(errors.size()).append(")\n\n")
                .append("These files could not be checked; v1 usages in them may be missing from this report.\n\n");
        int limit = md.length() + ERRORS_SHARE;
        int shown = 0;
        for (ToolError e : errors) {
            StringBuilder line = new StringBuilder("- ");
            line.append(e.file().isBlank() ? "(no file)" : MarkdownText.inline(MarkdownText.cut(e.file(), 300)));
            if (e.ruleId() != null) {
                line.append(" (").append(MarkdownText.inline(MarkdownText.cut(e.ruleId(), 40))).append(')');
            }
            line.append(": ").append(MarkdownText.inline(MarkdownText.cut(SecretMasker.mask(e.message()), 500))).append('\n');
            if (md.length() + line.length() > limit) {
                break;
            }
            md.append(line);
            shown++;
        }
        if (shown < errors.size()) {
            md.append("- … and ").append(errors.size() - shown).append(" more tool errors (see findings.json)\n");
        }
    }

    /** Appends the findings grouped by file while they fit under {@code limit}; adds the rest to {@code notListed}. */
    private static void listByFile(StringBuilder md, List<Finding> findings, int limit, List<Finding> notListed,
                                   boolean withReason) {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        findings.forEach(f -> byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f));
        boolean full = !notListed.isEmpty();
        for (Map.Entry<String, List<Finding>> group : byFile.entrySet()) {
            String header = "\n#### " + MarkdownText.inline(MarkdownText.cut(group.getKey(), 300)) + "\n";
            boolean headerWritten = false;
            for (Finding f : group.getValue()) {
                String block = finding(f, withReason);
                int needed = block.length() + (headerWritten ? 0 : header.length());
                if (full || md.length() + needed > limit) {
                    full = true;
                    notListed.add(f);
                    continue;
                }
                if (!headerWritten) {
                    md.append(header);
                    headerWritten = true;
                }
                md.append(block);
            }
        }
    }

    private static String finding(Finding f, boolean withReason) {
        Rule r = f.rule();
        StringBuilder b = new StringBuilder("\n**[L").append(f.line()).append("](")
                .append(MarkdownText.lineLink(f.file(), f.line())).append(")** · [").append(r.id()).append(' ')
                .append(MarkdownText.inline(r.ruleName())).append("](").append(r.helpUri()).append(") · ")
                .append(r.severity().label());
        if (f.fixed()) {
            b.append(" · fixed in this run");
        } else if (f.fixable()) {
            b.append(" · fixable");
        }
        b.append("  \n").append(MarkdownText.inline(MarkdownText.cut(SecretMasker.mask(f.message()), MAX_MESSAGE))).append('\n');
        Finding.Suppression s = f.suppression();
        if (withReason && s != null) {
            b.append("\n> ").append(ReportCounts.suppressionKind(s)).append(": ")
                    .append(MarkdownText.inline(MarkdownText.cut(SecretMasker.mask(s.reason()), 500))).append('\n');
        }
        String diff = f.fixDiff();
        b.append('\n');
        if (diff != null && !diff.isBlank()) {
            b.append(MarkdownText.fence("diff", shortDiff(SecretMasker.mask(diff))));
        } else if (!f.snippet().isBlank()) {
            b.append(MarkdownText.fence("", MarkdownText.cut(SecretMasker.mask(f.snippet()), MAX_SNIPPET)));
        }
        return b.toString();
    }

    /** The diff, cut at a line end when longer than {@value #MAX_DIFF} characters, saying so. */
    private static String shortDiff(String diff) {
        if (diff.length() <= MAX_DIFF) {
            return diff;
        }
        int end = diff.lastIndexOf('\n', MAX_DIFF);
        String head = end > 0 ? diff.substring(0, end) : MarkdownText.cut(diff, MAX_DIFF);
        return head + "\n… (diff shortened; the full diff is in findings.html)";
    }

    private static void notListed(StringBuilder md, List<Finding> notListed) {
        md.append("\n### Not listed here (").append(notListed.size()).append(")\n\n")
                .append(notListed.size()).append(" more finding").append(notListed.size() == 1 ? "" : "s")
                .append(" did not fit in a pull-request comment. All of them are in findings.html, findings.sarif and "
                        + "findings.json.\n\n| Rule | Severity | Open | Suppressed / baselined |\n| --- | --- | ---: | ---: |\n");
        Map<Rule, int[]> byRule = new EnumMap<>(Rule.class);
        Map<String, Map<Rule, Integer>> byFile = new TreeMap<>();
        for (Finding f : notListed) {
            byRule.computeIfAbsent(f.rule(), r -> new int[2])[ReportCounts.setApart(f) ? 1 : 0]++;
            byFile.computeIfAbsent(f.file(), k -> new EnumMap<>(Rule.class)).merge(f.rule(), 1, Integer::sum);
        }
        byRule.forEach((r, c) -> md.append("| [").append(r.id()).append("](").append(r.helpUri()).append(") ")
                .append(MarkdownText.inline(r.ruleName())).append(" | ").append(r.severity().label()).append(" | ")
                .append(c[0]).append(" | ").append(c[1]).append(" |\n"));
        md.append("\nBy file:\n\n");
        int shown = 0;
        for (Map.Entry<String, Map<Rule, Integer>> e : byFile.entrySet()) {
            StringBuilder line = new StringBuilder("- ").append(MarkdownText.inline(MarkdownText.cut(e.getKey(), 300))).append(':');
            e.getValue().forEach((r, n) -> line.append(' ').append(r.id()).append(" ×").append(n));
            line.append('\n');
            if (md.length() + line.length() > BUDGET - 300) {
                break;
            }
            md.append(line);
            shown++;
        }
        if (shown < byFile.size()) {
            md.append("- … and ").append(byFile.size() - shown).append(" more files\n");
        }
    }
}
