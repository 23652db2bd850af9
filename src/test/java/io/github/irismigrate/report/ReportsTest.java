package io.github.irismigrate.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ReportsTest {

    @TempDir
    Path dir;

    private List<String> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesEachFormat() throws IOException {
        Path out = dir.resolve("target/iris-migrate");
        List<Path> written = Reports.write(SampleScans.realistic(), EnumSet.allOf(ReportFormat.class), out, "1.0.0");
        assertThat(written).containsExactly(out.resolve("findings.sarif"), out.resolve("findings.json"),
                out.resolve("findings.md"), out.resolve("findings.html"));
        assertThat(filesIn(out)).containsExactly("findings.html", "findings.json", "findings.md", "findings.sarif");
        assertThat(Reports.supported()).containsExactly(ReportFormat.SARIF, ReportFormat.JSON, ReportFormat.MARKDOWN,
                ReportFormat.HTML);
    }

    @Test
    void writesOnlyWhatWasAskedFor() throws IOException {
        assertThat(Reports.write(SampleScans.empty(), Set.of(ReportFormat.JSON), dir, "1")).containsExactly(dir.resolve("findings.json"));
        assertThat(Reports.write(SampleScans.empty(), Set.of(ReportFormat.HTML), dir, "1")).containsExactly(dir.resolve("findings.html"));
        assertThat(filesIn(dir)).containsExactly("findings.html", "findings.json");
    }

    @Test
    void replacesAnOldReportAndLeavesNoTemporaryFile() throws IOException {
        Files.writeString(dir.resolve("findings.sarif"), "stale");
        Reports.write(SampleScans.realistic(), Set.of(ReportFormat.SARIF), dir, "1");
        assertThat(Files.readString(dir.resolve("findings.sarif"))).startsWith("{").contains("\"BW001\"");
        assertThat(filesIn(dir)).containsExactly("findings.sarif");
    }

    @Test
    void reportGetsTheSamePermissionsAsAnyNewFileInTheDirectory() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path report = Reports.write(SampleScans.empty(), Set.of(ReportFormat.JSON), dir, "1").get(0);
        assertThat(Files.getPosixFilePermissions(report)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void failedWriteLeavesTheOldReportAndNoTemporaryFile() throws IOException {
        Files.writeString(dir.resolve("findings.sarif"), "previous");
        io.github.irismigrate.engine.ScanResult broken =
                new io.github.irismigrate.engine.ScanResult("p", null, List.of(), 0, 0, 0);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> Reports.write(broken, Set.of(ReportFormat.SARIF), dir, "1"));
        assertThat(Files.readString(dir.resolve("findings.sarif"))).isEqualTo("previous");
        assertThat(filesIn(dir)).containsExactly("findings.sarif");
    }

    @Test
    void aReportThatCannotBeWrittenFailsTheWriteAfterTheOthersAreInPlace() throws IOException {
        Files.createDirectories(dir.resolve("findings.sarif/in-the-way"));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> Reports.write(SampleScans.realistic(), EnumSet.allOf(ReportFormat.class), dir, "1"))
                .isInstanceOf(IOException.class).hasMessageContaining("findings.sarif");
        assertThat(filesIn(dir)).containsExactly("findings.html", "findings.json", "findings.md", "findings.sarif");
        assertThat(Files.readString(dir.resolve("findings.json"))).contains("\"BW001\"");
    }
}
