package io.github.irismigrate.report;

import io.github.irismigrate.catalog.Rule;
import io.github.irismigrate.engine.Finding;
import io.github.irismigrate.engine.Finding.Suppression;
import io.github.irismigrate.engine.ScanResult;
import io.github.irismigrate.engine.ToolError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.github.irismigrate.report.SampleScans.*;
import static org.assertj.core.api.Assertions.assertThat;

class MarkdownReportTest {

    @TempDir
    Path dir;

    private static String render(ScanResult scan) {
        return new MarkdownReport().render(scan, "1.2.3");
    }

    /** The markdown split into text outside code fences and the bodies of the fenced blocks, as CommonMark reads them. */
    record Parsed(String outside, List<String> blocks) {
        static Parsed of(String md) {
            StringBuilder outside = new StringBuilder();
            List<String> blocks = new ArrayList<>();
            Pattern open = Pattern.compile("^(`{3,})[^`]*$");
            int fence = 0;
            StringBuilder block = null;
            for (String line : md.split("\n", -1)) {
                if (block == null) {
                    Matcher m = open.matcher(line);
                    if (m.matches()) {
                        fence = m.group(1).length();
                        block = new StringBuilder();
                    } else {
                        outside.append(line).append('\n');
                    }
                } else if (line.matches("^`{" + fence + ",}\\s*$")) {
                    blocks.add(block.toString());
                    block = null;
                } else {
                    block.append(line).append('\n');
                }
            }
            assertThat(block).as("every fence is closed").isNull();
            return new Parsed(outside.toString(), blocks);
        }
    }

    @Test
    void writtenByReportsAsFindingsMd() throws IOException {
        Path file = Reports.write(realistic(), Set.of(ReportFormat.MARKDOWN), dir, "1.2.3").get(0);
        assertThat(file.getFileName()).hasToString("findings.md");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(render(realistic()));
    }

    @Test
    void headlineSummaryTableErrorsFindingsByFileThenSuppressed() {
        String md = render(realistic());
        assertThat(md).startsWith("## ❌ iris-migrate: 3 open Dashboard API v1 usages in acme\\-telecom\n");
        assertThat(md).contains("3 open (2 fixable with `mvn iris-migrate:fix`) · 3 error · 0 warning · 0 note · "
                + "1 suppressed · 1 baselined · 0 fixed · 42 files scanned · 2 tool errors");
        assertThat(md).contains("| Rule | Name | Severity | Open | Fixable | Suppressed / baselined | Fixed |")
                .contains("| [BW001](" + Rule.BW001.helpUri() + ") | v1\\-base\\-path | error | 1 | 1 | 0 | 0 |")
                .contains("| [BW006](" + Rule.BW006.helpUri() + ") | ten\\-digit\\-number\\-sent | error | 0 | 0 | 1 | 0 |")
                .doesNotContain("[BW003]");
        int errors = md.indexOf("### Tool errors (2)");
        int findings = md.indexOf("### Findings (3)");
        int apart = md.indexOf("### Suppressed and baselined (2)");
        assertThat(errors).isPositive().isLessThan(findings);
        assertThat(findings).isLessThan(apart);
        assertThat(md).contains("- src/main/java/com/acme/telecom/Broken\\.java: could not parse\\: ';' expected at 14\\:9");

        String open = md.substring(findings, apart);
        assertThat(open).contains("#### src/main/java/com/acme/telecom/IrisConfig\\.java")
                .contains("**[L12](src/main/java/com/acme/telecom/IrisConfig.java#L12)** · [BW001 v1\\-base\\-path]("
                        + Rule.BW001.helpUri() + ") · error · fixable")
                .contains("```diff\n" + BASE_URL_DIFF + "```\n")
                // a path with a space, '#' and non-ASCII links percent-encoded
                .contains("(src/main/java/com/acme/%C3%9Cnicode%20dir/Orders%231.java#L5)")
                // without a diff, the source line
                .contains("```\n        post(\"/accounts/\" + id + \"/externalTns\", order);\n```");
        assertThat(open).doesNotContain("order.xml").doesNotContain("CallbackHandler");

        String setApart = md.substring(apart);
        assertThat(setApart).contains("> suppressed inline: fixture for the \"legacy\" simulator \\<v1\\>")
                .contains("> baselined: in baseline iris\\-migrate\\-baseline\\.json")
                .contains("```diff\n" + XML_DIFF + "```\n");
        assertThat(md).endsWith("findings.html, findings.sarif and findings.json in the same directory as this file._\n");
    }

    @Test
    void cleanScanSaysSo() {
        String md = render(empty());
        assertThat(md).startsWith("## ✅ iris-migrate: no open Dashboard API v1 usage in clean\\-project\n")
                .doesNotContain("| Rule |").doesNotContain("### ");
    }

    @Test
    void onlyToolErrorsIsNoCleanBill() {
        ScanResult scan = new ScanResult("p", List.of(), List.of(new ToolError("A.java", null, "boom")), 1, 0, 1);
        assertThat(render(scan)).startsWith("## ⚠️ iris-migrate: no open Dashboard API v1 usage found in p, but some files");
    }

