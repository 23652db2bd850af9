package io.github.irismigrate.engine;

import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The findings of the last {@code check} of a module, kept in a file so that the next one can skip parsing while
 * nothing it would read has changed (a pull request that touches no Dashboard code).
 * <p>
 * Sound because a scan's result depends only on what goes into the key: the files the pre-filter keeps (path and
 * content; PrefilterParityTest proves the other files change nothing), other modules' context files, the classpath
 * used for types (see {@link #classes} and {@link #stamp}), the rule options, the JDK, and this tool's own code. A change to any of
 * them, or a file that cannot be read, means a full scan, which then replaces the cache.
 */
final class ScanCache {
    /** "IRIS": a cache file of this tool; then the format ({@link BinaryFormat}). */
    private static final int MAGIC = 0x49524953;
    private static final int FORMAT = 2;

    private static volatile @Nullable String toolStamp;

    private final Path file;

    ScanCache(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    Path file() {
        return file;
    }

    /**
     * The pre-filter's index of the module's files ({@link FileIndex}), kept beside the cache file; null
     * when this tool's code cannot be stamped (then every file is read).
     */
    @Nullable FileIndex selectionIndex(Path moduleDir) {
        try {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return new FileIndex(file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".files"),
                    moduleDir, tool());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** What a cache file holds. */
    record Entry(int format, String key, List<Finding> findings, List<ToolError> errors) {
    }

    /** The key of a scan of {@code selected}; null when an input cannot be read (then nothing is cached). */
    @Nullable String key(ScanRequest request, Engine.Selected selected) {
        try {
            MessageDigest d = sha256();
            text(d, "iris-migrate scan cache " + FORMAT);
            text(d, tool());
            text(d, System.getProperty("java.vendor") + " " + System.getProperty("java.version"));
            text(d, request.options().toString());
            text(d, relative(request.rootDir(), request.moduleDir()));
            // the names the scanned files use, taken from the same read, when a class directory needs them
            Set<String> named = request.classpath().stream().anyMatch(Files::isDirectory) ? new HashSet<>() : null;
            text(d, "files");
            for (Path f : selected.candidates()) {
                file(d, request.rootDir(), f, named);
            }
            text(d, "context");
            for (Path f : selected.context()) {
                file(d, request.rootDir(), f, named);
            }
            text(d, "classpath");
            for (Path entry : request.classpath()) {
                if (Files.isDirectory(entry)) {
                    classes(d, entry, named);
                } else {
                    stamp(d, entry);
                }
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The cached result for {@code key}, or null when there is none, it is for other inputs, or it is unreadable. */
    @Nullable Entry read(String key) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return BinaryFormat.read(file, in -> {
                if (in.readInt() != MAGIC || in.readInt() != FORMAT || !key.equals(BinaryFormat.string(in))) {
                    return null;
                }
                return new Entry(FORMAT, key, BinaryFormat.findings(in), BinaryFormat.errors(in));
            });
        } catch (IOException | RuntimeException e) {
            return null; // a damaged or older cache is a miss; the scan that follows replaces it
        }
    }

    /** Stores {@code result} under {@code key}; returns why it could not, or null. */
    @Nullable String write(String key, ScanResult result) {
        try {
            BinaryFormat.writeAtomically(file, out -> {
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                BinaryFormat.string(out, key);
                BinaryFormat.findings(out, result.findings());
                BinaryFormat.errors(out, result.errors());
            });
            return null;
        } catch (IOException | RuntimeException e) {
            return e.toString();
        }
    }

    /** A scanned file by path and content; the words that can name a class go to {@code names} when given. */
    private static void file(MessageDigest d, Path root, Path f, @Nullable Set<String> names) throws IOException {
        text(d, relative(root, f));
        long size = Files.size(f);
        if (size > ProjectParser.MAX_FILE_BYTES) {
            // too large to be parsed (it is reported as such): its size and time stand for its content
            text(d, size + "@" + Files.getLastModifiedTime(f).toMillis());
            return;
        }
        byte[] bytes = Files.readAllBytes(f);
        d.update(sha256().digest(bytes));
        if (names != null) {
            names(new String(bytes, StandardCharsets.ISO_8859_1), names);
        }
    }

    /**
     * A class directory, by the classes it holds that the scanned files name: a class is looked up by its simple
     * name, so only a class one of them names can change how their code resolves (one that shadows an imported
     * class of that name, say). Not by the classes' bytes: those change with every compile, also of code no rule
     * reads, and a class whose constants a rule reads is a candidate, so its source is in the key. A pull request
     * that adds a class no Dashboard code names keeps the cache.
     */
    private static void classes(MessageDigest d, Path dir, Set<String> named) throws IOException {
        text(d, dir.toAbsolutePath().normalize().toString());
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".class")) {
                    int end = name.indexOf('$');
                    String outer = name.substring(0, end > 0 ? end : name.length() - ".class".length());
                    if (named.contains(outer)) {
                        text(d, relative(dir, f));
                    }
                }
            }
        }
    }

    /** Every word of {@code text} that can name a class. */
    private static void names(String text, Set<String> out) {
        int n = text.length();
        for (int i = 0; i < n; ) {
            if (Character.isJavaIdentifierStart(text.charAt(i))) {
                int start = i;
                while (i < n && Character.isJavaIdentifierPart(text.charAt(i))) {
                    i++;
                }
                out.add(text.substring(start, i));
            } else {
                i++;
            }
        }
    }

    /** A jar, by path and size (a released jar's path names its version), and its time too when it is a SNAPSHOT. */
    private static void stamp(MessageDigest d, Path entry) throws IOException {
        text(d, entry.toAbsolutePath().normalize().toString());
        if (Files.isRegularFile(entry)) {
            text(d, String.valueOf(Files.size(entry)));
            if (entry.getFileName().toString().contains("SNAPSHOT")) {
                text(d, String.valueOf(Files.getLastModifiedTime(entry).toMillis()));
            }
        } else if (Files.isDirectory(entry)) {
            try (Stream<Path> files = Files.walk(entry)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    text(d, relative(entry, f));
                }
            }
        } else {
            text(d, "missing");
        }
    }

    /**
     * This tool's code (every byte of it: a rebuilt SNAPSHOT never reuses an older build's results) and
     * OpenRewrite's (by jar, whose path names its version).
     */
    private static String tool() throws IOException {
        String s = toolStamp;
        if (s == null) {
            MessageDigest d = sha256();
            for (Class<?> c : List.of(ScanCache.class, org.openrewrite.Recipe.class, org.openrewrite.java.JavaParser.class)) {
                CodeSource src = c.getProtectionDomain().getCodeSource();
                Path location = null;
                try {
                    location = src == null ? null : Path.of(src.getLocation().toURI());
                } catch (URISyntaxException | IllegalArgumentException e) {
                    // not a file: named below
                }
                if (location == null) {
                    text(d, c.getName() + " " + (src == null ? "" : src.getLocation()));
                } else if (c == ScanCache.class) {
                    code(d, location);
                } else {
                    stamp(d, location);
                }
            }
            s = HexFormat.of().formatHex(d.digest());
            toolStamp = s;
        }
        return s;
    }

    /** Every file of a jar or class directory, by content. */
    private static void code(MessageDigest d, Path location) throws IOException {
        if (Files.isRegularFile(location)) {
            file(d, location.getParent(), location, null);
            return;
        }
        try (Stream<Path> files = Files.walk(location)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                file(d, location, f, null);
            }
        }
    }

    private static void text(MessageDigest d, String s) {
        d.update(s.getBytes(StandardCharsets.UTF_8));
        d.update((byte) 0);
    }

    private static String relative(Path root, Path f) {
        return ProjectParser.relative(root, f);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
