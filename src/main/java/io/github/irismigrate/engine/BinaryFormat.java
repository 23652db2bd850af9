package io.github.irismigrate.engine;

import io.github.irismigrate.catalog.Rule;
import org.jspecify.annotations.Nullable;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The plain binary form of what the engine keeps and hands over between JVMs (the scan cache, the pre-filter's
 * index, a scan job and its result): read and written without a JSON library, which a cold JVM takes a tenth of a
 * second to start. Strings of any length, as UTF-8.
 */
final class BinaryFormat {
    private static final int MAX_STRING = 64 << 20;

    private BinaryFormat() {
    }

    /** What {@link #writeAtomically} writes. */
    interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    /** What {@link #read} reads. */
    interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    /** Writes {@code file} whole or not at all: a temporary file beside it, then a rename. */
    static void writeAtomically(Path file, Writer writer) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                writer.write(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static <T> T read(Path file, Reader<T> reader) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            return reader.read(in);
        }
    }

    static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_STRING) {
            throw new IOException("damaged file: a string of " + n + " bytes");
        }
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    static void nullable(DataOutputStream out, @Nullable String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            string(out, s);
        }
    }

    static @Nullable String nullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? string(in) : null;
    }

    static void strings(DataOutputStream out, Collection<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            string(out, s);
        }
    }

    static List<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> out = new ArrayList<>(Math.max(0, Math.min(n, 1 << 16)));
        for (int i = 0; i < n; i++) {
            out.add(string(in));
        }
        return out;
    }

    static void paths(DataOutputStream out, List<Path> list) throws IOException {
        strings(out, list.stream().map(Path::toString).toList());
    }

    static List<Path> paths(DataInputStream in) throws IOException {
        return strings(in).stream().map(Path::of).toList();
    }

    static void findings(DataOutputStream out, List<Finding> findings) throws IOException {
        out.writeInt(findings.size());
        for (Finding f : findings) {
            string(out, f.rule().name());
            string(out, f.file());
            out.writeInt(f.line());
            out.writeInt(f.column());
            out.writeInt(f.endLine());
            out.writeInt(f.endColumn());
            string(out, f.message());
            string(out, f.snippet());
            out.writeBoolean(f.fixable());
            out.writeBoolean(f.fixed());
            nullable(out, f.fixDiff());
            out.writeBoolean(f.suppression() != null);
            if (f.suppression() != null) {
                string(out, f.suppression().kind().name());
                string(out, f.suppression().reason());
            }
            string(out, f.fingerprint());
        }
    }

    static List<Finding> findings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<Finding> out = new ArrayList<>(Math.max(0, Math.min(n, 1 << 16)));
        for (int i = 0; i < n; i++) {
            Rule rule = Rule.valueOf(string(in));
            String file = string(in);
            int line = in.readInt();
            int column = in.readInt();
            int endLine = in.readInt();
            int endColumn = in.readInt();
            String message = string(in);
            String snippet = string(in);
            boolean fixable = in.readBoolean();
            boolean fixed = in.readBoolean();
            String fixDiff = nullable(in);
            Finding.Suppression suppression = in.readBoolean()
                    ? new Finding.Suppression(Finding.Suppression.Kind.valueOf(string(in)), string(in)) : null;
            out.add(new Finding(rule, file, line, column, endLine, endColumn, message, snippet, fixable, fixed, fixDiff,
                    suppression, string(in)));
        }
        return out;
    }

    static void errors(DataOutputStream out, List<ToolError> errors) throws IOException {
        out.writeInt(errors.size());
        for (ToolError e : errors) {
            string(out, e.file());
            nullable(out, e.ruleId());
            string(out, e.message());
        }
    }

    static List<ToolError> errors(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<ToolError> out = new ArrayList<>(Math.max(0, Math.min(n, 1 << 16)));
        for (int i = 0; i < n; i++) {
            out.add(new ToolError(string(in), nullable(in), string(in)));
        }
        return out;
    }

    static void result(DataOutputStream out, ScanResult r) throws IOException {
        string(out, r.projectName());
        findings(out, r.findings());
        errors(out, r.errors());
        out.writeInt(r.filesScanned());
        out.writeInt(r.filesFixed());
        out.writeLong(r.elapsedMillis());
    }

    static ScanResult result(DataInputStream in) throws IOException {
        return new ScanResult(string(in), findings(in), errors(in), in.readInt(), in.readInt(), in.readLong());
    }

    static void request(DataOutputStream out, ScanRequest r) throws IOException {
        string(out, r.moduleDir().toString());
        string(out, r.rootDir().toString());
        strings(out, r.includes());
        strings(out, r.excludes());
        paths(out, r.classpath());
        string(out, r.projectName());
        paths(out, r.contextDirs());
        string(out, r.options().countryCode());
        string(out, r.options().numberFormat());
    }

    static ScanRequest request(DataInputStream in) throws IOException {
        return new ScanRequest(Path.of(string(in)), Path.of(string(in)), strings(in), strings(in), paths(in), string(in),
                paths(in), new RunOptions(string(in), string(in)));
    }
}
