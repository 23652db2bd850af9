package io.github.irismigrate.analysis;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The text a piece of code stands for, as a sequence of parts, before constants and properties are resolved. */
public final class AssembledText {
    /** How an unknown part shows in {@link ResolvedText#flat()}: a private-use character no URL contains. */
    public static final char HOLE = '\uE000';

    private static final AssembledText EMPTY = new AssembledText(List.of());

    private final List<Part> parts;

    private AssembledText(List<Part> parts) {
        this.parts = parts;
    }

    public static AssembledText empty() {
        return EMPTY;
    }

    public static AssembledText of(Part part) {
        return new AssembledText(List.of(part));
    }

    public static AssembledText of(List<Part> parts) {
        return new AssembledText(List.copyOf(parts));
    }

    /**
     * {@code known} with each match of {@code m} (a matcher over its text) that {@code replacement} gives a text for
     * replaced by that text; null from {@code replacement} leaves the match as it is. The text around the matches keeps
     * its place in the leaf ({@link Part.Known#slice}).
     */
    public static AssembledText replaced(Part.Known known, java.util.regex.Matcher m,
                                         java.util.function.Function<java.util.regex.Matcher, @Nullable AssembledText> replacement) {
        AssembledText out = empty();
        int last = 0;
        boolean any = false;
        while (m.find()) {
            AssembledText r = replacement.apply(m);
            if (r == null) {
                continue;
            }
            if (m.start() > last) {
                out = out.plus(of(known.slice(last, m.start())));
            }
            out = out.plus(r);
            last = m.end();
            any = true;
        }
        if (!any) {
            return of(known);
        }
        return last < known.text().length() ? out.plus(of(known.slice(last, known.text().length()))) : out;
    }

    public static AssembledText hole(String label) {
        return of(new Part.Hole(label));
    }

    public static AssembledText text(String text) {
        return of(new Part.Known(text, null, null, false));
    }

    public List<Part> parts() {
        return Collections.unmodifiableList(parts);
    }

    public AssembledText plus(AssembledText other) {
        if (other.parts.isEmpty()) {
            return this;
        }
        if (parts.isEmpty()) {
            return other;
        }
        List<Part> all = new ArrayList<>(parts.size() + other.parts.size());
        all.addAll(parts);
        all.addAll(other.parts);
        return new AssembledText(all);
    }

    public AssembledText plus(String text) {
        return plus(text(text));
    }

    /** True when nothing in this text is known. */
    public boolean isOpaque() {
        return parts.stream().allMatch(p -> p instanceof Part.Hole);
    }

    public boolean hasReferences() {
        return parts.stream().anyMatch(p -> p instanceof Part.ConstantRef || p instanceof Part.PropertyRef);
    }

    /** The known text with holes and references shown as {@link #HOLE}: enough for a cheap pre-check. */
    public String sketch() {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            if (p instanceof Part.Known k) {
                sb.append(k.text());
            } else {
                sb.append(HOLE);
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return sketch().replace(HOLE, '…');
    }
}
