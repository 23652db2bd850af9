package io.github.irismigrate.analysis;

import org.openrewrite.SourceFile;

/** How the rules, facts and findings name a parsed file: its path from the project root, with forward slashes. */
public final class SourcePaths {
    private SourcePaths() {
    }

    public static String of(SourceFile file) {
        return file.getSourcePath().toString().replace('\\', '/');
    }

    /** True for a file of the project's tests ({@code src/test/..}, also a module's {@code core/src/test/..}). */
    public static boolean isTest(String path) {
        return path.startsWith("src/test/") || path.contains("/src/test/");
    }
}
