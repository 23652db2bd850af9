package io.github.irismigrate.analysis;

import org.jspecify.annotations.Nullable;

/** An outermost text-building expression or config value of one file, before resolution. */
public record Root(String sourcePath, AssembledText text, RootKind kind, @Nullable String configKey) {
}
