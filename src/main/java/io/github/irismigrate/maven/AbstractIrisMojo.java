package io.github.irismigrate.maven;

import io.github.irismigrate.catalog.Rule;
import io.github.irismigrate.catalog.Severity;
import io.github.irismigrate.engine.Baseline;
import io.github.irismigrate.engine.Engine;
import io.github.irismigrate.engine.Finding;
import io.github.irismigrate.engine.ForkedEngine;
import io.github.irismigrate.engine.ScanRequest;
import io.github.irismigrate.engine.RunOptions;
import io.github.irismigrate.engine.ScanResult;
import io.github.irismigrate.engine.ToolError;
import io.github.irismigrate.report.ConsoleSummary;
import io.github.irismigrate.report.ReportFormat;
import io.github.irismigrate.report.Reports;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;
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

/** Parameters and the scan / report / verdict flow shared by the goals; the goals only say what differs. */
abstract class AbstractIrisMojo extends AbstractMojo {
    static final String PLUGIN_KEY = "io.github.irismigrate:iris-migrate-maven-plugin";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    protected MojoExecution mojoExecution;

    @Component
    protected RepositorySystem repositorySystem;

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
     * The baseline file: findings it holds do not fail {@code check}. Used when it exists; written by {@code baseline}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "iris-migrate.baseline", defaultValue = "${maven.multiModuleProjectDirectory}/iris-migrate-baseline.json")
    protected File baseline;

    /**
     * The ISO 3166 alpha-3 country that BW005 adds as {@code countryCodeA3} to area-code filters.
     *
     * @since 0.1.0
     */
    @Parameter(property = "iris-migrate.countryCode", defaultValue = "USA")
    protected String countryCode;

    /**
     * How callbacks and reports carry numbers after the migration: {@code E164} (the vendor's preference: BW007 flags
     * code that expects 10 digits) or {@code LEGACY} (BW010 adds {@code <NumberFormat>LEGACY</NumberFormat>} to
     * subscriptions and report instances, and callback/report parsing is no longer flagged).
     *
     * @since 0.1.0
     */
    @Parameter(property = "iris-migrate.numberFormat", defaultValue = "E164")
    protected String numberFormat;

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

    /**
     * Reuse the findings of the module's last scan while no file a rule reads has changed (the files that mention
     * the Dashboard API, the classpath, the options, this plugin): a build whose change touches no Dashboard code
     * then skips parsing. {@code check} and {@code baseline} use it; {@code fix} always scans afresh.
     *
     * @since 0.1.0
     */
    @Parameter(property = "iris-migrate.cache", defaultValue = "true")
    protected boolean cache;

    /**
     * Where that cache is kept. Keep it between CI runs (for example with actions/cache) to gain from it there.
     *
     * @since 0.1.0
     */
    @Parameter(property = "iris-migrate.cacheFile", defaultValue = "${project.build.directory}/iris-migrate-cache.bin")
    protected File cacheFile;

    /**
     * Scan in a JVM of the plugin's own, started with {@code jvmArgs}, rather than in Maven's: a scan is short and
     * runs cold, and that JVM is tuned for it (see bench/README.md). One such JVM serves every module of the build and
     * ends with it. {@code false} scans in Maven's JVM.
     *
     * @since 0.1.0
     */
    @Parameter(property = "iris-migrate.fork", defaultValue = "true")
    protected boolean fork;

    /**
     * The options of the scan JVM ({@code fork}), separated by spaces; they replace the defaults, so keep them when
     * adding one, for example {@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx4g}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "iris-migrate.jvmArgs", defaultValue = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
    protected String jvmArgs;

    @Parameter(defaultValue = "${plugin.artifacts}", readonly = true, required = true)
    protected List<org.apache.maven.artifact.Artifact> pluginArtifacts;

    /** The goal's name, for messages and the reactor registry. */
    protected abstract String goal();

    /** What the goal's scan does: report only ({@code check}, {@code baseline}) or rewrite ({@code fix}). */
    protected abstract ForkedEngine.Goal scanGoal();

    /** What a verdict speaks for. */
    enum Scope {
        /** The only module of the build: the verdict is final. */
        SINGLE,
        /** One of several modules: the final verdict waits for the last module. */
        PARTIAL,
        /** All modules of the build, after the last one. */
        AGGREGATE
    }

    protected abstract void verdict(ScanResult result, Severity threshold, Scope scope) throws MojoFailureException, MojoExecutionException;

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
        Reports.prepare(reportFormats);
        RunOptions options;
        try {
            options = new RunOptions(countryCode, numberFormat);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid iris-migrate." + e.getMessage());
        }
        Baseline base = readBaseline();

        ScanResult result;
        if ("pom".equals(project.getPackaging()) && !project.getModules().isEmpty()
                && !Files.isDirectory(project.getBasedir().toPath().resolve("src"))) {
            getLog().info("iris-migrate:" + goal() + ": aggregator project, its modules are scanned on their own");
            result = new ScanResult(project.getArtifactId(), List.of(), List.of(), 0, 0, 0);
        } else {
            List<String> excluded = new ArrayList<>(excludes);
            if (baseline != null) {
                Path b = baseline.toPath().toAbsolutePath().normalize();
                if (b.startsWith(project.getBasedir().toPath().toAbsolutePath())) {
                    excluded.add(project.getBasedir().toPath().toAbsolutePath().relativize(b).toString());
                }
            }
            List<Path> otherModules = session.getProjects().stream().map(p -> p.getBasedir().toPath())
                    .filter(p -> !p.equals(project.getBasedir().toPath())).toList();
            ScanRequest request = new ScanRequest(project.getBasedir().toPath(), rootDir(), includes, excluded, classpath(),
                    project.getArtifactId(), otherModules, options);
            result = scan(request);
            if (base != null) {
                result = base.apply(result);
            }
            print(result);
            writeReports(result, reportFormats, outputDirectory.toPath());
            if (result.filesScanned() == 0) {
                getLog().warn("iris-migrate: scanned 0 files under " + project.getBasedir() + " (check includes/excludes)");
            }
        }

        int expected = expectedModules();
        if (expected <= 1) {
            verdict(result, threshold, Scope.SINGLE);
            return;
        }
        Map<String, ScanResult> all = ReactorResults.record(session, goal(), project, result, expected);
        if (all == null) {
            verdict(result, threshold, Scope.PARTIAL);
            return;
        }
        ScanResult merged = ReactorResults.merge(session.getTopLevelProject().getArtifactId(), all);
        Path aggregateDir = Path.of(session.getTopLevelProject().getBuild().getDirectory(), "iris-migrate");
        getLog().info("iris-migrate: aggregate of " + all.size() + " module(s):");
        for (String line : ConsoleSummary.lines(merged)) {
            getLog().info(line);
        }
        writeReports(merged, reportFormats, aggregateDir);
        verdict(merged, threshold, Scope.AGGREGATE);
    }

    /** The goal's scan of {@code request}, in the scan JVM or in this one. */
    private ScanResult scan(ScanRequest request) throws MojoExecutionException {
        Path cached = cache && cacheFile != null && scanGoal() == ForkedEngine.Goal.CHECK ? cacheFile.toPath() : null;
        java.util.function.Consumer<String> progress = msg -> getLog().info("iris-migrate: " + msg);
        Engine here = cached != null ? new Engine(progress).withCache(cached) : new Engine(progress);
        if (!fork) {
            return scanGoal() == ForkedEngine.Goal.FIX ? here.fix(request) : here.check(request);
        }
        List<String> args = jvmArgs == null || jvmArgs.isBlank() ? List.of() : List.of(jvmArgs.trim().split("\\s+"));
        ForkedEngine forked = new ForkedEngine(ForkedEngine.currentJava(), args, toolClasspath(), progress,
                line -> getLog().warn("iris-migrate scan JVM: " + line));
        try {
            if (cached != null && Files.isRegularFile(cached)) {
                // the next pull request's gate: when the last scan's findings still hold, no JVM is started
                Engine.Selected selected = here.select(request);
                ScanResult reused = here.cached(request, selected);
                return reused != null ? reused : forked.run(scanGoal(), request, cached, selected);
            }
            // (selecting here while the scan JVM boots was slower: the two compete for the cores)
            return forked.run(scanGoal(), request, cached);
        } catch (IOException e) {
            throw new MojoExecutionException("iris-migrate:" + goal() + " could not scan " + project.getBasedir() + ": "
                    + e.getMessage() + "\nTo scan in Maven's JVM instead, run with -Diris-migrate.fork=false.", e);
        }
    }

    /** This plugin's classes and its dependencies, for the scan JVM. */
    private List<Path> toolClasspath() throws MojoExecutionException {
        List<Path> cp = new ArrayList<>();
        try {
            cp.add(Path.of(AbstractIrisMojo.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (java.net.URISyntaxException | RuntimeException e) {
            throw new MojoExecutionException("Cannot locate the iris-migrate plugin's own classes: " + e.getMessage(), e);
        }
        for (org.apache.maven.artifact.Artifact a : pluginArtifacts) {
            if (a.getFile() != null && !cp.contains(a.getFile().toPath()) && a.getArtifactHandler().isAddedToClasspath()) {
                cp.add(a.getFile().toPath());
            }
        }
        // SLF4J comes from Maven's core, not the plugin's dependencies; OpenRewrite's parser needs it to say why a
        // file does not print back as written
        try {
            Path slf4j = Path.of(org.slf4j.LoggerFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!cp.contains(slf4j)) {
                cp.add(slf4j);
            }
        } catch (java.net.URISyntaxException | RuntimeException | LinkageError e) {
            // not found: the scan JVM then names the missing class instead of the reason
        }
        return cp;
    }

    private void print(ScanResult result) {
        for (ToolError e : result.errors()) {
            getLog().warn("iris-migrate: " + (e.file().isEmpty() ? "" : e.file() + ": ") + e.message());
        }
        for (String line : ConsoleSummary.lines(result)) {
            getLog().info(line);
        }
        for (Finding f : result.findings()) {
            if (f.counts() && !f.fixed()) {
                getLog().info(String.format("  %s:%d:%d [%s] %s", f.file(), f.line(), f.column(), f.severity().label(), f.message()));
            }
        }
    }

    private void writeReports(ScanResult result, Set<ReportFormat> reportFormats, Path dir) throws MojoExecutionException {
        try {
            for (Path p : Reports.write(result, reportFormats, dir, version())) {
                getLog().info("iris-migrate report: " + p);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write reports to " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Modules of this reactor that run this goal: all of them from the command line, else those that declare the plugin. */
    private int expectedModules() {
        List<MavenProject> projects = session.getProjects();
        if (mojoExecution.getExecutionId() == null || mojoExecution.getExecutionId().startsWith("default-cli")) {
            return projects.size();
        }
        int n = 0;
        for (MavenProject p : projects) {
            for (Plugin plugin : p.getBuildPlugins()) {
                if (PLUGIN_KEY.equals(plugin.getKey())) {
                    n++;
                    break;
                }
            }
        }
        return Math.max(1, n);
    }

    private Path rootDir() {
        MavenProject top = session.getTopLevelProject();
        Path root = top != null ? top.getBasedir().toPath() : project.getBasedir().toPath();
        return project.getBasedir().toPath().toAbsolutePath().startsWith(root.toAbsolutePath()) ? root : project.getBasedir().toPath();
    }

    /** The baseline, when the goal uses one and the file exists; an unreadable one stops the build with what to correct. */
    protected Baseline readBaseline() throws MojoExecutionException {
        if (baseline == null || !baseline.isFile() || !usesBaseline()) {
            return null;
        }
        try {
            return Baseline.read(baseline.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot use the baseline: " + e.getMessage()
                    + ". Fix or delete the file, or point iris-migrate.baseline elsewhere.", e);
        }
    }

    protected boolean usesBaseline() {
        return true;
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

    private List<Path> classpath() {
        List<Path> cp = LenientClasspath.of(project, session.getProjects(), repositorySystem, session.getRepositorySession(),
                msg -> getLog().warn("iris-migrate: " + msg));
        if (getLog().isDebugEnabled()) {
            getLog().debug("iris-migrate: classpath for types of " + project.getArtifactId() + ": "
                    + cp.stream().map(Path::toString).collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator)));
        }
        return cp;
    }

    static String version() {
        String v = AbstractIrisMojo.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** Findings that fail the gate: not suppressed, not baselined, not fixed, at or above the threshold. */
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
