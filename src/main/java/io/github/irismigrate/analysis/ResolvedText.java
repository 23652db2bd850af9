package io.github.irismigrate.analysis;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * An assembled text with constants and properties resolved: the flat string a request would carry
 * (unknown parts shown as {@link AssembledText#HOLE}), and which part each character came from.
 */
public final class ResolvedText {
    private final String flat;
    private final List<Part> parts;
    private final int[] starts;

    ResolvedText(List<Part> parts) {
        this.parts = List.copyOf(parts);
        this.starts = new int[parts.size()];
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            starts[i] = sb.length();
            Part p = parts.get(i);
            if (p instanceof Part.Known k) {
                sb.append(k.text());
            } else {
                sb.append(AssembledText.HOLE);
            }
        }
        this.flat = sb.toString();
    }

    public static ResolvedText of(List<Part> parts) {
        return new ResolvedText(parts);
    }

    public String flat() {
        return flat;
    }

    public List<Part> parts() {
        return parts;
    }

    /** The known part that holds the whole range [start, end), with the range's offset inside it; null when the range spans parts. */
    public @Nullable Located locate(int start, int end) {
        for (int i = 0; i < parts.size(); i++) {
            int s = starts[i];
            int e = i + 1 < parts.size() ? starts[i + 1] : flat.length();
            if (start >= s && end <= e && parts.get(i) instanceof Part.Known k && (end > start || start < e)) {
                return new Located(k, start - s, end - s);
            }
        }
        return null;
    }

    /** The known parts that overlap [start, end), for anchoring a finding that spans parts. */
    public List<Part.Known> overlapping(int start, int end) {
        List<Part.Known> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            int s = starts[i];
            int e = i + 1 < parts.size() ? starts[i + 1] : flat.length();
            if (s < end && e > start && parts.get(i) instanceof Part.Known k) {
                out.add(k);
            }
        }
        return out;
    }

    /** The part that produced the character at {@code offset} of {@link #flat()}. */
    public Part partAt(int offset) {
        int i = 0;
        while (i + 1 < parts.size() && starts[i + 1] <= offset) {
            i++;
        }
        return parts.get(i);
    }

    /** A range inside one known part. */
    public record Located(Part.Known part, int start, int end) {
        public String text() {
            return part.text().substring(start, end);
        }
    }
}
