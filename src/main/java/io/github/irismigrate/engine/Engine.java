package io.github.irismigrate.engine;

import io.github.irismigrate.analysis.TemplateView;
import io.github.irismigrate.analysis.SourcePaths;
import io.github.irismigrate.analysis.ProjectFacts;
import org.jspecify.annotations.Nullable;
import org.openrewrite.ExecutionContext;
import org.openrewrite.InMemoryExecutionContext;
import org.openrewrite.Recipe;
import org.openrewrite.RecipeRun;
import org.openrewrite.Result;
import org.openrewrite.SourceFile;
import org.openrewrite.internal.InMemoryLargeSourceSet;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.openrewrite.tree.ParsingEventListener;
import org.openrewrite.tree.ParsingExecutionContextView;

/**
 * Runs the rules over one module: {@link #check} reports every v1 usage and changes nothing; {@link #fix} rewrites
 * what the rules can fix, file by file and atomically, then reports what is left.
 */
public final class Engine {
    private final Consumer<String> progress;
    private final boolean prefilter;
    private final @Nullable ScanCache cache;

    public Engine(Consumer<String> progress) {
        this(progress, true, null);
    }

    /**
     * With {@code prefilter} false every file is parsed and the rules run on one thread: the reference the pre-filter
     * and the two-thread rule run are tested against.
     */
    public Engine(Consumer<String> progress, boolean prefilter) {
        this(progress, prefilter, null);
    }

    private Engine(Consumer<String> progress, boolean prefilter, @Nullable ScanCache cache) {
        this.progress = progress;
        this.prefilter = prefilter;
        this.cache = cache;
    }

    /**
     * This engine, with {@link #check} reusing the findings of its last scan (kept in {@code cacheFile}) while no
     * file a rule reads has changed; see {@link ScanCache}.
     */
    public Engine withCache(Path cacheFile) {
        return new Engine(progress, prefilter, new ScanCache(cacheFile));
    }

    public ScanResult check(ScanRequest request) {
        return check(request, select(request));
    }

    /**
     * The findings the scan cache holds for {@code selected} (see {@link #withCache}), or null when it holds none
     * for exactly these inputs: what {@link #check} would reuse, without scanning.
     */
    public @Nullable ScanResult cached(ScanRequest request, Selected selected) {
        return reuse(request, selected, cacheKey(request, selected));
    }

    private @Nullable String cacheKey(ScanRequest request, Selected selected) {
        return cache != null && prefilter ? cache.key(request, selected) : null;
    }

    private @Nullable ScanResult reuse(ScanRequest request, Selected selected, @Nullable String key) {
        long t0 = System.currentTimeMillis();
        ScanCache.Entry hit = key == null ? null : cache.read(key);
        if (hit == null) {
            return null;
        }
        progress.accept("no file a rule reads has changed since the last scan: its findings are reused ("
                + cache.file() + ")");
        return new ScanResult(request.projectName(), hit.findings(), hit.errors(), selected.total(), 0,
                selected.millis() + System.currentTimeMillis() - t0);
    }

    /** {@link #check} of the files {@link #select} chose. */
    public ScanResult check(ScanRequest request, Selected selected) {
        long t0 = System.currentTimeMillis() - selected.millis();
        String key = cacheKey(request, selected);
        ScanResult reused = reuse(request, selected, key);
        if (reused != null) {
            return reused;
        }
        Parsed parsed = parse(request, selected);
        Recipe findRecipe = RecipeCatalog.find(request.options());
        List<ToolError> scanErrors = new ArrayList<>();
        Run find = runSplit(parsed, findRecipe, scanned(parsed.sources, findRecipe, scanErrors));
        List<Finding> findings = onTemplateDirectives(find.findings, parsed.sources);
        if (findings.stream().anyMatch(Finding::fixable)) {
            // the fix each fixable finding would get, as a diff of its own file: those files' trees through the
            // fixing recipes, which start from the facts and plans of the reporting run
            Set<String> fixableFiles = new HashSet<>();
            findings.stream().filter(Finding::fixable).forEach(f -> fixableFiles.add(f.file()));
            List<SourceFile> toFix = parsed.sources.stream().filter(sf -> fixableFiles.contains(relPath(sf))).toList();
            Run fixing = run(parsed, toFix, RecipeCatalog.migrate(request.options()), find.facts);
            findings = withFixDiffs(findings, fixing.results);
        }
        List<ToolError> errors = new ArrayList<>(parsed.errors);
        errors.addAll(scanErrors);
        errors.addAll(find.errors);
        ScanResult result = new ScanResult(request.projectName(), sorted(findings), dedupe(errors), parsed.moduleFiles(), 0,
                System.currentTimeMillis() - t0);
        if (key != null) {
            String problem = cache.write(key, result);
            if (problem != null) {
                progress.accept("the scan cache " + cache.file() + " cannot be written, the next scan starts afresh: " + problem);
            }
        }
        return result;
    }

