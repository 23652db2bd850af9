package io.github.irismigrate.maven;

import io.github.irismigrate.catalog.Severity;
import io.github.irismigrate.engine.ForkedEngine;
import io.github.irismigrate.engine.ScanResult;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Rewrites every fixable v1 usage in place (atomically, keeping encoding, BOM and line endings), then reports what
 * is left the way {@code check} does, without failing the build.
 */
@Mojo(name = "fix", threadSafe = true)
public class FixMojo extends AbstractIrisMojo {
    @Override
    protected String goal() {
        return "fix";
    }

    @Override
    protected ForkedEngine.Goal scanGoal() {
        return ForkedEngine.Goal.FIX;
    }

    @Override
    protected void verdict(ScanResult result, Severity threshold, Scope scope) {
        boolean aggregate = scope == Scope.AGGREGATE;
        long left = result.findings().stream().filter(f -> f.counts() && !f.fixed()).count();
        getLog().info("iris-migrate: fixed " + result.filesFixed() + " file(s)" + (aggregate ? " in this build" : "") + "; "
                + left + " finding(s) need a person (see the reports)");
    }
}
