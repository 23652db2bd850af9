package io.github.irismigrate.engine;

import io.github.irismigrate.analysis.SourcePaths;
import io.github.irismigrate.analysis.TemplateView;
import org.jspecify.annotations.Nullable;
import org.openrewrite.ExecutionContext;
import org.openrewrite.FileAttributes;
import org.openrewrite.Parser;
import org.openrewrite.SourceFile;
import org.openrewrite.java.JavaParser;
import org.openrewrite.java.internal.JavaTypeCache;
import org.openrewrite.json.JsonParser;
import org.openrewrite.kotlin.KotlinParser;
import org.openrewrite.properties.PropertiesParser;
import org.openrewrite.tree.ParseError;
import org.openrewrite.xml.XmlParser;
import org.openrewrite.yaml.YamlParser;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Parses a module's files with OpenRewrite's parsers (the Java parser that fits the running JDK, with the module's
 * classpath for types). A file that is binary, too large, unreadable or does not parse becomes a {@link ToolError}
 * naming the file and the reason, and is left out; the others go on.
 */
public final class ProjectParser {
    /** Larger files are generated or data, not code a person maintains. */
    static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    private ProjectParser() {
    }

    public record Parsed(List<SourceFile> sources, List<ToolError> errors) {
    }

    public static Parsed parse(Path projectDir, List<Path> files, List<Path> classpath, ExecutionContext ctx) {
        List<ToolError> errors = new ArrayList<>();
        Map<SourceCollector.SourceKind, List<Parser.Input>> byKind = new EnumMap<>(SourceCollector.SourceKind.class);
        // templates' own texts, by the path the XML parser reads them under
        Map<String, String> templates = new java.util.HashMap<>();
        java.util.Set<String> renamed = new java.util.HashSet<>();
        for (Path f : files) {
            String rel = relative(projectDir, f);
            try {
                long size = Files.size(f);
                if (size > MAX_FILE_BYTES) {
                    errors.add(new ToolError(rel, null, "skipped: " + size + " bytes is larger than the " + MAX_FILE_BYTES + "-byte limit"));
                    continue;
                }
                if (isBinary(f)) {
                    if (SourceCollector.SourceKind.of(f) != SourceCollector.SourceKind.TEMPLATE) {
                        // a .vm disk image is no Velocity template: nothing to say about it
                        errors.add(new ToolError(rel, null, "skipped: binary content (NUL bytes), not a text file"));
                    }
                    continue;
                }
            } catch (IOException e) {
                errors.add(new ToolError(rel, null, "cannot be read: " + e));
                continue;
            }
            SourceCollector.SourceKind kind = SourceCollector.SourceKind.of(f);
            if (kind == SourceCollector.SourceKind.TEMPLATE) {
                // a template is read as the XML it renders; one that renders no XML is no payload
                String original = templateText(f);
                String view = original == null ? null : TemplateView.view(original);
                if (view == null || !TemplateView.looksLikeXml(view)) {
                    continue;
                }
                // under a name the XML parser accepts (it takes only .xml and the like), renamed back once parsed
                Path asXml = f.resolveSibling(f.getFileName() + TEMPLATE_SUFFIX);
                templates.put(relative(projectDir, asXml), original);
                byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Parser.Input(asXml, FileAttributes.fromPath(f),
                        () -> new java.io.ByteArrayInputStream(view.getBytes(StandardCharsets.UTF_8))));
                continue;
            }
            if (kind == SourceCollector.SourceKind.PROPERTIES && !f.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                    .endsWith(".properties")) {
                // an OSGi .cfg file, under a name the properties parser accepts, renamed back once parsed
                Path asProperties = f.resolveSibling(f.getFileName() + PROPERTIES_SUFFIX);
                renamed.add(relative(projectDir, asProperties));
                byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Parser.Input(asProperties,
                        FileAttributes.fromPath(f), () -> buffered(f)));
                continue;
            }
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(input(f));
        }
        List<Batch> batches = new ArrayList<>();
        for (Map.Entry<SourceCollector.SourceKind, List<Parser.Input>> e : byKind.entrySet()) {
            if (e.getKey() == SourceCollector.SourceKind.JAVA) {
                for (List<Parser.Input> part : javaBatches(e.getValue())) {
                    batches.add(new Batch(e.getKey(), part));
                }
            } else {
                batches.add(new Batch(e.getKey(), e.getValue()));
            }
        }
        // one type cache per parsing thread, shared by its batches: a type (String, the SDK's classes) is mapped once
        // and held once, not once per batch
        ThreadLocal<JavaTypeCache> typeCaches = ThreadLocal.withInitial(JavaTypeCache::new);
        List<SourceFile> out = Collections.synchronizedList(new ArrayList<>());
        List<ToolError> batchErrors = Collections.synchronizedList(new ArrayList<>());
        int threads = Math.max(1, Math.min(batches.size(), PARSE_THREADS));
        if (threads <= 1) {
            for (Batch b : batches) {
                parseBatch(b, projectDir, classpath, typeCaches, ctx, out, batchErrors);
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "iris-migrate-parser");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (Batch b : batches) {
                    futures.add(pool.submit(() -> parseBatch(b, projectDir, classpath, typeCaches, ctx, out, batchErrors)));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("parsing was interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("parsing failed: " + e.getCause(), e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        for (ToolError e : batchErrors) {
            if (renamed.contains(e.file())) {
                errors.add(new ToolError(e.file().substring(0, e.file().length() - PROPERTIES_SUFFIX.length()), e.ruleId(), e.message()));
            } else if (!templates.containsKey(e.file())) {
                errors.add(e); // a template whose view is not well-formed XML renders something else: not a payload
            }
        }
        List<SourceFile> sorted = new ArrayList<>(out.size());
        for (SourceFile sf : out) {
            String original = templates.get(SourcePaths.of(sf));
            if (renamed.contains(SourcePaths.of(sf))) {
                String p = sf.getSourcePath().toString();
                sorted.add(sf.<SourceFile>withSourcePath(Path.of(p.substring(0, p.length() - PROPERTIES_SUFFIX.length()))));
            } else if (original == null) {
                sorted.add(sf);
            } else {
                String p = sf.getSourcePath().toString();
                sorted.add(sf.<SourceFile>withSourcePath(Path.of(p.substring(0, p.length() - TEMPLATE_SUFFIX.length())))
                        .withMarkers(sf.getMarkers().add(new TemplateView.Original(org.openrewrite.Tree.randomId(), original))));
            }
        }
        sorted.sort(Comparator.comparing(sf -> sf.getSourcePath().toString()));
        errors.sort(Comparator.comparing(ToolError::file));
        return new Parsed(sorted, errors);
    }

    private record Batch(SourceCollector.SourceKind kind, List<Parser.Input> inputs) {
    }

    /**
     * At most this many Java files go through one javac instance: its symbol tables and attributed trees are freed
     * when the batch is done, so memory stays bounded however many files a project has (bench/run.sh measures it).
     */
    static final int JAVA_BATCH_SIZE = Integer.getInteger("iris-migrate.javaBatchSize", 1000);

    /**
     * How many batches are parsed at once: one per core, so that configuration files parse beside the Java batch
     * (bench/run.sh showed no gain from splitting the Java files themselves on 2 cores: the JIT takes the other one).
     */
    static final int PARSE_THREADS = Integer.getInteger("iris-migrate.parseThreads",
            Runtime.getRuntime().availableProcessors());

    /**
     * Java files split into batches of whole packages, so that types of the same package attribute each other;
     * types of other batches come from the classpath (the module's compiled classes) when present. A package
     * larger than a batch is split.
     */
    static List<List<Parser.Input>> javaBatches(List<Parser.Input> inputs) {
        if (inputs.size() <= JAVA_BATCH_SIZE) {
            return List.of(inputs);
        }
        Map<String, List<Parser.Input>> byPackage = new java.util.TreeMap<>();
        for (Parser.Input in : inputs) {
            Path parent = in.getPath().getParent();
            byPackage.computeIfAbsent(parent == null ? "" : parent.toString(), k -> new ArrayList<>()).add(in);
        }
        List<List<Parser.Input>> batches = new ArrayList<>();
        List<Parser.Input> current = new ArrayList<>();
        for (List<Parser.Input> pkg : byPackage.values()) {
            if (!current.isEmpty() && current.size() + pkg.size() > JAVA_BATCH_SIZE) {
                batches.add(current);
                current = new ArrayList<>();
            }
            for (Parser.Input in : pkg) {
                if (current.size() >= JAVA_BATCH_SIZE) {
                    batches.add(current);
                    current = new ArrayList<>();
                }
                current.add(in);
            }
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    private static void parseBatch(Batch b, Path projectDir, List<Path> classpath, ThreadLocal<JavaTypeCache> typeCaches,
                                   ExecutionContext ctx,
                                   List<SourceFile> out, List<ToolError> errors) {
        Parser parser = parser(b.kind(), classpath, typeCaches.get());
        try {
            List<SourceFile> parsed = parser.parseInputs(b.inputs(), projectDir, ctx).collect(Collectors.toList());
            for (SourceFile sf : parsed) {
                if (sf instanceof ParseError pe) {
                    errors.add(new ToolError(SourcePaths.of(sf), null,
                            why(pe, "does not parse as " + b.kind().name().toLowerCase(java.util.Locale.ROOT))));
                } else {
                    out.add(sf);
                }
            }
        } catch (RuntimeException ex) {
            // a parser that fails for a whole batch: retry file by file so one bad file costs only itself
            for (Parser.Input in : b.inputs()) {
                try {
                    parser.reset();
                    parser.parseInputs(List.of(in), projectDir, ctx).forEach(sf -> {
                        if (sf instanceof ParseError pe) {
                            errors.add(new ToolError(relative(projectDir, in.getPath()), null, why(pe, "does not parse")));
                        } else {
                            out.add(sf);
                        }
                    });
                } catch (RuntimeException one) {
                    errors.add(new ToolError(relative(projectDir, in.getPath()), null, "does not parse, skipped: " + one));
                }
            }
        }
    }

    /**
     * The file as a parser input, read through a buffer: OpenRewrite's charset detection reads byte by byte, and on
     * an unbuffered file stream that is a system call per byte.
     */
    static Parser.Input input(Path f) {
        return new Parser.Input(f, FileAttributes.fromPath(f), () -> buffered(f));
    }

    private static java.io.InputStream buffered(Path f) {
        try {
            return new BufferedInputStream(Files.newInputStream(f), 64 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why a file was skipped: {@code failure} and the parser's reason (that it does not print back as written, said plainly). */
    private static String why(ParseError pe, String failure) {
        String reason = pe.getMarkers().findFirst(org.openrewrite.ParseExceptionResult.class)
                .map(r -> firstLine(r.getMessage())).orElse("unknown parse error");
        if (reason.endsWith("Exception: null") || reason.isBlank()) {
            reason = "a syntax error (the parser gave no detail)"; // Kotlin's parser fails without a message
        }
        return failure + ", skipped: " + (reason.contains("is not print idempotent")
                ? "OpenRewrite's parser cannot print it back exactly as written (a syntax error, or a limitation of the "
                + "parser such as a unicode escape in a Javadoc), so it is left as it is"
                : reason);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static Parser parser(SourceCollector.SourceKind kind, List<Path> classpath, JavaTypeCache typeCache) {
        return switch (kind) {
            case JAVA -> JavaParser.fromJavaVersion().classpath(classpath).typeCache(typeCache)
                    .logCompilationWarningsAndErrors(false).build();
            // Kotlin files in one compiler run, which loads the Kotlin compiler only when a Kotlin file is a candidate
            case KOTLIN -> KotlinParser.builder().classpath(classpath).typeCache(new JavaTypeCache())
                    .logCompilationWarningsAndErrors(false).build();
            case PROPERTIES -> new PropertiesParser();
            case YAML -> new YamlParser();
            case XML -> new XmlParser();
            case JSON -> new JsonParser();
            case HOCON, HTTP -> new org.openrewrite.text.PlainTextParser();
            case TEMPLATE -> new XmlParser();
        };
    }

    /** What an OSGi {@code .cfg} file's path is given while the properties parser reads it. */
    private static final String PROPERTIES_SUFFIX = ".iris-migrate-view.properties";

    /** What a template's path is given while the XML parser reads it. */
    private static final String TEMPLATE_SUFFIX = ".iris-migrate-view.xml";

    /** A template's text (UTF-8, as template engines read them by default), or null when it cannot be read as such. */
    private static @Nullable String templateText(Path f) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(f))).toString();
        } catch (IOException e) {
            return null;
        }
    }

    static boolean isBinary(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            byte[] buf = in.readNBytes(8192);
            for (byte b : buf) {
                if (b == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    static String relative(Path projectDir, Path f) {
        Path p = f.isAbsolute() ? projectDir.toAbsolutePath().relativize(f.toAbsolutePath()) : f;
        return p.toString().replace('\\', '/');
    }
}
