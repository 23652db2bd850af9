package io.github.irismigrate.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads what the real plugin wrote in the invoker builds of {@code test-projects/} and compares it with each
 * project's {@code expected-findings.txt}: exactly the same (rule, file, line) set, no more, no fewer.
 */
class ConsumerProjectsIT {
    private static final Path IT_DIR = Path.of(System.getProperty("it.dir", "target/it"));
    private static final Path PROJECTS = Path.of(System.getProperty("test.projects.dir", "test-projects"));

    @TestFactory
    Stream<DynamicTest> eachProjectReportsExactlyItsExpectedFindings() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(PROJECTS)) {
            for (Path dir : dirs.sorted().toList()) {
                Path expected = dir.resolve("expected-findings.txt");
                if (Files.exists(expected)) {
                    String name = dir.getFileName().toString();
                    tests.add(DynamicTest.dynamicTest(name, () -> assertFindings(name, expected)));
                }
            }
        }
        assertThat(tests).as("test projects with expected-findings.txt").isNotEmpty();
        return tests.stream();
    }

    private static void assertFindings(String project, Path expectedFile) throws IOException {
        Path report = IT_DIR.resolve(project).resolve("target/iris-migrate/findings.json");
        assertThat(report).as("findings.json of " + project + " (see target/it/" + project + "/build.log)").exists();
        assertThat(IT_DIR.resolve(project).resolve("target/iris-migrate/findings.sarif")).exists();
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        List<String> actual = new ArrayList<>();
        for (JsonNode f : json.get("findings")) {
            actual.add(f.get("ruleId").asText() + " " + f.get("file").asText() + ":" + f.get("line").asInt());
        }
        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(expectedFile)) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                expected.add(l);
            }
        }
        // a list, not a set: two findings of one rule on one line must both be there
        assertThat(actual).as("findings of " + project).containsExactlyInAnyOrderElementsOf(expected);
    }
}
