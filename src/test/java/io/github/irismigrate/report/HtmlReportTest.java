package io.github.irismigrate.report;

import io.github.irismigrate.catalog.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.github.irismigrate.report.SampleScans.*;
import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportTest {

    @TempDir
    Path dir;

    private static String render(io.github.irismigrate.engine.ScanResult scan) {
        return new HtmlReport().render(scan, "1.2.3");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void writtenByReportsAsFindingsHtml() throws IOException {
        Path file = Reports.write(realistic(), Set.of(ReportFormat.HTML), dir, "1.2.3").get(0);
        assertThat(file.getFileName()).hasToString("findings.html");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(render(realistic()));
    }

    @Test
    void selfContainedWithAPolicyThatForbidsLoadsAndAllowsOnlyItsOwnScript() throws NoSuchAlgorithmException {
        String html = render(realistic());
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; ");
        String hash = "sha256-" + Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(HtmlReport.SCRIPT.getBytes(StandardCharsets.UTF_8)));
        assertThat(HtmlReport.CONTENT_SECURITY_POLICY).contains("default-src 'none'").contains("script-src '" + hash + "'")
                .contains("base-uri 'none'").contains("form-action 'none'").doesNotContain("unsafe-inline'; script")
                .doesNotContain("http");
        assertThat(count(html, "<script")).isEqualTo(1);
        assertThat(html).contains("<script>" + HtmlReport.SCRIPT + "</script>");
        assertThat(html).doesNotContain("<link").doesNotContain("<img").doesNotContain("<iframe").doesNotContain("url(")
                .doesNotContain("@import").doesNotContainPattern("\\ssrc=").doesNotContainPattern("(?i)<[^>]*\\son\\w+\\s*=");
        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        int links = 0;
        while (href.find()) {
            assertThat(href.group(1)).as("only links to rule docs").startsWith(Rule.DOCS_BASE);
            links++;
        }
        assertThat(links).isPositive();
        // the script touches no markup: text and the hidden property only
        assertThat(HtmlReport.SCRIPT).doesNotContain("innerHTML").doesNotContain("outerHTML").doesNotContain("write(")
                .doesNotContain("eval").doesNotContain("insertAdjacent");
    }

    @Test
    void summaryFiltersFindingsSetApartAndErrors() {
        String html = render(realistic());
        assertThat(html).contains("<p class=\"verdict\">❌ 3 open Dashboard API v1 usages to change before moving to API v2.</p>")
                .contains("<tr><td><a href=\"" + Rule.BW001.helpUri() + "\" rel=\"noopener noreferrer\">BW001</a></td><td>v1-base-path</td>")
                .contains("<form id=\"filters\" hidden>")
                .contains("<option value=\"BW007\">BW007 ten-digit-number-expected</option>")
                .contains("<option value=\"warning\">warning</option>")
                .contains("<option value=\"src/main/java/com/acme/Ünicode dir/Orders#1.java\">")
                .contains("<noscript>");
        int errors = html.indexOf("<section id=\"errors\">");
        int findings = html.indexOf("<section id=\"findings\">");
        int apart = html.indexOf("<section id=\"set-apart\">");
        assertThat(errors).isPositive().isLessThan(findings);
        assertThat(findings).isLessThan(apart);
        assertThat(html).contains("<li><code>config/application.yml</code> (<a href=\"" + Rule.BW005.helpUri()
                + "\" rel=\"noopener noreferrer\">BW005</a>): rule failed: NullPointerException</li>");

        String open = html.substring(findings, apart);
        assertThat(count(open, "<article class=\"finding\"")).isEqualTo(3);
        assertThat(open).contains("<article class=\"finding\" data-rule=\"BW001\" data-severity=\"error\" "
                        + "data-file=\"src/main/java/com/acme/telecom/IrisConfig.java\">")
                // the source line with the region marked
                .contains("<pre class=\"code\"><span class=\"ln\">12</span>    private static final String BASE = "
                        + "<mark>&quot;https://dashboard.bandwidth.com/api/&quot;</mark>;</pre>")
                .contains("<p class=\"todo\">[BW001] the Dashboard API moves to /api/v2/; use https://dashboard.bandwidth.com/api/v2/</p>")
                // the diff, line by line, coloured by kind
                .contains("<span class=\"hunk\">@@ -11,3 +11,3 @@</span><span class=\"ctx\"> public final class IrisConfig {</span>"
                        + "<span class=\"del\">-    private static final String BASE = &quot;https://dashboard.bandwidth.com/api/&quot;;</span>"
                        + "<span class=\"add\">+    private static final String BASE = &quot;https://dashboard.bandwidth.com/api/v2/&quot;;</span>")
                .contains("Rule documentation: <a href=\"" + Rule.BW001.helpUri() + "\"");
        String setApart = html.substring(apart);
        assertThat(count(setApart, "<article class=\"finding\"")).isEqualTo(2);
        assertThat(setApart).contains("<p class=\"reason\">suppressed inline: fixture for the &quot;legacy&quot; simulator &lt;v1&gt;</p>")
                .contains("<p class=\"reason\">baselined: in baseline iris-migrate-baseline.json</p>");
    }

    @Test
    void readableWithJavaScriptOffEverythingShownOnlyTheFiltersHidden() {
        String html = render(realistic());
        assertThat(html).containsOnlyOnce(" hidden").contains("<form id=\"filters\" hidden>");
        assertThat(count(html, "<article class=\"finding\"")).isEqualTo(5);
    }

    @Test
    void cleanScanHasNoFiltersAndSaysSo() {
        String html = render(empty());
        assertThat(html).contains("✅ No open Dashboard API v1 usage.").doesNotContain("<form").doesNotContain("<table");
    }

    @Test
    void hostileTextIsEscapedEverywhere() {
        String html = render(hostile());
        assertThat(count(html, "<script")).isEqualTo(1);
        assertThat(html).doesNotContain("<img").doesNotContain("</textarea>").doesNotContain("<!--")
                .doesNotContain("<b>").doesNotContain("<i>").doesNotContain("javascript:alert(1)\"");
        assertThat(count(html, "<pre")).isEqualTo(count(html, "</pre>"));
        assertThat(html).contains("<title>iris-migrate findings: &lt;script&gt;alert(&#39;project&#39;)&lt;/script&gt;</title>")
                .contains("&lt;script&gt;document.title=&#39;PWNED&#39;")
                .contains("data-file=\"src/main/java/com/acme/&lt;b&gt;x&lt;/b&gt;|`evil`/Evil (1).java\"")
                .contains("[x](javascript:alert(1)) &lt;!--");
    }

    @Test
    void credentialsAreMasked() {
        String html = render(hostile());
        assertThat(html).doesNotContain("hunter2")
                .contains("<mark>new IrisClient(&quot;9900001&quot;, &quot;apiuser&quot;, &quot;****&quot;)</mark>;")
                .contains("&quot;apiuser&quot;, &quot;****&quot;, &quot;api/v2&quot;);</span>");
    }
}
