package io.github.irismigrate.engine;

import java.util.List;

/** What one run found: the findings, sorted by file, line and column; the files it could not handle; counts. */
public record ScanResult(String projectName, List<Finding> findings, List<ToolError> errors, int filesScanned,
                         int filesFixed, long elapsedMillis) {
}
