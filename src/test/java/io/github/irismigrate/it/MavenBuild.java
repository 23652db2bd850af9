package io.github.irismigrate.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a real Maven build of a copy of a test project, with this build's plugin version. */
final class MavenBuild {
    static final Path PROJECTS = Path.of(System.getProperty("test.projects.dir", "test-projects"));
    static final Path SCENARIOS = Path.of(System.getProperty("scenarios.dir", "target/scenarios"));
    private static final String VERSION = System.getProperty("iris-migrate.version", "0.1.0-SNAPSHOT");
    private static final String MAVEN_HOME = System.getProperty("maven.home", "");

    record Outcome(int exitCode, String log) {
        boolean succeeded() {
            return exitCode == 0;
        }
    }

    private MavenBuild() {
    }

    /** A fresh copy of {@code test-projects/<project>} under {@code target/scenarios/<scenario>}. */
    static Path copy(String project, String scenario) throws IOException {
        Path target = SCENARIOS.resolve(scenario).toAbsolutePath();
        deleteTree(target);
        Path source = PROJECTS.resolve(project);
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.getFileName().toString().equals("target")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(target.resolve(source.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, target.resolve(source.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
        return target;
    }

    static Outcome run(Path dir, String... args) throws IOException, InterruptedException {
        String mvn = MAVEN_HOME.isEmpty() ? "mvn" : Path.of(MAVEN_HOME, "bin", "mvn").toString();
        List<String> cmd = new ArrayList<>(List.of(mvn, "-B", "-ntp", "-Diris-migrate.version=" + VERSION));
        cmd.addAll(List.of(args));
        Path log = dir.resolve("scenario-" + System.nanoTime() + ".log");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("mvn " + String.join(" ", args) + " in " + dir + " did not finish in 5 minutes");
        }
        String text = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        return new Outcome(p.exitValue(), text);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    p.toFile().setWritable(true);
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
