package io.github.irismigrate.maven;

import io.github.irismigrate.catalog.Severity;
import io.github.irismigrate.engine.ForkedEngine;
import io.github.irismigrate.engine.Finding;
import io.github.irismigrate.engine.ScanResult;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

import java.util.List;

/**
 * The CI gate: scans the module for Dashboard API v1 usages, writes the reports, and fails the build while
 * findings at or above {@code failOn} remain that are neither suppressed nor baselined. Never changes a source
 * file. In a multi-module build the verdict is given once, after the last module, over all of them.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractIrisMojo {
    @Override
    protected String goal() {
        return "check";
    }

    @Override
    protected ForkedEngine.Goal scanGoal() {
        return ForkedEngine.Goal.CHECK;
    }

    @Override
    protected void verdict(ScanResult result, Severity threshold, Scope scope) throws MojoFailureException {
        boolean aggregate = scope == Scope.AGGREGATE;
        if (scope == Scope.PARTIAL) {
            int n = failing(result, threshold).size();
            getLog().info("iris-migrate: " + n + " failing finding(s) in " + project.getArtifactId()
                    + "; the verdict for the whole build comes after the last module");
            return;
        }
        List<Finding> failing = failing(result, threshold);
        String where = aggregate ? "in this build" : "in " + project.getArtifactId();
        if (!failing.isEmpty()) {
            throw new MojoFailureException(failing.size() + " Bandwidth Dashboard API v1 usage(s) at or above '"
                    + threshold.label() + "' remain " + where + " (" + byRule(failing) + "). See the list above or the reports in "
                    + (aggregate ? session.getTopLevelProject().getBuild().getDirectory() + "/iris-migrate" : outputDirectory)
                    + "; run 'mvn iris-migrate:fix' to rewrite the fixable ones, or 'mvn iris-migrate:baseline' to accept the current ones.");
        }
        long open = result.findings().stream().filter(f -> f.counts() && !f.fixed()).count();
        if (threshold == null && open > 0) {
            getLog().info("iris-migrate: " + open + " open finding(s) " + where + "; not failing (failOn=none)");
        } else {
            getLog().info("iris-migrate: no Dashboard API v1 usages at or above '"
                    + (threshold == null ? "none" : threshold.label()) + "' " + where + ": gate passed");
        }
    }
}
