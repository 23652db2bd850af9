package io.github.irismigrate.engine;

import java.nio.file.Path;
import java.util.List;

/**
 * What to scan: one module's directory, the root that report paths are relative to (the reactor's top directory,
 * so that paths agree across modules, baselines and aggregate reports), include and exclude globs (empty includes:
 * every supported text file), the classpath for Java type attribution, the module's name, and the other modules
 * of the build: their files that mention the Dashboard are read for facts (a base URL constant in another module),
 * never reported or rewritten from this module.
 */
public record ScanRequest(Path moduleDir, Path rootDir, List<String> includes, List<String> excludes, List<Path> classpath,
                          String projectName, List<Path> contextDirs, RunOptions options) {
    public ScanRequest(Path moduleDir, Path rootDir, List<String> includes, List<String> excludes, List<Path> classpath,
                       String projectName) {
        this(moduleDir, rootDir, includes, excludes, classpath, projectName, List.of(), RunOptions.DEFAULTS);
    }

    public ScanRequest {
        contextDirs = contextDirs.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        moduleDir = moduleDir.toAbsolutePath().normalize();
        rootDir = rootDir.toAbsolutePath().normalize();
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        classpath = List.copyOf(classpath);
    }

    /** A single-directory project: the module is its own root. */
    public static ScanRequest of(Path dir, List<Path> classpath) {
        return new ScanRequest(dir, dir, List.of(), List.of(), classpath, dir.getFileName() == null ? "project" : dir.getFileName().toString());
    }
}