    public ScanResult fix(ScanRequest request) {
        long t0 = System.currentTimeMillis();
        Parsed parsed = parse(request);
        Run before = run(parsed, parsed.sources, RecipeCatalog.find(request.options()), null);
        // every file, not only those with findings: a fix can land in a file other than its finding's (a constant)
        Run fixing = run(parsed, parsed.sources, RecipeCatalog.migrate(request.options()), before.facts);
        List<Finding> beforeFindings = withFixDiffs(onTemplateDirectives(before.findings, parsed.sources), fixing.results);
        List<ToolError> errors = new ArrayList<>(parsed.errors);
        errors.addAll(fixing.errors);
        int written = 0;
        Set<String> writtenFiles = new HashSet<>();
        Set<String> failedFiles = new HashSet<>();
        for (Result r : fixing.results) {
            SourceFile after = r.getAfter();
            SourceFile beforeFile = r.getBefore();
            if (after == null || beforeFile == null) {
                continue;
            }
            String oldText = ownText(beforeFile);
            TemplateView.Restored fixedTemplate = fixedTemplate(beforeFile, after);
            String newText = fixedText(beforeFile, after, fixedTemplate);
            Path file = request.rootDir().resolve(after.getSourcePath());
            String rel = relPath(after);
            if (newText == null) {
                failedFiles.add(rel);
                errors.add(new ToolError(rel, null, "not fixed, left unchanged: the fix would add or remove lines of a "
                        + "template; edit it by hand as the findings say"));
                continue;
            }
            if (fixedTemplate != null && !fixedTemplate.skippedLines().isEmpty()) {
                errors.add(new ToolError(rel, null, "line " + fixedTemplate.skippedLines().stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(", ")) + " not fixed, left as it is: it holds a "
                        + "FreeMarker directive; edit it by hand as the finding says"));
            }
            if (oldText.equals(newText)) {
                continue; // only search markers: nothing to write
            }
            try {
                write(file, newText, after.getCharset(), after.isCharsetBomMarked());
                written++;
                writtenFiles.add(rel);
                progress.accept("fixed " + rel);
            } catch (IOException | RuntimeException e) {
                failedFiles.add(rel);
                errors.add(new ToolError(rel, null, "cannot be written, left unchanged: " + e.getMessage()));
            }
        }
        Parsed reparsed = written == 0 ? parsed : parse(request);
        Run after = written == 0 ? before : run(reparsed, reparsed.sources, RecipeCatalog.find(request.options()), null);
        errors.addAll(after.errors);
        List<Finding> findings = new ArrayList<>();
        Set<String> remaining = new HashSet<>();
        for (Finding f : after.findings) {
            remaining.add(f.rule().id() + "|" + f.file() + "|" + f.message());
        }
        for (Finding f : onTemplateDirectives(after.findings, reparsed.sources)) {
            findings.add(written == 0 ? f : f.withFixDiff(null));
        }
        for (Finding f : beforeFindings) {
            if (f.fixable() && writtenFiles.contains(f.file()) && !remaining.contains(f.rule().id() + "|" + f.file() + "|" + f.message())) {
                findings.add(new Finding(f.rule(), f.file(), f.line(), f.column(), f.endLine(), f.endColumn(), f.message(),
                        f.snippet(), true, true, f.fixDiff(), null, f.fingerprint()));
            }
        }
        return new ScanResult(request.projectName(), sorted(findings), dedupe(errors), reparsed.moduleFiles(), written,
                System.currentTimeMillis() - t0);
    }

    /** The parsed files; those outside {@code modulePrefix} are other modules' files, read for facts only. */
    private record Parsed(List<SourceFile> sources, List<ToolError> errors, String modulePrefix, int moduleFiles) {
    }

    static boolean inModule(String relPath, String modulePrefix) {
        return modulePrefix.isEmpty() || relPath.equals(modulePrefix) || relPath.startsWith(modulePrefix + "/");
    }

    /** Other modules' files that can hold facts this module uses: they mention a Dashboard host or an Iris-only path. */
    private static List<Path> contextFiles(ScanRequest request) {
        List<Path> out = new ArrayList<>();
        for (Path dir : request.contextDirs()) {
            if (dir.equals(request.moduleDir()) || !java.nio.file.Files.isDirectory(dir)) {
                continue;
            }
            for (Path f : SourceCollector.collect(dir, List.of(), List.of())) {
                try {
                    if (java.nio.file.Files.size(f) < ProjectParser.MAX_FILE_BYTES && !ProjectParser.isBinary(f)) {
                        String text = java.nio.file.Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1);
                        if (io.github.irismigrate.analysis.DashboardUrl.mentionsDashboardHost(text)
                                || io.github.irismigrate.analysis.DashboardUrl.hasIrisOnlyPath(text)) {
                            out.add(f);
                        }
                    }
                } catch (IOException e) {
                    // a context file that cannot be read is reported by its own module's scan
                }
            }
        }
        return out;
    }

    private record Run(List<Finding> findings, List<ToolError> errors, List<Result> results, ProjectFacts facts) {
    }

    /**
     * The files of one scan: how many the module has, those worth parsing, other modules' context files, and the
     * milliseconds the choice took.
     */
    public record Selected(int total, List<Path> candidates, List<Path> context, long millis) {
        List<Path> toParse() {
            List<Path> all = new ArrayList<>(candidates);
            all.addAll(context);
            return all;
        }
    }

    /** The files a scan of {@code request} parses: those of the module the pre-filter keeps, and context files. */
    public Selected select(ScanRequest request) {
        long start = System.currentTimeMillis();
        List<Path> files = SourceCollector.collect(request.moduleDir(), request.includes(), request.excludes());
        int total = files.size();
        List<Path> candidates = files;
        if (prefilter) {
            candidates = CandidateFiles.select(files, cache == null ? null : cache.selectionIndex(request.moduleDir())).files();
            progress.accept(String.format("scanning %d files under %s (%d could matter to a rule and are parsed; "
                    + "selected in %.1f s)", total, request.moduleDir(), candidates.size(),
                    (System.currentTimeMillis() - start) / 1000.0));
        } else {
            progress.accept("scanning " + total + " files under " + request.moduleDir());
        }
        List<Path> context = contextFiles(request);
        return new Selected(total, candidates, context, System.currentTimeMillis() - start);
    }

    private Parsed parse(ScanRequest request) {
        return parse(request, select(request));
    }

    private Parsed parse(ScanRequest request, Selected selected) {
        ExecutionContext ctx = new InMemoryExecutionContext();
        long start = System.currentTimeMillis();
        AtomicInteger done = new AtomicInteger();
        AtomicLong lastReport = new AtomicLong(start);
        ParsingExecutionContextView.view(ctx).setParsingListener(new ParsingEventListener() {
            @Override
            public void parsed(org.openrewrite.Parser.Input input, SourceFile sourceFile) {
                int d = done.incrementAndGet();
                long now = System.currentTimeMillis();
                if (now - lastReport.get() >= 2000) {
                    lastReport.set(now);
                    progress.accept(String.format("parsed %d files, %.1f s", d, (now - start) / 1000.0));
                }
            }
        });
        ProjectParser.Parsed parsed = ProjectParser.parse(request.rootDir(), selected.toParse(), request.classpath(), ctx);
        progress.accept(String.format("parsed %d files in %.1f s", parsed.sources().size(),
                (System.currentTimeMillis() - start) / 1000.0));
        String modulePrefix = request.rootDir().relativize(request.moduleDir()).toString().replace('\\', '/');
        List<ToolError> errors = parsed.errors().stream().filter(e -> inModule(e.file(), modulePrefix)).toList();
        return new Parsed(parsed.sources(), errors, modulePrefix, selected.total());
    }

    /** The least number of files worth running the rules over on two threads. */
    static final int SPLIT_AT = 32;

    /**
     * The facts of the whole project, scanned by the rules of {@code recipe} in the order of {@code sources}, so that
     * the rules can then visit the files on several threads; a rule that fails on a file is added to {@code errors}.
     */
    private static ProjectFacts scanned(List<SourceFile> sources, Recipe recipe, List<ToolError> errors) {
        List<ToolError> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutionContext ctx = new InMemoryExecutionContext(t -> failures.add(new ToolError("", null, "rule failure: " + t)));
        ProjectFacts facts = ProjectFacts.shared(ctx);
        for (Recipe r : recipe.getRecipeList()) {
            if (r instanceof io.github.irismigrate.recipes.IrisRecipe rule) {
                org.openrewrite.TreeVisitor<?, ExecutionContext> scanner = rule.getScanner(facts);
                for (SourceFile sf : sources) {
                    scanner.visit(sf, ctx);
                }
            }
        }
        ruleFailures(ctx, failures);
        errors.addAll(failures);
        return facts;
    }

    /**
     * {@link #run} over every parsed file, from the scanned {@code facts}: on two threads when there are two cores
     * and files enough, each over half of the files (the rules visit a file from the project's facts and plans
     * alone). The result is that of one run: the halves' findings, results and errors in file order.
     */
    private Run runSplit(Parsed parsed, Recipe recipe, ProjectFacts facts) {
        List<SourceFile> sources = parsed.sources;
        // the reference engine (no pre-filter) runs the rules on one thread: PrefilterParityTest holds both to it
        if (!prefilter || sources.size() < SPLIT_AT || Runtime.getRuntime().availableProcessors() < 2) {
            return run(parsed, sources, recipe, facts);
        }
        return timed(recipe, () -> executeSplit(parsed, sources, recipe, facts));
    }

    private Run executeSplit(Parsed parsed, List<SourceFile> sources, Recipe recipe, ProjectFacts facts) {
        int mid = sources.size() / 2;
        java.util.concurrent.CompletableFuture<Run> second = new java.util.concurrent.CompletableFuture<>();
        Thread helper = new Thread(() -> {
            try {
                second.complete(execute(parsed, sources.subList(mid, sources.size()), recipe, facts));
            } catch (Throwable t) {
                second.completeExceptionally(t);
            }
        }, "iris-migrate-rules");
        helper.setDaemon(true);
        helper.start();
        Run a = execute(parsed, sources.subList(0, mid), recipe, facts);
        Run b;
        try {
            b = second.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the rules were interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("the rules failed: " + e.getCause(), e.getCause());
        }
        List<Finding> findings = new ArrayList<>(a.findings);
        findings.addAll(b.findings);
        List<ToolError> errors = new ArrayList<>(a.errors);
        errors.addAll(b.errors);
        List<Result> results = new ArrayList<>(a.results);
        results.addAll(b.results);
        return new Run(findings, errors, results, facts);
    }

    private static void ruleFailures(ExecutionContext ctx, List<ToolError> errors) {
        for (io.github.irismigrate.recipes.RuleFailures.Failure f : io.github.irismigrate.recipes.RuleFailures.of(ctx)) {
            errors.add(new ToolError(f.file().replace('\\', '/'), f.ruleId(), "rule " + f.ruleId() + " failed on this file, its findings here are missing: " + f.message()));
        }
    }

    /** Runs {@code recipe} over {@code sources} (some or all of {@code parsed}), from {@code facts} when given. */
    private Run run(Parsed parsed, List<SourceFile> sources, Recipe recipe, @Nullable ProjectFacts facts) {
        return timed(recipe, () -> execute(parsed, sources, recipe, facts));
    }

    /** {@code work}'s run of {@code recipe}, reported with the time it took. */
    private Run timed(Recipe recipe, java.util.function.Supplier<Run> work) {
        long t0 = System.currentTimeMillis();
        Run run = work.get();
        progress.accept(String.format("ran %s in %.1f s", recipe.getName(), (System.currentTimeMillis() - t0) / 1000.0));
        return run;
    }

    private Run execute(Parsed parsed, List<SourceFile> sources, Recipe recipe, @Nullable ProjectFacts facts) {
        List<ToolError> errors = Collections.synchronizedList(new ArrayList<>());
        ExecutionContext ctx = new InMemoryExecutionContext(t -> errors.add(new ToolError("", null, "rule failure: " + t)));
        if (facts != null) {
            ProjectFacts.reuse(ctx, facts);
        }
        RecipeRun run = recipe.run(new InMemoryLargeSourceSet(sources), ctx);
        List<Result> results = run.getChangeset().getAllResults();
        ruleFailures(ctx, errors);
        List<Finding> findings = new ArrayList<>();
        List<Result> own = new ArrayList<>();
        for (Result r : results) {
            SourceFile sf = r.getAfter() != null ? r.getAfter() : r.getBefore();
            if (sf == null || !inModule(relPath(sf), parsed.modulePrefix)) {
                continue; // another module's file: reported and fixed by that module's own run
            }
            own.add(r);
            if (r.getAfter() != null) {
                findings.addAll(FindingExtractor.extract(r.getAfter(), relPath(r.getAfter())));
            }
        }
        return new Run(findings, new ArrayList<>(errors), own, ProjectFacts.shared(ctx));
    }

    /**
     * {@code findings} with those on a line of a template that holds a directive made unfixable: a fix is not carried
     * to such a line ({@link TemplateView#restore}), so the finding is the reviewer's.
     */
    private static List<Finding> onTemplateDirectives(List<Finding> findings, List<SourceFile> sources) {
        Map<String, String> templates = new HashMap<>();
        for (SourceFile sf : sources) {
            String original = TemplateView.originalOf(sf);
            if (original != null) {
                templates.put(relPath(sf), original);
            }
        }
        if (templates.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String original = templates.get(f.file());
            out.add(f.fixable() && original != null && TemplateView.holdsDirective(original, f.line()) ? f.withoutFix() : f);
        }
        return out;
    }

    /** The text of the file as it is: a template's own text, not the view its tree was parsed from. */
    private static String ownText(SourceFile before) {
        String original = TemplateView.originalOf(before);
        return original != null ? original : FindingExtractor.printClean(before);
    }

    /**
     * The text of the file once fixed; for a template, its own text with the changes made to its view, or null when
     * they touch a line with a directive.
     */
    private static @Nullable String fixedText(SourceFile before, SourceFile after) {
        return fixedText(before, after, fixedTemplate(before, after));
    }

    /** {@link #fixedText} with the template's fix already carried over ({@code template}, from {@link #fixedTemplate}). */
    private static @Nullable String fixedText(SourceFile before, SourceFile after, TemplateView.@Nullable Restored template) {
        return TemplateView.originalOf(before) == null ? FindingExtractor.printClean(after)
                : template == null ? null : template.text();
    }

    /** For a template, its own text with the fix carried over (see {@link TemplateView#restore}); null for other files. */
    private static TemplateView.@Nullable Restored fixedTemplate(SourceFile before, SourceFile after) {
        String original = TemplateView.originalOf(before);
        return original == null ? null
                : TemplateView.restore(original, FindingExtractor.printClean(before), FindingExtractor.printClean(after));
    }

    private static String relPath(SourceFile sf) {
        return SourcePaths.of(sf);
    }

    /** Attaches to each fixable finding the hunk of its file's fix that covers its line. */
    private static List<Finding> withFixDiffs(List<Finding> findings, List<Result> fixResults) {
        Map<String, List<LineDiff.Hunk>> hunks = new HashMap<>();
        for (Result r : fixResults) {
            if (r.getBefore() != null && r.getAfter() != null) {
                String before = ownText(r.getBefore());
                String after = fixedText(r.getBefore(), r.getAfter());
                if (after != null && !before.equals(after)) {
                    hunks.put(relPath(r.getBefore()), LineDiff.hunks(relPath(r.getBefore()), before, after));
                }
            }
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String diff = null;
            if (f.fixable()) {
                for (LineDiff.Hunk h : hunks.getOrDefault(f.file(), List.of())) {
                    if (h.covers(f.line())) {
                        diff = h.text();
                        break;
                    }
                }
            }
            out.add(diff == null ? f : f.withFixDiff(diff));
        }
        return out;
    }

    private static List<Finding> sorted(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings);
        out.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line).thenComparingInt(Finding::column)
                .thenComparing(f -> f.rule().id()));
        return out;
    }

    private static List<ToolError> dedupe(List<ToolError> errors) {
        return new ArrayList<>(new java.util.LinkedHashSet<>(errors));
    }

    /**
     * Writes a file atomically (a temporary file beside it, then a rename) in its own charset, with its BOM if it had
     * one. A file whose permissions forbid writing is refused even for root: read-only is the owner's intent.
     */
    private static boolean startsWithUtf8Bom(Path file) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            return head.length == 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF;
        }
    }

    static void write(Path file, String text, Charset charset, boolean bom) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        Set<PosixFilePermission> perms = posix != null ? posix.readAttributes().permissions() : null;
        if (perms != null && !perms.contains(PosixFilePermission.OWNER_WRITE) || !Files.isWritable(file)) {
            throw new AccessDeniedException(file.toString(), null, "file is read-only");
        }
        Charset cs = charset == null ? StandardCharsets.UTF_8 : charset;
        byte[] body = text.getBytes(cs);
        byte[] bytes = body;
        if ((bom || startsWithUtf8Bom(file)) && cs.equals(StandardCharsets.UTF_8) && !text.startsWith("\uFEFF")) {
            // some parsers keep the BOM as a character of the text (then the encoder writes it); others only flag it,
            // and Kotlin's drops it: the file as it is on disk says whether it had one
            bytes = new byte[body.length + 3];
            bytes[0] = (byte) 0xEF;
            bytes[1] = (byte) 0xBB;
            bytes[2] = (byte) 0xBF;
            System.arraycopy(body, 0, bytes, 3, body.length);
        }
        Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".iris-migrate.tmp");
        try {
            Files.write(tmp, bytes);
            if (perms != null) {
                Files.setPosixFilePermissions(tmp, perms);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
