package io.github.irismigrate.engine;

import org.jspecify.annotations.Nullable;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * What the last selection of a module read of each file, kept in a file of its own (beside the scan cache) so that
 * the next selection reads only the files that changed: the next pull request's gate then reads a handful of
 * files instead of every file of the module.
 * <p>
 * A file counts as unchanged while its size, modification time (to the nanosecond, where the file system keeps
 * it) and file key (the inode) are those recorded, as {@code make} and {@code git status} judge. Only files whose
 * modification time was at least {@link #SETTLED_MILLIS} older than the selection that read them are recorded: a
 * file written again within the same tick of a coarse clock would otherwise keep its recorded time. A file edited
 * with its old time and size put back by hand is not seen; {@code -Diris-migrate.cache=false} reads every file.
 * The index records which tool wrote it: another version of the pre-filter reads every file afresh.
 */
public final class FileIndex {
    private static final int FORMAT = 8;
    static final long SETTLED_MILLIS = 2_000;

    private final Path file;
    private final Path root;
    private final String tool;

    /**
     * @param file where the index is kept
     * @param root the directory the recorded paths are relative to (the module)
     * @param tool names the tool that reads the files: an index of another tool is not used
     */
    public FileIndex(Path file, Path root, String tool) {
        this.file = file;
        this.root = root;
        this.tool = tool;
    }

    private record Stamp(long size, long modified, String key) {
        static @Nullable Stamp of(Path f) {
            try {
                BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                Object key = a.fileKey();
                return new Stamp(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                        key == null ? "" : key.toString());
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }

    private record Stored(Stamp stamp, CandidateFiles.Scan scan) {
    }

    /** Fills {@code scans}: a recorded scan where the file is unchanged, a fresh one elsewhere; then records them. */
    void scanAll(List<Path> files, CandidateFiles.Scan[] scans) {
        long started = System.currentTimeMillis();
        Map<String, Stored> recorded = read();
        int n = files.size();
        Stamp[] stamps = new Stamp[n];
        boolean[] fresh = new boolean[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            Path f = files.get(i);
            Stamp stamp = Stamp.of(f);
            Stored old = stamp == null ? null : recorded.get(relative(f));
            stamps[i] = stamp;
            if (old != null && old.stamp().equals(stamp)) {
                scans[i] = old.scan();
            } else {
                scans[i] = CandidateFiles.scan(f);
                fresh[i] = true;
            }
        });
        // written again when a file read afresh can be recorded; the entry of a file gone, or of one edited just
        // now, stays until then: it is never matched again
        long settled = TimeUnit.MILLISECONDS.toNanos(started - SETTLED_MILLIS);
        boolean changed = false;
        for (int i = 0; i < n && !changed; i++) {
            changed = fresh[i] && recordable(scans[i], stamps[i], settled);
        }
        if (changed) {
            write(files, scans, stamps, settled);
        }
    }

    private String relative(Path f) {
        return root.relativize(f).toString().replace('\\', '/');
    }

    private Map<String, Stored> read() {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            return BinaryFormat.read(file, in -> {
                if (in.readInt() != FORMAT || !BinaryFormat.string(in).equals(tool)) {
                    return Map.of();
                }
                int count = in.readInt();
                Map<String, Stored> out = new HashMap<>(count * 2);
                for (int i = 0; i < count; i++) {
                    String path = BinaryFormat.string(in);
                    Stamp stamp = new Stamp(in.readLong(), in.readLong(), BinaryFormat.string(in));
                    boolean keep = in.readBoolean();
                    String className = BinaryFormat.nullable(in);
                    out.put(path, new Stored(stamp, new CandidateFiles.Scan(keep, className, set(in), set(in), set(in), set(in),
                            set(in), ints(in), ints(in), set(in), set(in), in.readBoolean(), in.readBoolean())));
                }
                return out;
            });
        } catch (IOException | RuntimeException e) {
            return Map.of(); // a damaged or older index: every file is read, and the index written afresh
        }
    }

    private static void ints(java.io.DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    private static int[] ints(DataInputStream in) throws IOException {
        int[] out = new int[in.readInt()];
        for (int i = 0; i < out.length; i++) {
            out[i] = in.readInt();
        }
        return out;
    }

    private static Set<String> set(DataInputStream in) throws IOException {
        List<String> items = BinaryFormat.strings(in);
        return items.isEmpty() ? Set.of() : new HashSet<>(items);
    }

    private void write(List<Path> files, CandidateFiles.Scan[] scans, Stamp[] stamps, long settled) {
        try {
            BinaryFormat.writeAtomically(file, out -> {
                out.writeInt(FORMAT);
                BinaryFormat.string(out, tool);
                int count = 0;
                for (int i = 0; i < files.size(); i++) {
                    count += recordable(scans[i], stamps[i], settled) ? 1 : 0;
                }
                out.writeInt(count);
                for (int i = 0; i < files.size(); i++) {
                    CandidateFiles.Scan s = scans[i];
                    Stamp st = stamps[i];
                    if (!recordable(s, st, settled)) {
                        continue;
                    }
                    BinaryFormat.string(out, relative(files.get(i)));
                    out.writeLong(st.size());
                    out.writeLong(st.modified());
                    BinaryFormat.string(out, st.key());
                    out.writeBoolean(s.keep());
                    BinaryFormat.nullable(out, s.className());
                    BinaryFormat.strings(out, s.declared());
                    BinaryFormat.strings(out, s.qualifiedRefs());
                    BinaryFormat.strings(out, s.staticImports());
                    BinaryFormat.strings(out, s.staticCalls());
                    BinaryFormat.strings(out, s.textMethods());
                    ints(out, s.typeNames());
                    ints(out, s.calls());
                    BinaryFormat.strings(out, s.superclasses());
                    BinaryFormat.strings(out, s.joiners());
                    out.writeBoolean(s.callbackModel());
                    out.writeBoolean(s.record());
                }
            });
        } catch (IOException | RuntimeException e) {
            // no index: the next selection reads every file, as it would without one
        }
    }

    /** A file read normally whose time had settled when it was read. */
    private static boolean recordable(CandidateFiles.Scan s, @Nullable Stamp st, long settled) {
        return st != null && s != CandidateFiles.Scan.UNREADABLE && st.modified() < settled;
    }
}
