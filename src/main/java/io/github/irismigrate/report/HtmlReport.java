package io.github.irismigrate.report;

import io.github.irismigrate.catalog.Rule;
import io.github.irismigrate.catalog.Severity;
import io.github.irismigrate.engine.Finding;
import io.github.irismigrate.engine.ScanResult;
import io.github.irismigrate.engine.ToolError;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code findings.html}: one self-contained page for reviewers. Styles and the filter script are inline; the page loads
 * nothing, and its content-security policy ({@link #CONTENT_SECURITY_POLICY}) forbids any load and runs no script but
 * its own (allowed by hash). Without JavaScript every finding is shown and the filters stay hidden.
 *
 * <p>Sections: a verdict and summary table per rule, tool errors, the findings grouped by file (each with its source
 * line and the region marked, what to do, a link to the rule's doc page and the coloured fix diff), then the
 * suppressed and baselined findings with their reasons. Every text taken from scanned code is masked
 * ({@link SecretMasker}) and HTML-escaped; the script reads only {@code data-} attributes and sets only text and the
 * {@code hidden} property.
 */
public final class HtmlReport implements TextReport {

    /** The filter script; elements it uses carry ids {@code filters}, {@code f-rule}, {@code f-severity}, {@code f-file}, {@code shown}. */
    static final String SCRIPT = """
            (function () {
              'use strict';
              var form = document.getElementById('filters');
              var rule = document.getElementById('f-rule');
              var severity = document.getElementById('f-severity');
              var file = document.getElementById('f-file');
              var shown = document.getElementById('shown');
              var findings = Array.prototype.slice.call(document.querySelectorAll('.finding'));
              var groups = Array.prototype.slice.call(document.querySelectorAll('.file-group'));
              function apply() {
                var visible = 0;
                findings.forEach(function (el) {
                  var ok = (!rule.value || el.dataset.rule === rule.value)
                    && (!severity.value || el.dataset.severity === severity.value)
                    && (!file.value || el.dataset.file === file.value);
                  el.hidden = !ok;
                  if (ok) { visible++; }
                });
                groups.forEach(function (g) {
                  g.hidden = !g.querySelector('.finding:not([hidden])');
                });
                shown.textContent = visible + ' of ' + findings.length + ' findings shown';
              }
              form.addEventListener('change', apply);
              form.addEventListener('reset', function () { setTimeout(apply, 0); });
              form.hidden = false;
              apply();
              document.documentElement.setAttribute('data-filters', 'ready');
            })();
            """;

    /** No loads of any kind; inline styles; only the script above, by its hash; no forms, no base URL. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "script-src '" + sha256(SCRIPT) + "'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final String STYLE = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1100px;padding:1em 1.5em;color:#1f2328;background:#fff}
            h1{font-size:1.5em}h2{font-size:1.25em;border-bottom:1px solid #d0d7de;padding-bottom:.2em;margin-top:1.6em}
            h3{font-size:1em;font-family:ui-monospace,Menlo,Consolas,monospace;background:#f6f8fa;padding:.3em .5em;word-break:break-all}
            table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #d0d7de;padding:.25em .6em;text-align:left}
            td.n{text-align:right}.verdict{font-weight:600}
            .finding{border:1px solid #d0d7de;border-radius:6px;padding:.5em .8em;margin:.6em 0}
            .finding header{display:flex;gap:.6em;flex-wrap:wrap;align-items:baseline}
            .sev{border-radius:1em;padding:0 .6em;font-size:.85em;color:#fff}
            .sev-error{background:#cf222e}.sev-warning{background:#9a6700}.sev-note{background:#0969da}
            .tag{font-size:.85em;color:#57606a}
            pre{background:#f6f8fa;padding:.5em;overflow-x:auto;margin:.4em 0;font:12px/1.4 ui-monospace,Menlo,Consolas,monospace;white-space:pre}
            .ln{color:#8c959f;user-select:none;padding-right:1em}mark{background:#fff8c5;outline:1px solid #d4a72c}
            .diff span{display:block}.add{background:#dafbe1;color:#116329}.del{background:#ffebe9;color:#82071e}
            .hunk{color:#0550ae;background:#ddf4ff}.meta{color:#57606a;font-weight:600}
            .reason{border-left:3px solid #d0d7de;padding-left:.6em;color:#57606a}
            #filters{background:#f6f8fa;padding:.5em .8em;border-radius:6px;display:flex;gap:1em;flex-wrap:wrap;align-items:center}
            #filters[hidden]{display:none}[hidden]{display:none !important}
            """;

    /** The page. */
    @Override
    public String render(ScanResult result, String toolVersion) {
        ReportCounts counts = ReportCounts.of(result);
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_SECURITY_POLICY) // our constant: no quote or ampersand
                .append("\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(text("iris-migrate findings: " + result.projectName())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");

        summary(h, result, counts, toolVersion);

        List<Finding> main = new ArrayList<>();
        List<Finding> apart = new ArrayList<>();
        for (Finding f : result.findings()) {
            (ReportCounts.setApart(f) ? apart : main).add(f);
        }
        if (!result.findings().isEmpty()) {
            filters(h, result.findings());
        }
        errors(h, result.errors());
        if (!main.isEmpty()) {
            h.append("<section id=\"findings\">\n<h2>Findings (").append(main.size()).append(")</h2>\n");
            byFile(h, main);
            h.append("</section>\n");
        }
        if (!apart.isEmpty()) {
            h.append("<section id=\"set-apart\">\n<h2>Suppressed and baselined (").append(apart.size()).append(")</h2>\n")
                    .append("<p>Listed apart: they do not fail the build. Each shows why it is suppressed.</p>\n");
            byFile(h, apart);
            h.append("</section>\n");
        }
        h.append("<footer><p class=\"tag\">").append(text("iris-migrate " + toolVersion + " · project " + result.projectName()
                        + " · " + result.filesScanned() + " files scanned in " + result.elapsedMillis() + " ms"))
                .append("</p></footer>\n");
        h.append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void summary(StringBuilder h, ScanResult result, ReportCounts counts, String toolVersion) {
        h.append("<header>\n<h1>").append(text("iris-migrate: " + result.projectName())).append("</h1>\n<p class=\"verdict\">");
        if (counts.open > 0) {
            h.append("❌ ").append(counts.open).append(" open Dashboard API v1 usage").append(counts.open == 1 ? "" : "s")
                    .append(" to change before moving to API v2.");
        } else if (!result.errors().isEmpty()) {
            h.append("⚠️ No open Dashboard API v1 usage found, but some files could not be checked.");
        } else {
            h.append("✅ No open Dashboard API v1 usage.");
        }
        h.append("</p>\n<p id=\"totals\">").append(counts.open).append(" open (").append(counts.fixable)
                .append(" fixable with <code>mvn iris-migrate:fix</code>)");
        for (Severity s : Severity.values()) {
            h.append(" · ").append(counts.openBySeverity.getOrDefault(s, 0)).append(' ').append(s.label());
        }
        h.append(" · ").append(counts.suppressed).append(" suppressed · ").append(counts.baselined).append(" baselined · ")
                .append(counts.fixed).append(" fixed · ").append(result.filesScanned()).append(" files scanned · ")
                .append(result.errors().size()).append(" tool errors</p>\n</header>\n");
        if (counts.byRule.isEmpty()) {
            return;
        }
        h.append("<table id=\"summary\">\n<thead><tr><th>Rule</th><th>Name</th><th>Severity</th><th>Open</th><th>Fixable</th>"
                + "<th>Suppressed / baselined</th><th>Fixed</th></tr></thead>\n<tbody>\n");
        counts.byRule.forEach((r, c) -> h.append("<tr><td>").append(ruleLink(r, r.id())).append("</td><td>")
                .append(text(r.ruleName())).append("</td><td><span class=\"sev sev-").append(r.severity().label()).append("\">")
                .append(r.severity().label()).append("</span></td><td class=\"n\">").append(c.open)
                .append("</td><td class=\"n\">").append(c.fixable).append("</td><td class=\"n\">").append(c.setApart)
                .append("</td><td class=\"n\">").append(c.fixed).append("</td></tr>\n"));
        h.append("</tbody>\n</table>\n");
    }

    /** Hidden until the script shows it: with JavaScript off, the page shows every finding and no dead controls. */
    private static void filters(StringBuilder h, List<Finding> findings) {
        Set<Rule> rules = EnumSet.noneOf(Rule.class);
        Set<Severity> severities = EnumSet.noneOf(Severity.class);
        Set<String> files = new TreeSet<>();
        for (Finding f : findings) {
            rules.add(f.rule());
            severities.add(f.severity());
            files.add(f.file());
        }
        h.append("<form id=\"filters\" hidden>\n<label>Rule <select id=\"f-rule\"><option value=\"\">all</option>");
        rules.forEach(r -> h.append("<option value=\"").append(r.id()).append("\">").append(r.id()).append(' ')
                .append(text(r.ruleName())).append("</option>"));
        h.append("</select></label>\n<label>Severity <select id=\"f-severity\"><option value=\"\">all</option>");
        severities.forEach(s -> h.append("<option value=\"").append(s.label()).append("\">").append(s.label()).append("</option>"));
        h.append("</select></label>\n<label>File <select id=\"f-file\"><option value=\"\">all</option>");
        files.forEach(f -> h.append("<option value=\"").append(attr(f)).append("\">").append(text(f)).append("</option>"));
        h.append("</select></label>\n<button type=\"reset\">Show all</button> <output id=\"shown\"></output>\n</form>\n")
                .append("<noscript><p class=\"tag\">Filters need JavaScript; all findings are shown.</p></noscript>\n");
    }

    private static void errors(StringBuilder h, List<ToolError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        h.append("<section id=\"errors\">\n<h2>Tool errors (").append(errors.size()).append(")</h2>\n")
                .append("<p>These files could not be checked; v1 usages in them may be missing from this report.</p>\n<ul>\n");
        for (ToolError e : errors) {
            h.append("<li><code>").append(text(e.file().isBlank() ? "(no file)" : e.file())).append("</code>");
            String ruleId = e.ruleId();
            if (ruleId != null) {
                h.append(" (").append(Rule.byId(ruleId).map(r -> ruleLink(r, r.id())).orElse(text(ruleId))).append(')');
            }
            h.append(": ").append(text(SecretMasker.mask(e.message()))).append("</li>\n");
        }
        h.append("</ul>\n</section>\n");
    }

    private static void byFile(StringBuilder h, List<Finding> findings) {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        findings.forEach(f -> byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f));
        byFile.forEach((file, list) -> {
            h.append("<section class=\"file-group\" data-file=\"").append(attr(file)).append("\">\n<h3>").append(text(file))
                    .append("</h3>\n");
            list.forEach(f -> finding(h, f));
            h.append("</section>\n");
        });
    }

    private static void finding(StringBuilder h, Finding f) {
        Rule r = f.rule();
        h.append("<article class=\"finding\" data-rule=\"").append(r.id()).append("\" data-severity=\"")
                .append(f.severity().label()).append("\" data-file=\"").append(attr(f.file())).append("\">\n<header>")
                .append("<span class=\"sev sev-").append(f.severity().label()).append("\">").append(f.severity().label())
                .append("</span> <strong>").append(ruleLink(r, r.id() + " " + r.ruleName())).append("</strong> <span>line ")
                .append(f.line());
        if (f.column() >= 1) {
            h.append(", column ").append(f.column());
        }
        h.append("</span>");
        if (f.fixed()) {
            h.append(" <span class=\"tag\">fixed in this run</span>");
        } else if (f.fixable()) {
            h.append(" <span class=\"tag\">fixable with mvn iris-migrate:fix</span>");
        }
        h.append("</header>\n");
        code(h, f);
        h.append("<p class=\"todo\">").append(text(SecretMasker.mask(f.message()))).append("</p>\n");
        Finding.Suppression s = f.suppression();
        if (s != null) {
            h.append("<p class=\"reason\">").append(ReportCounts.suppressionKind(s)).append(": ")
                    .append(text(SecretMasker.mask(s.reason()))).append("</p>\n");
        }
        String diff = f.fixDiff();
        if (diff != null && !diff.isBlank()) {
            diff(h, SecretMasker.mask(diff));
        }
        h.append("<p class=\"tag\">Rule documentation: ").append(ruleLink(r, r.helpUri())).append("</p>\n</article>\n");
    }

    /** The source line with its number; the finding's region marked when it lies on that line. */
    private static void code(StringBuilder h, Finding f) {
        String line = f.snippet();
        if (line.isEmpty()) {
            return;
        }
        h.append("<pre class=\"code\"><span class=\"ln\">").append(f.line()).append("</span>");
        int start = f.column() - 1;
        int end = f.endLine() == f.line() ? f.endColumn() - 1 : line.length();
        if (start >= 0 && start < end && end <= line.length()) {
            h.append(text(SecretMasker.mask(line, 0, start))).append("<mark>")
                    .append(text(SecretMasker.mask(line, start, end))).append("</mark>")
                    .append(text(SecretMasker.mask(line, end, line.length())));
        } else {
            h.append(text(SecretMasker.mask(line)));
        }
        h.append("</pre>\n");
    }

    private static void diff(StringBuilder h, String diff) {
        h.append("<pre class=\"diff\">");
        for (String line : diff.replace("\r\n", "\n").split("\n")) {
            String kind;
            if (line.startsWith("+++") || line.startsWith("---") || line.startsWith("diff ") || line.startsWith("index ")) {
                kind = "meta";
            } else if (line.startsWith("@@")) {
                kind = "hunk";
            } else if (line.startsWith("+")) {
                kind = "add";
            } else if (line.startsWith("-")) {
                kind = "del";
            } else {
                kind = "ctx";
            }
            h.append("<span class=\"").append(kind).append("\">").append(text(line)).append("</span>");
        }
        h.append("</pre>\n");
    }

    private static String ruleLink(Rule r, String label) {
        return "<a href=\"" + attr(r.helpUri()) + "\" rel=\"noopener noreferrer\">" + text(label) + "</a>";
    }

    /** Text content: {@code & < >} escaped, other control characters than tab and line feed dropped. */
    static String text(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t', '\n' -> out.append(c);
                case '\r' -> { }
                default -> out.append(Character.isISOControl(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    /** A double-quoted attribute value. */
    static String attr(String s) {
        return text(s);
    }

    private static String sha256(String script) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
