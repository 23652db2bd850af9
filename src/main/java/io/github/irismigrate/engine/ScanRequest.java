package io.github.irismigrate.engine;

import java.nio.file.Path;
import java.util.List;

/**
 * What to scan: the project directory (report paths are relative to it), include and exclude globs (empty
 * includes: every supported text file), the classpath for Java type attribution, and the project's name.
 */
public record ScanRequest(Path projectDir, List<String> includes, List<String> excludes, List<Path> classpath,
                          String projectName) {
    public ScanRequest {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        classpath = List.copyOf(classpath);
    }
}
