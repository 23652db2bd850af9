package io.github.irismigrate.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SARIF the real plugin wrote in the invoker builds is clean under Microsoft's SARIF Multitool {@code validate}
 * (npm {@code @microsoft/sarif-multitool}): what code-scanning services check beyond the schema.
 */
class SarifMultitoolIT {
    private static final String VERSION = "5.7.0";
    private static final Path IT_DIR = Path.of(System.getProperty("it.dir", "target/it"));
    private static Path multitool;

    @BeforeAll
    static void install() throws Exception {
        Path prefix = IT_DIR.getParent().resolve("sarif-multitool");
        Files.createDirectories(prefix);
        Path log = prefix.resolve("npm-install.log");
        Process p = new ProcessBuilder("npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix", prefix.toString(),
                "@microsoft/sarif-multitool@" + VERSION).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("npm install of the SARIF Multitool").isTrue();
        assertThat(p.exitValue()).as("npm install of @microsoft/sarif-multitool (needs npm): " + Files.readString(log)).isZero();
        multitool = prefix.resolve("node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool");
        assertThat(multitool).as("the Multitool's Linux binary").isExecutable();
    }

    @Test
    void reportsOfEveryTestProjectValidateWithoutErrorsOrWarnings() throws Exception {
        List<Path> reports = new ArrayList<>();
        try (var dirs = Files.list(IT_DIR)) {
            for (Path d : dirs.sorted().toList()) {
                Path sarif = d.resolve("target/iris-migrate/findings.sarif");
                if (Files.exists(sarif)) {
                    reports.add(sarif);
                }
            }
        }
        assertThat(reports).as("SARIF reports of the invoker builds").hasSizeGreaterThanOrEqualTo(3);
        for (Path sarif : reports) {
            Path out = sarif.resolveSibling("multitool-validation.sarif");
            Process p = new ProcessBuilder(multitool.toString(), "validate", sarif.toString(), "--level", "Error;Warning",
                    "--output", out.toString(), "--log", "ForceOverwrite").redirectErrorStream(true)
                    .redirectOutput(sarif.resolveSibling("multitool.log").toFile()).start();
            assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
            String log = Files.readString(sarif.resolveSibling("multitool.log"), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(log).isZero();
            assertThat(problems(out)).as("Multitool errors and warnings for " + sarif).isEmpty();
        }
    }

    private static List<String> problems(Path validation) throws IOException {
        JsonNode root = new ObjectMapper().readTree(validation.toFile());
        List<String> out = new ArrayList<>();
        for (JsonNode run : root.path("runs")) {
            for (JsonNode r : run.path("results")) {
                out.add(r.path("ruleId").asText() + " " + r.path("message").toString());
            }
        }
        return out;
    }
}
