package io.github.irismigrate.maven;

import io.github.irismigrate.catalog.Rule;
import io.github.irismigrate.catalog.Severity;
import io.github.irismigrate.engine.Engine;
import io.github.irismigrate.engine.Finding;
import io.github.irismigrate.engine.ScanRequest;
import io.github.irismigrate.engine.ScanResult;
import io.github.irismigrate.engine.ToolError;
import io.github.irismigrate.report.ConsoleSummary;
import io.github.irismigrate.report.ReportFormat;
import io.github.irismigrate.report.Reports;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Parameters and the run/report/verdict flow shared by the goals. */
abstract class AbstractIrisMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /**
     * Skips the goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "iris-migrate.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * The lowest severity that fails {@code check}: {@code error}, {@code warning}, {@code note}, or {@code none}
     * to never fail.
     *
     * @since 0.1.0
     */
    @Parameter(property = "iris-migrate.failOn", defaultValue = "warning")
    protected String failOn;

    /**
     * Report formats to write, comma-separated: any of {@code sarif,json,md,html}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "iris-migrate.formats", defaultValue = "sarif,json,md,html")
    protected String formats;

    /**
     * Where the reports go.
     *
     * @since 0.1.0
     */
    @Parameter(property = "iris-migrate.outputDirectory", defaultValue = "${project.build.directory}/iris-migrate")
    protected File outputDirectory;

    /**
     * Globs of files to scan, relative to the module; empty scans every Java, properties, YAML, XML and JSON file.
     *
     * @since 0.1.0
     */
    @Parameter(property = "iris-migrate.includes")
    protected List<String> includes = new ArrayList<>();

    /**
     * Globs of files not to scan, relative to the module.
     *
     * @since 0.1.0
     */
    @Parameter(property = "iris-migrate.excludes")
    protected List<String> excludes = new ArrayList<>();

    /** The goal's name, for messages. */
    protected abstract String goal();

    protected abstract ScanResult run(Engine engine, ScanRequest request) throws MojoExecutionException;

    /** What the goal does with the result once the reports are written. */
    protected abstract void verdict(ScanResult result, Severity threshold) throws MojoFailureException;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("iris-migrate:" + goal() + " skipped (iris-migrate.skip=true)");
            return;
        }
        Severity threshold = parseFailOn();
        Set<ReportFormat> reportFormats;
        try {
            reportFormats = ReportFormat.parse(formats);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid iris-migrate.formats '" + formats + "': " + e.getMessage());
        }
        if ("pom".equals(project.getPackaging()) && !project.getModules().isEmpty()
                && !Files.isDirectory(project.getBasedir().toPath().resolve("src"))) {
            getLog().info("iris-migrate:" + goal() + ": aggregator project without sources, nothing to scan");
            return;
        }
        ScanRequest request = new ScanRequest(project.getBasedir().toPath(), includes, excludes, classpath(),
                project.getArtifactId());
        Engine engine = new Engine(msg -> getLog().info("iris-migrate: " + msg));
        ScanResult result = run(engine, request);
        for (ToolError e : result.errors()) {
            getLog().warn("iris-migrate: " + (e.file().isEmpty() ? "" : e.file() + ": ") + e.message());
        }
        if (result.filesScanned() == 0) {
            getLog().warn("iris-migrate: scanned 0 files under " + project.getBasedir() + " (check includes/excludes)");
        }
        for (String line : ConsoleSummary.lines(result)) {
            getLog().info(line);
        }
        for (Finding f : result.findings()) {
            if (f.counts() && !f.fixed()) {
                getLog().info(String.format("  %s:%d:%d [%s] %s", f.file(), f.line(), f.column(), f.severity().label(), f.message()));
            }
        }
        try {
            List<Path> written = Reports.write(result, reportFormats, outputDirectory.toPath(), version());
            for (Path p : written) {
                getLog().info("iris-migrate report: " + p);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write reports to " + outputDirectory + ": " + e.getMessage(), e);
        }
        verdict(result, threshold);
    }

    private Severity parseFailOn() throws MojoExecutionException {
        if ("none".equalsIgnoreCase(failOn.trim())) {
            return null;
        }
        try {
            return Severity.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid iris-migrate.failOn '" + failOn + "': use error, warning, note or none");
        }
    }

    private List<Path> classpath() throws MojoExecutionException {
        try {
            List<Path> out = new ArrayList<>();
            for (String e : project.getTestClasspathElements()) {
                Path p = Path.of(e);
                if (Files.exists(p)) {
                    out.add(p);
                }
            }
            return out;
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("Cannot resolve the test classpath of " + project.getId(), e);
        }
    }

    static String version() {
        String v = AbstractIrisMojo.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** Findings that fail the gate: not suppressed, not fixed, at or above the threshold. */
    static List<Finding> failing(ScanResult result, Severity threshold) {
        if (threshold == null) {
            return List.of();
        }
        return result.findings().stream().filter(f -> f.counts() && !f.fixed() && f.severity().atLeast(threshold))
                .collect(Collectors.toList());
    }

    static String byRule(List<Finding> findings) {
        Map<Rule, Integer> counts = new EnumMap<>(Rule.class);
        findings.forEach(f -> counts.merge(f.rule(), 1, Integer::sum));
        return counts.entrySet().stream().map(e -> e.getKey().id() + " x" + e.getValue()).collect(Collectors.joining(", "));
    }
}
