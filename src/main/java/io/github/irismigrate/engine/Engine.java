package io.github.irismigrate.engine;

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

/**
 * Runs the rules over one module: {@link #check} reports every v1 usage and changes nothing; {@link #fix} rewrites
 * what the rules can fix, file by file and atomically, then reports what is left.
 */
public final class Engine {
    private final Consumer<String> progress;

    public Engine(Consumer<String> progress) {
        this.progress = progress;
    }

    public ScanResult check(ScanRequest request) {
        long t0 = System.currentTimeMillis();
        Run run = run(request, RecipeCatalog.FIND);
        return new ScanResult(request.projectName(), sorted(run.findings), run.errors, run.filesScanned, 0,
                System.currentTimeMillis() - t0);
    }

    public ScanResult fix(ScanRequest request) {
        long t0 = System.currentTimeMillis();
        Run before = run(request, RecipeCatalog.FIND);
        Run fixing = run(request, RecipeCatalog.MIGRATE);
        List<ToolError> errors = new ArrayList<>(fixing.errors);
        int written = 0;
        Set<String> writtenFiles = new HashSet<>();
        for (Result r : fixing.results) {
            SourceFile after = r.getAfter();
            SourceFile beforeFile = r.getBefore();
            if (after == null || beforeFile == null) {
                continue;
            }
            String oldText = FindingExtractor.printClean(beforeFile);
            String newText = FindingExtractor.printClean(after);
            if (oldText.equals(newText)) {
                continue; // only search markers: nothing to write
            }
            Path file = request.projectDir().resolve(after.getSourcePath());
            String rel = ProjectParser.relative(request.projectDir(), file);
            try {
                write(file, newText, after.getCharset(), after.isCharsetBomMarked());
                written++;
                writtenFiles.add(rel);
            } catch (IOException | RuntimeException e) {
                errors.add(new ToolError(rel, null, "cannot be written, left unchanged: " + e.getMessage()));
            }
        }
        Run after = run(request, RecipeCatalog.FIND);
        errors.addAll(after.errors);
        List<Finding> findings = new ArrayList<>(after.findings);
        Set<String> remaining = new HashSet<>();
        for (Finding f : after.findings) {
            remaining.add(f.rule().id() + "|" + f.file() + "|" + f.message());
        }
        for (Finding f : before.findings) {
            if (f.fixable() && writtenFiles.contains(f.file()) && !remaining.contains(f.rule().id() + "|" + f.file() + "|" + f.message())) {
                findings.add(new Finding(f.rule(), f.file(), f.line(), f.column(), f.endLine(), f.endColumn(), f.message(),
                        f.snippet(), true, true, f.fixDiff(), f.suppression(), f.fingerprint()));
            }
        }
        return new ScanResult(request.projectName(), sorted(findings), dedupe(errors), after.filesScanned, written,
                System.currentTimeMillis() - t0);
    }

    private record Run(List<Finding> findings, List<ToolError> errors, List<Result> results, int filesScanned) {
    }

    private Run run(ScanRequest request, String recipeName) {
        List<ToolError> errors = Collections.synchronizedList(new ArrayList<>());
        ExecutionContext ctx = new InMemoryExecutionContext(t -> errors.add(new ToolError("", null, "rule failure: " + t)));
        List<Path> files = SourceCollector.collect(request.projectDir(), request.includes(), request.excludes());
        progress.accept("parsing " + files.size() + " files");
        ProjectParser.Parsed parsed = ProjectParser.parse(request.projectDir(), files, request.classpath(), ctx);
        errors.addAll(parsed.errors());
        Recipe recipe = RecipeCatalog.load(recipeName);
        progress.accept("running " + recipeName + " over " + parsed.sources().size() + " files");
        RecipeRun run = recipe.run(new InMemoryLargeSourceSet(parsed.sources()), ctx);
        List<Result> results = run.getChangeset().getAllResults();
        List<Finding> findings = new ArrayList<>();
        for (Result r : results) {
            if (r.getAfter() != null) {
                String rel = r.getAfter().getSourcePath().toString().replace('\\', '/');
                findings.addAll(FindingExtractor.extract(r.getAfter(), rel));
            }
        }
        return new Run(findings, new ArrayList<>(errors), results, parsed.sources().size());
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
    static void write(Path file, String text, Charset charset, boolean bom) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        Set<PosixFilePermission> perms = posix != null ? posix.readAttributes().permissions() : null;
        if (perms != null && !perms.contains(PosixFilePermission.OWNER_WRITE) || !Files.isWritable(file)) {
            throw new AccessDeniedException(file.toString(), null, "file is read-only");
        }
        Charset cs = charset == null ? StandardCharsets.UTF_8 : charset;
        byte[] body = text.getBytes(cs);
        byte[] bytes = body;
        if (bom && cs.equals(StandardCharsets.UTF_8)) {
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
