package io.github.irismigrate.maven;

import io.github.irismigrate.catalog.Severity;
import io.github.irismigrate.engine.Baseline;
import io.github.irismigrate.engine.ForkedEngine;
import io.github.irismigrate.engine.ScanResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

import java.io.IOException;

/**
 * Writes the current findings to the baseline file, so that {@code check} fails only on new ones. In a multi-module
 * build the file holds every module's findings and is written once, after the last module.
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends AbstractIrisMojo {
    @Override
    protected String goal() {
        return "baseline";
    }

    @Override
    protected boolean usesBaseline() {
        return false; // the new baseline holds every current finding, whatever the old one said
    }

    @Override
    protected ForkedEngine.Goal scanGoal() {
        return ForkedEngine.Goal.CHECK;
    }

    @Override
    protected void verdict(ScanResult result, Severity threshold, Scope scope) throws MojoExecutionException {
        if (scope == Scope.PARTIAL) {
            return; // the file is written once, with every module's findings, after the last module
        }
        try {
            int n = Baseline.write(baseline.toPath(), result.findings());
            getLog().info("iris-migrate: wrote " + n + " finding(s) to the baseline " + baseline
                    + "; check now fails only on findings not in it");
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the baseline " + baseline + ": " + e.getMessage(), e);
        }
    }
}
