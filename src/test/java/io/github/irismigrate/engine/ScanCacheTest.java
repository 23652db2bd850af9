package io.github.irismigrate.engine;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scan cache gives the very result of a full scan while no file a rule reads has changed, and is never used
 * once one has: on a copy of the demo project.
 */
class ScanCacheTest {
    @TempDir
    Path tmp;

    private Path project;
    private Path cacheFile;
    private final List<String> messages = new ArrayList<>();

    @BeforeEach
    void copyDemo() throws IOException {
        project = TestProjects.copy("demo", tmp);
        cacheFile = project.resolve("target/iris-migrate/scan-cache.json");
    }

    private List<Path> classpath = List.of();

    private ScanResult check(RunOptions options) {
        messages.clear();
        ScanRequest request = new ScanRequest(project, project, List.of(), List.of(), classpath, "demo", List.of(), options);
        return new Engine(messages::add).withCache(cacheFile).check(request);
    }

    private ScanResult check() {
        return check(RunOptions.DEFAULTS);
    }

    private boolean reused() {
        return messages.stream().anyMatch(m -> m.contains("findings are reused"));
    }

    private static List<String> keys(ScanResult r) {
        return r.findings().stream().map(f -> f.rule().id() + " " + f.file() + ":" + f.line() + ":" + f.column() + " "
                + f.fixable() + " " + f.message() + " " + f.snippet() + " " + f.fixDiff() + " " + f.suppression()
                + " " + f.fingerprint()).toList();
    }

    @Test
    void aSecondScanOfAnUnchangedProjectReusesTheFirstsFindingsExactly() {
        ScanResult first = check();
        assertThat(reused()).isFalse();
        assertThat(cacheFile).isRegularFile();
        assertThat(first.findings()).hasSize(19);

        ScanResult second = check();
        assertThat(reused()).isTrue();
        assertThat(messages).noneMatch(m -> m.startsWith("parsed"));
        assertThat(keys(second)).containsExactlyElementsOf(keys(first));
        assertThat(second.errors()).isEqualTo(first.errors());
        assertThat(second.filesScanned()).isEqualTo(first.filesScanned());
    }

    @Test
    void aChangeToAFileNoRuleReadsKeepsTheCache() throws IOException {
        ScanResult first = check();
        Path plain = project.resolve("src/main/java/com/acme/numbers/web/Plain.java");
        Files.writeString(plain, "package com.acme.numbers.web;\n\nclass Plain {\n    int answer() { return 42; }\n}\n");

        ScanResult second = check();
        assertThat(reused()).isTrue();
        assertThat(keys(second)).containsExactlyElementsOf(keys(first));
        assertThat(second.filesScanned()).isEqualTo(first.filesScanned() + 1);
    }

    @Test
    void aChangeToAFileARuleReadsScansAfresh() throws IOException {
        check();
        Path client = project.resolve("src/main/java/com/acme/numbers/iris/DashboardHttpClient.java");
        String text = Files.readString(client);
        int end = text.lastIndexOf('}');
        Files.writeString(client, text.substring(0, end)
                + "    String e911 = \"https://dashboard.bandwidth.com/api/v2/accounts/1/addresses\";\n}\n");

        ScanResult second = check();
        assertThat(reused()).isFalse();
        assertThat(second.findings()).hasSize(20);
        assertThat(second.findings()).anyMatch(f -> f.rule().id().equals("BW002")
                && f.file().endsWith("DashboardHttpClient.java") && f.snippet().contains("String e911"));
        assertThat(check().findings()).hasSize(20);
        assertThat(reused()).isTrue();
    }

    @Test
    void otherOptionsScanAfresh() {
        check();
        check(new RunOptions("CAN", "E164"));
        assertThat(reused()).isFalse();
        assertThat(check(new RunOptions("CAN", "E164")).findings()).allMatch(f -> !f.message().contains("countryCodeA3=USA"));
        assertThat(reused()).isTrue();
    }

    @Test
    void aRecompiledClassOrANewOneNoScannedFileNamesKeepsTheCacheAndANamedClassOrAJarDoesNot() throws IOException {
        Path classes = tmp.resolve("classes");
        Path compiled = classes.resolve("com/acme/numbers/web/Plain.class");
        Files.createDirectories(compiled.getParent());
        Files.write(compiled, new byte[] {1, 2, 3});
        Path jar = tmp.resolve("lib-1.0.jar");
        Files.write(jar, new byte[] {4, 5});
        classpath = List.of(classes, jar);
        check();

        Files.write(compiled, new byte[] {1, 2, 3, 4, 5, 6}); // the same class, compiled again after an edit
        check();
        assertThat(reused()).isTrue();

        Files.write(classes.resolve("com/acme/numbers/web/Added.class"), new byte[] {7}); // a pull request's new class
        Files.write(classes.resolve("com/acme/numbers/web/Added$1.class"), new byte[] {8});
        check();
        assertThat(reused()).as("a class no scanned file names").isTrue();

        // a class the Dashboard code names (IrisPaths) appears in another package: it could shadow the one it means
        Files.createDirectories(classes.resolve("com/acme/other"));
        Files.write(classes.resolve("com/acme/other/IrisPaths.class"), new byte[] {9});
        check();
        assertThat(reused()).as("a class a scanned file names").isFalse();
        check();
        assertThat(reused()).isTrue();
        Files.delete(classes.resolve("com/acme/other/IrisPaths.class"));
        check();
        assertThat(reused()).as("that class removed").isFalse();

        Files.write(jar, new byte[] {4, 5, 6}); // another jar at that path
        check();
        assertThat(reused()).isFalse();
        check();
        assertThat(reused()).isTrue();
    }

    @Test
    void aDamagedCacheIsAMissAndIsReplaced() throws IOException {
        ScanResult first = check();
        Files.writeString(cacheFile, "{ not json", StandardOpenOption.TRUNCATE_EXISTING);

        ScanResult second = check();
        assertThat(reused()).isFalse();
        assertThat(keys(second)).containsExactlyElementsOf(keys(first));
        check();
        assertThat(reused()).isTrue();
    }

    @Test
    void aCacheThatCannotBeWrittenIsNamedAndTheScanGoesOn() throws IOException {
        Files.createDirectories(cacheFile.getParent().getParent());
        Files.writeString(cacheFile.getParent(), "a file where the cache directory should be");

        ScanResult r = check();
        assertThat(r.findings()).hasSize(19);
        assertThat(messages).anyMatch(m -> m.contains("cannot be written") && m.contains("scan-cache.json"));
    }
}
