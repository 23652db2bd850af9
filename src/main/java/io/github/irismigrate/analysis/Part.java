package io.github.irismigrate.analysis;

import org.jspecify.annotations.Nullable;

/** One piece of an assembled text: known text, an unknown hole, or a reference resolved later. */
public sealed interface Part permits Part.Known, Part.Hole, Part.ConstantRef, Part.PropertyRef {

    /**
     * Text whose value is known.
     *
     * @param origin  the leaf that holds this text, when it can be edited; null for SDK constants and the like
     * @param anchor  the tree in the file being assembled that produced this text (the literal itself, or the
     *                identifier that referenced a constant): where a finding goes when the origin is elsewhere
     *                or cannot be edited
     * @param segment true when the text is a single path segment (a '/' inside it would be percent-encoded)
     */
    record Known(String text, @Nullable Origin origin, @Nullable Origin anchor, boolean segment) implements Part {
        public Known withAnchor(@Nullable Origin newAnchor) {
            return new Known(text, origin, newAnchor, segment);
        }

        public Known asSegment() {
            return new Known(text, origin, anchor, true);
        }

        /** The characters [from, to) of this text, still anchored where this one is. */
        public Known slice(int from, int to) {
            return new Known(text.substring(from, to), origin == null ? null : origin.shifted(from), anchor, segment);
        }
    }

    /**
     * A value the analysis cannot know (a parameter, a method result); {@code param} names the method parameter it
     * is, when it is one, so that what callers pass there can be read in its place.
     */
    record Hole(String label, @Nullable Param param) implements Part {
        public Hole(String label) {
            this(label, null);
        }
    }

    /**
     * Variable {@code variable} of method {@code name} (with {@code arity} parameters) declared by {@code owner}:
     * parameter {@code index}, or -1 for a local (a loop or lambda variable may still stand for a parameter's items).
     */
    record Param(String owner, String name, int arity, int index, String variable) {
    }

    /**
     * A field: {@code key} is {@code owner.fqn#NAME} when types are known, else {@code ?Owner#NAME} (the qualifier
     * as written) or {@code ?#NAME}. Also the text a method of the project returns: {@code owner.fqn#name()} for an
     * accessor, {@code owner.fqn#name(N)} for a method of N parameters called with {@code args}, which stand for
     * its parameters in the text it returns.
     */
    record ConstantRef(String key, String simpleName, @Nullable Origin anchor, java.util.List<AssembledText> args) implements Part {
        public ConstantRef(String key, String simpleName, @Nullable Origin anchor) {
            this(key, simpleName, anchor, java.util.List.of());
        }

        /** The key of the method of {@code owner} named {@code name} with {@code arity} parameters. */
        public static String methodKey(String owner, String name, int arity) {
            return owner + "#" + name + "(" + arity + ")";
        }

        /** The simple name of the class the key names; empty for {@code ?#NAME}. */
        public String ownerSimpleName() {
            return simpleClassName(key.substring(key.startsWith("?") ? 1 : 0, key.indexOf('#')));
        }
    }

    /** {@code a.b.Outer$Inner} or {@code a.b.Outer.Inner}: {@code Inner}. A nested class may be spelt either way. */
    static String simpleClassName(String qualified) {
        return qualified.substring(Math.max(qualified.lastIndexOf('.'), qualified.lastIndexOf('$')) + 1);
    }

    /** A Spring-style property placeholder, with the default given after the colon, if any. */
    record PropertyRef(String key, @Nullable AssembledText fallback, @Nullable Origin anchor) implements Part {
    }
}
