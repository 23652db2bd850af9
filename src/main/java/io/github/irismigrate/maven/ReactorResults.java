package io.github.irismigrate.maven;

import io.github.irismigrate.engine.Finding;
import io.github.irismigrate.engine.ScanResult;
import io.github.irismigrate.engine.ToolError;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Results of one goal across the modules of one reactor build, so that the last module to finish (in any order,
 * also with {@code -T}) can write the aggregate report and give the verdict for the whole build. Keyed by the build's
 * execution request: parallel builds give each module its own copy of the session, but share the request.
 */
final class ReactorResults {
    private static final Map<Object, Map<String, Map<String, ScanResult>>> BY_SESSION =
            Collections.synchronizedMap(new WeakHashMap<>());

    private ReactorResults() {
    }

    /** Records a module's result; returns all results when this was the last expected module, else null. */
    static Map<String, ScanResult> record(MavenSession session, String goal, MavenProject project, ScanResult result, int expected) {
        synchronized (BY_SESSION) {
            Map<String, ScanResult> results = BY_SESSION.computeIfAbsent(session.getRequest(), s -> new LinkedHashMap<>())
                    .computeIfAbsent(goal, g -> new LinkedHashMap<>());
            results.put(project.getId(), result);
            return results.size() >= expected ? new LinkedHashMap<>(results) : null;
        }
    }

    static ScanResult merge(String name, Map<String, ScanResult> results) {
        List<Finding> findings = new ArrayList<>();
        List<ToolError> errors = new ArrayList<>();
        int files = 0;
        int fixed = 0;
        long millis = 0;
        for (ScanResult r : results.values()) {
            findings.addAll(r.findings());
            errors.addAll(r.errors());
            files += r.filesScanned();
            fixed += r.filesFixed();
            millis += r.elapsedMillis();
        }
        return new ScanResult(name, findings, errors, files, fixed, millis);
    }
}
