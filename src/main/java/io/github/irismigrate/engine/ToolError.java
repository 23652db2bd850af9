package io.github.irismigrate.engine;

import org.jspecify.annotations.Nullable;

/** A file the tool could not handle (did not parse, could not be read or written, a rule crashed on it). */
public record ToolError(String file, @Nullable String ruleId, String message) {
}
