package io.github.irismigrate.analysis;

import org.openrewrite.SourceFile;

/** How the rules, facts and findings name a parsed file: its path from the project root, with forward slashes. */
public final class SourcePaths {
    private SourcePaths() {
    }

    public static String of(SourceFile file) {
        return file.getSourcePath().toString().replace('\\', '/');
    }
}
