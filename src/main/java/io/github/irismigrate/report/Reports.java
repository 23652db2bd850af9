package io.github.irismigrate.report;

import io.github.irismigrate.engine.ScanResult;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Writes the chosen report files into one directory. */
public final class Reports {

    /** The formats that have a writer; a format missing here is skipped. */
    private static final Map<ReportFormat, ReportWriter> WRITERS = new EnumMap<>(ReportFormat.class);

    static {
        WRITERS.put(ReportFormat.SARIF, new SarifReport());
        WRITERS.put(ReportFormat.JSON, new JsonReport());
        WRITERS.put(ReportFormat.MARKDOWN, new MarkdownReport());
        WRITERS.put(ReportFormat.HTML, new HtmlReport());
    }

    /** Daemon threads, so that a build never waits on them to end. */
    private static final java.util.concurrent.Executor WRITER_THREADS = task -> {
        Thread t = new Thread(task, "iris-migrate-report");
        t.setDaemon(true);
        t.start();
    };

    private Reports() {
    }

    /**
     * Starts the JSON writer (Jackson takes a tenth of a second to start in a fresh JVM) on a thread of its own when
     * {@code formats} need it, so that it is ready when the scan is done and the reports are written.
     */
    public static void prepare(Set<ReportFormat> formats) {
        if (formats.contains(ReportFormat.SARIF) || formats.contains(ReportFormat.JSON)) {
            WRITER_THREADS.execute(JsonOutput::warmUp);
        }
    }

    /** The formats {@link #write} can produce now. */
    public static Set<ReportFormat> supported() {
        return Collections.unmodifiableSet(WRITERS.keySet());
    }

    /**
     * Writes each requested format that has a writer to {@code outputDir/<format file name>}, creating the directory.
     * Each file is written to a temporary file in the same directory and then moved over the old one, so a reader
     * never sees half a report.
     *
     * @return the files written, in {@link ReportFormat} order
     */
    public static List<Path> write(ScanResult result, Set<ReportFormat> formats, Path outputDir, String toolVersion)
            throws IOException {
        Files.createDirectories(outputDir);
        List<Path> written = new ArrayList<>();
        List<java.util.concurrent.CompletableFuture<Void>> writing = new ArrayList<>();
        for (ReportFormat format : ReportFormat.values()) {
            ReportWriter writer = WRITERS.get(format);
            if (formats.contains(format) && writer != null) {
                Path target = outputDir.resolve(format.fileName());
                // the formats are written side by side: each runs cold code of its own, and there are cores to spare
                writing.add(java.util.concurrent.CompletableFuture.runAsync(() -> {
                    try {
                        writeAtomically(target, out -> writer.write(result, toolVersion, out));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }, WRITER_THREADS));
                written.add(target);
            }
        }
        Throwable failure = null;
        for (java.util.concurrent.CompletableFuture<Void> f : writing) {
            try {
                f.join(); // every writer ends, and cleans up after itself, before a failure is thrown
            } catch (java.util.concurrent.CompletionException e) {
                failure = failure != null ? failure : e.getCause();
            }
        }
        if (failure instanceof java.io.UncheckedIOException io) {
            throw io.getCause();
        } else if (failure instanceof RuntimeException r) {
            throw r;
        } else if (failure instanceof Error err) {
            throw err;
        } else if (failure != null) {
            throw new IOException(failure);
        }
        return written;
    }

    @FunctionalInterface
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void writeAtomically(Path target, Content content) throws IOException {
        // not Files.createTempFile: its owner-only permissions would stay on the report; this one follows the umask
        Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
