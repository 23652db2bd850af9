package io.github.irismigrate.maven;

import io.github.irismigrate.catalog.Severity;
import io.github.irismigrate.engine.Engine;
import io.github.irismigrate.engine.Finding;
import io.github.irismigrate.engine.ScanRequest;
import io.github.irismigrate.engine.ScanResult;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.util.List;

/**
 * The CI gate: scans the module for Dashboard API v1 usages, writes the reports, and fails the build while
 * findings at or above {@code failOn} remain. Never changes a source file.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
public class CheckMojo extends AbstractIrisMojo {
    @Override
    protected String goal() {
        return "check";
    }

    @Override
    protected ScanResult run(Engine engine, ScanRequest request) {
        return engine.check(request);
    }

    @Override
    protected void verdict(ScanResult result, Severity threshold) throws MojoFailureException {
        List<Finding> failing = failing(result, threshold);
        if (!failing.isEmpty()) {
            throw new MojoFailureException(failing.size() + " Bandwidth Dashboard API v1 usage(s) at or above '"
                    + threshold.label() + "' remain (" + byRule(failing) + "). See the list above or the reports in "
                    + outputDirectory + "; run 'mvn iris-migrate:fix' to rewrite the fixable ones.");
        }
        getLog().info("iris-migrate: no Dashboard API v1 usages at or above '"
                + (threshold == null ? "none" : threshold.label()) + "': gate passed");
    }
}
