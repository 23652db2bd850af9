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
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs a real Maven build of a copy of a test project, with this build's plugin version. */
final class MavenBuild {
    static final Path PROJECTS = Path.of(System.getProperty("test.projects.dir", "test-projects"));
    /**
     * Copies live outside the repository: rewrite-maven-plugin skips files that the enclosing git repository ignores,
     * and this repository ignores target/.
     */
    static final Path SCENARIOS = Path.of(System.getProperty("scenarios.dir",
            Path.of(System.getProperty("java.io.tmpdir"), "iris-migrate-scenarios").toString()));
    private static final String VERSION = System.getProperty("iris-migrate.version", "0.1.0-SNAPSHOT");
    private static final String MAVEN_HOME = System.getProperty("maven.home", "");

    record Outcome(int exitCode, String log) {
        boolean succeeded() {
            return exitCode == 0;
        }
    }

    /**
     * The JDK the {@code mvn} subprocess runs on. {@link #DEFAULT} inherits this JVM's environment (JDK 17 in CI);
     * {@link #JDK25} sets {@code JAVA_HOME} to the Temurin 25 JDK ({@code -Djdk25.home}, by default
     * {@code /usr/lib/jvm/temurin-25-jdk-amd64}) and checks that Maven really ran on it.
     */
    enum Jdk {
        DEFAULT("jdk17", null, null),
        JDK25("jdk25", System.getProperty("jdk25.home", "/usr/lib/jvm/temurin-25-jdk-amd64"), "25");

        final String label;
        private final String home;
        private final String feature;

        Jdk(String label, String home, String feature) {
            this.label = label;
            this.home = home;
            this.feature = feature;
        }

        /** Why this JDK cannot run a build here, or null when it can. */
        String unavailableReason() {
            if (home == null) {
                return null;
            }
            Path java = Path.of(home, "bin", "java");
            if (!Files.isExecutable(java)) {
                return "JDK " + feature + " is not installed: " + java + " is missing or not executable"
                        + " (install Temurin " + feature + " there or point -Djdk25.home at it)";
            }
            return null;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private MavenBuild() {
    }

    /** A fresh copy of {@code test-projects/<project>} under the scenarios directory (outside the repository). */
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
        return run(Jdk.DEFAULT, dir, args);
    }

    /**
     * Runs {@code mvn} on the given JDK. A JDK that is not installed fails with an {@link IllegalStateException}
     * naming the reason; a build that did not run on the requested JDK fails the same way.
     */
    static Outcome run(Jdk jdk, Path dir, String... args) throws IOException, InterruptedException {
        String reason = jdk.unavailableReason();
        if (reason != null) {
            throw new IllegalStateException("cannot run mvn " + String.join(" ", args) + " on " + jdk + ": " + reason);
        }
        String mvn = MAVEN_HOME.isEmpty() ? "mvn" : Path.of(MAVEN_HOME, "bin", "mvn").toString();
        List<String> cmd = new ArrayList<>(List.of(mvn, "-B", "-ntp", "-Diris-migrate.version=" + VERSION));
        if (jdk.home != null) {
            cmd.add("-V");
        }
        cmd.addAll(List.of(args));
        Path log = dir.resolve("scenario-" + System.nanoTime() + ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        if (jdk.home != null) {
            pb.environment().put("JAVA_HOME", jdk.home);
        }
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("mvn " + String.join(" ", args) + " in " + dir + " did not finish in 5 minutes");
        }
        String text = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        if (jdk.feature != null && !text.contains("Java version: " + jdk.feature)) {
            throw new IllegalStateException("mvn " + String.join(" ", args) + " was asked to run on " + jdk + " (JAVA_HOME="
                    + jdk.home + ") but did not report 'Java version: " + jdk.feature + "'; its log starts:\n"
                    + text.substring(0, Math.min(2000, text.length())));
        }
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

    /** Every file under root but build output and scenario logs, by relative path. */
    static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(f).toString().replace('\\', '/');
                if (!rel.startsWith("target/") && !rel.contains("/target/") && !rel.endsWith(".log")) {
                    out.put(rel, Files.readAllBytes(f));
                }
            }
        }
        return out;
    }

    /** ISO-8859-1 keeps every byte, so equal text means byte-identical files. */
    static Map<String, String> text(Map<String, byte[]> tree) {
        Map<String, String> out = new TreeMap<>();
        tree.forEach((k, v) -> out.put(k, new String(v, StandardCharsets.ISO_8859_1)));
        return out;
    }
}
