package io.github.irismigrate.report;

import io.github.irismigrate.engine.Finding;
import io.github.irismigrate.engine.ScanResult;
import io.github.irismigrate.engine.ToolError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Opens {@code findings.html} in headless Chromium and reads the DOM after the page's own script ran. Needs Chromium:
 * the test fails, not skips, without it ({@value #INSTALL}). {@code IRIS_MIGRATE_CHROMIUM} may name the binary.
 */
class HtmlReportChromiumTest {

    static final String INSTALL = "apt-get update && apt-get install -y chromium";
    private static final long TIMEOUT_SECONDS = 90;

    @TempDir
    Path dir;

    /** The realistic findings plus the hostile ones: 8 findings, 3 tool errors. */
    private static ScanResult scan() {
        ScanResult realistic = SampleScans.realistic();
        ScanResult hostile = SampleScans.hostile();
        List<Finding> findings = new ArrayList<>(realistic.findings());
        findings.addAll(hostile.findings());
        List<ToolError> errors = new ArrayList<>(realistic.errors());
        errors.addAll(hostile.errors());
        return new ScanResult(hostile.projectName(), findings, errors, 45, 0, 9);
    }

    static Path chromium() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getenv("IRIS_MIGRATE_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        candidates.add(Path.of("/usr/bin/chromium"));
        String path = System.getenv("PATH");
        if (path != null) {
            for (String d : path.split(File.pathSeparator)) {
                Stream.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
                        .forEach(name -> candidates.add(Path.of(d, name)));
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst().orElseThrow(() -> new AssertionError(
                "Headless Chromium is required by this test and was not found (looked for /usr/bin/chromium, "
                        + "chromium, chromium-browser, google-chrome on PATH, and $IRIS_MIGRATE_CHROMIUM). Install it "
                        + "with: " + INSTALL));
    }

    private String dumpDom(Path page) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "chromium-profile-");
        List<String> command = new ArrayList<>(List.of(chromium().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        command.add("--dump-dom");
        command.add(page.toUri().toString());
        Path out = dir.resolve("dom-" + System.nanoTime() + ".html");
        Path err = dir.resolve("chromium-" + System.nanoTime() + ".log");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            fail("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command + "\n" + Files.readString(err));
        }
        assertThat(process.exitValue()).as("Chromium exit status; its log:\n%s", Files.readString(err)).isZero();
        String dom = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(dom).as("dumped DOM; Chromium log:\n%s", Files.readString(err)).contains("</html>");
        return dom;
    }

    private Path page() throws IOException {
        return Reports.write(scan(), Set.of(ReportFormat.HTML), dir.resolve("report dir"), "1.2.3").get(0);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void rendersTheFindingsRunsItsOwnScriptAndNoPlantedOne() throws Exception {
        String dom = dumpDom(page());

        // the page's own script ran (the policy's hash admits it) and counted the findings it can filter
        assertThat(dom).contains("<html lang=\"en\" data-filters=\"ready\">")
                .contains("<form id=\"filters\">")
                .contains("<output id=\"shown\">8 of 8 findings shown</output>");
        assertThat(count(dom, "<article class=\"finding\" data-rule=")).isEqualTo(8);
        assertThat(dom).doesNotContain("<article class=\"finding\" data-rule=\"BW001\" hidden");
        assertThat(dom).contains("<section id=\"errors\">").contains("<section id=\"set-apart\">")
                .contains("<p class=\"reason\">suppressed inline: fixture for the \"legacy\" simulator &lt;v1&gt;</p>");

        // the planted script and event handler did not run: title and body untouched, no element was added
        assertThat(dom).contains("<title>iris-migrate findings: &lt;script&gt;alert('project')&lt;/script&gt;</title>")
                .doesNotContain("PWNED</title>")
                .contains("<body>\n")
                .doesNotContain("data-pwned=\"");
        assertThat(count(dom, "<script")).as("only the page's own script element").isEqualTo(1);
        assertThat(dom).doesNotContain("<img").doesNotContain("<textarea").doesNotContain("<!--");
        // ... and is shown as text
        assertThat(dom).contains("String s = \"&lt;script&gt;document.title='PWNED';document.body.setAttribute('data-pwned','1')"
                + "&lt;/script&gt;&lt;/textarea&gt;&lt;/pre&gt;&lt;img src=x onerror=");
        assertThat(dom).doesNotContain("hunter2");
    }
}
