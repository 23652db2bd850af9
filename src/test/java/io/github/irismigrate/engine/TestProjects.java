package io.github.irismigrate.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the projects in {@code test-projects/} for engine tests that change files or keep state next to them. */
final class TestProjects {
    private TestProjects() {
    }

    /** The sources of {@code test-projects/<name>} under {@code dir}: a build of it (the README's main job) leaves a target/ that is not copied. */
    static Path copy(String name, Path dir) throws IOException {
        Path from = Path.of("test-projects", name);
        Path project = dir.resolve(name);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !from.relativize(f).startsWith("target")).toList()) {
                Path to = project.resolve(from.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        return project;
    }
}