    @Test
    void hostileTextCannotBreakFencesTablesLinksOrAddHtml() {
        String md = render(hostile());
        Parsed parsed = Parsed.of(md);
        String masked = SecretMasker.mask(HOSTILE_DIFF);
        assertThat(parsed.blocks()).as("the diff survives whole inside its fence").contains(masked);
        for (String line : parsed.outside().split("\n")) {
            assertThat(line).as("no raw '<' outside code: %s", line).doesNotContainPattern("(?<!\\\\)<");
            assertThat(line).as("no link to javascript: %s", line).doesNotContainPattern("(?<!\\\\)\\]\\((?i)javascript");
            assertThat(line.replace("`mvn iris-migrate:fix`", "")).doesNotContainPattern("(?<!\\\\)`");
            if (line.startsWith("|")) {
                assertThat(line.split("(?<!\\\\)\\|", -1)).as("a table row keeps its 7 cells: %s", line).hasSize(9);
            } else {
                assertThat(line).as("no raw pipe outside tables: %s", line).doesNotContainPattern("(?<!\\\\)\\|");
            }
        }
        assertThat(parsed.outside()).contains("\\<script\\>alert\\('project'\\)\\</script\\>")
                .contains("\\[x\\]\\(javascript\\:alert\\(1\\)\\) \\<\\!\\-\\-");
    }

    @Test
    void credentialsAreMasked() {
        String md = render(hostile());
        assertThat(md).doesNotContain("hunter2")
                .contains("new IrisClient(\"9900001\", \"apiuser\", \"****\");")
                .contains("\"apiuser\", \"****\", \"api/v2\");");
    }

    @Test
    void fiveThousandFindingsStayUnderTheCommentLimitAndTheTailIsSummarised() {
        List<Finding> findings = new ArrayList<>();
        Rule[] rules = {Rule.BW001, Rule.BW002, Rule.BW006, Rule.BW007};
        for (int i = 0; i < 5_000; i++) {
            Rule rule = rules[i % rules.length];
            String file = "src/main/java/com/acme/gen/Client" + (i / 20) + ".java";
            String line = "        String url = BASE + \"/accounts/\" + id + \"/addresses/" + i + "\";";
            String diff = "--- a/" + file + "\n+++ b/" + file + "\n@@ -" + (i % 20 + 1) + " +" + (i % 20 + 1) + " @@\n-" + line
                    + "\n+" + line.replace("/addresses/", "/e911Addresses/") + "\n";
            Suppression suppression = i % 10 == 9 ? new Suppression(Suppression.Kind.BASELINE, "in baseline") : null;
            findings.add(finding(rule, file, i % 20 + 1, line, "\"/addresses/", rule.message("x changes", "do y"),
                    rule != Rule.BW007, rule != Rule.BW007 ? diff : null, suppression, "fp" + i));
        }
        List<ToolError> errors = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            errors.add(new ToolError("src/main/java/Broken" + i + ".java", null, "could not parse: ';' expected"));
        }
        String md = render(new ScanResult("big", findings, errors, 9_999, 0, 1));

        assertThat(md.length()).isLessThan(MarkdownReport.GITHUB_COMMENT_LIMIT).isLessThanOrEqualTo(MarkdownReport.BUDGET);
        assertThat(md).contains("## ❌ iris-migrate: 4500 open Dashboard API v1 usages in big")
                .contains("- … and ").contains(" more tool errors (see findings.json)");
        int listed = count(md, "\n**[L");
        Matcher tail = Pattern.compile("### Not listed here \\((\\d+)\\)").matcher(md);
        assertThat(tail.find()).isTrue();
        int notListed = Integer.parseInt(tail.group(1));
        assertThat(listed).isGreaterThan(50);
        assertThat(listed + notListed).isEqualTo(5_000);
        // the tail is counted per rule (open and set apart) and per file, and says where the rest is
        String rest = md.substring(tail.start());
        int perRule = 0;
        Matcher row = Pattern.compile("\\| \\[BW\\d{3}\\]\\([^)]*\\) [^|]+ \\| \\w+ \\| (\\d+) \\| (\\d+) \\|").matcher(rest);
        while (row.find()) {
            perRule += Integer.parseInt(row.group(1)) + Integer.parseInt(row.group(2));
        }
        assertThat(perRule).isEqualTo(notListed);
        assertThat(rest).contains("All of them are in findings.html, findings.sarif and findings.json")
                .containsPattern("\n- src/main/java/com/acme/gen/Client\\d+\\\\\\.java: (BW00\\d ×\\d+ ?)+\n");
        // files that do not fit are counted too
        int filesListed = count(rest, "\n- src/main/java/com/acme/gen/Client");
        Matcher moreFiles = Pattern.compile("- … and (\\d+) more files\n").matcher(rest);
        assertThat(moreFiles.find()).isTrue();
        long filesNotListed = findings.stream().filter(f -> !md.contains("#### " + MarkdownText.inline(f.file()) + "\n"))
                .map(Finding::file).distinct().count();
        assertThat(filesListed + Integer.parseInt(moreFiles.group(1))).isGreaterThanOrEqualTo((int) filesNotListed);
        assertThat(Parsed.of(md).blocks()).isNotEmpty();
    }

    @Test
    void aHugeDiffIsShortenedAndStillFenced() {
        String big = "--- a/A.java\n+++ b/A.java\n@@ -1,2000 +1,2000 @@\n" + "-x ``` y\n+x ```` y\n".repeat(2_000);
        Finding f = finding(Rule.BW001, "A.java", 1, "x ``` y", "x", "[BW001] a; b", true, big, null, "fp");
        String md = render(new ScanResult("p", List.of(f), List.of(), 1, 0, 1));
        assertThat(md.length()).isLessThan(10_000);
        assertThat(md).contains("… (diff shortened; the full diff is in findings.html)").contains("`````diff\n");
        assertThat(Parsed.of(md).blocks()).hasSize(1);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
