package io.github.irismigrate.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lists the files of one module to scan: every Java, Kotlin, properties (and OSGi {@code .cfg}), YAML, XML, JSON, HOCON, template and HTTP request ({@code .http}) file under the module, but
 * build output, VCS and dependency folders, and nested modules (a folder with its own pom.xml, scanned as its own
 * module), filtered by include and exclude globs relative to the module.
 */
public final class SourceCollector {
    private static final Set<String> SKIPPED_DIRS = Set.of("target", "build", ".git", ".svn", ".hg", "node_modules",
            ".mvn", ".idea", ".gradle", ".vscode", "bower_components", ".settings");

    /** The tool's own files: its baseline holds finding messages, which are not code. */
    private static final Set<String> OWN_FILES = Set.of("iris-migrate-baseline.json");

    private SourceCollector() {
    }

    public static List<Path> collect(Path projectDir, List<String> includes, List<String> excludes) {
        List<PathMatcher> inc = matchers(includes);
        List<PathMatcher> exc = matchers(excludes);
        List<Path> out = new ArrayList<>();
        try {
            Files.walkFileTree(projectDir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(projectDir)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String name = dir.getFileName().toString();
                    if (SKIPPED_DIRS.contains(name) || Files.exists(dir.resolve("pom.xml"))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    Path rel = projectDir.relativize(file);
                    if (attrs.isRegularFile() && SourceKind.of(file) != null && !OWN_FILES.contains(file.getFileName().toString())
                            && (inc.isEmpty() || matches(inc, rel)) && !matches(exc, rel)) {
                        out.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list files under " + projectDir, e);
        }
        out.sort(null);
        return out;
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> out = new ArrayList<>();
        for (String g : globs) {
            for (String part : g.split(",")) {
                String p = part.trim();
                if (!p.isEmpty()) {
                    out.add(FileSystems.getDefault().getPathMatcher("glob:" + p));
                }
            }
        }
        return out;
    }

    private static boolean matches(List<PathMatcher> ms, Path rel) {
        for (PathMatcher m : ms) {
            if (m.matches(rel)) {
                return true;
            }
        }
        return false;
    }

    /** The kinds of file the engine parses. */
    public enum SourceKind {
        JAVA, KOTLIN, PROPERTIES, YAML, XML, JSON,
        /** HOCON ({@code .conf}: Typesafe Config, vertx-config), read as plain text by {@code HoconReader}. */
        HOCON,
        /** Templates ({@code .ftl}, {@code .vm}, {@code .mustache}, ..) of XML payloads, read as XML through {@code TemplateView}. */
        TEMPLATE,
        /** Request files of HTTP clients ({@code .http} of IntelliJ, {@code .rest} of VS Code's REST Client), read as plain text. */
        HTTP;

        public static SourceKind of(Path file) {
            String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (n.endsWith(".java")) {
                return JAVA;
            }
            if (n.endsWith(".kt")) {
                return KOTLIN;
            }
            if (n.endsWith(".properties") || n.endsWith(".cfg")) {
                return PROPERTIES; // .cfg: OSGi Configuration Admin (Apache Karaf's etc/*.cfg), properties syntax
            }
            if (n.endsWith(".yml") || n.endsWith(".yaml")) {
                return YAML;
            }
            if (n.endsWith(".xml")) {
                return XML;
            }
            if (n.endsWith(".json")) {
                return JSON;
            }
            if (n.endsWith(".conf")) {
                return HOCON;
            }
            if (io.github.irismigrate.analysis.TemplateView.isTemplate(n)) {
                return TEMPLATE;
            }
            if (n.endsWith(".http") || n.endsWith(".rest")) {
                return HTTP;
            }
            return null;
        }
    }
}
