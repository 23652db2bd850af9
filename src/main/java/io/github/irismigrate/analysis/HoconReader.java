package io.github.irismigrate.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the values of a HOCON file (Typesafe Config's {@code application.conf}, vertx-config's HOCON store) with
 * where each piece of a value is written, so that rules can report and rewrite them in place. Nested objects give
 * dotted keys ({@code dashboard { base-url = ".." }} is {@code dashboard.base-url}); a value is a quoted or unquoted
 * string, a substitution ({@code ${dashboard.base}}) or a concatenation of them ({@code ${dashboard.base}"/accounts"});
 * an array's strings are values of the array's key. Comments ({@code #}, {@code //}), {@code include} statements and
 * optional substitutions alone ({@code base-url = ${?DASHBOARD_URL}}, an environment override) give nothing. Not a full
 * HOCON parser: what it cannot read (a quoted string with escapes, {@code +=}) it leaves out.
 */
public final class HoconReader {
    private HoconReader() {
    }

    /** A piece of a value: text written at {@code offset} of the file, or a substitution of another key. */
    public sealed interface Piece permits Text, Substitution {
    }

    /** Text exactly as written from {@code offset} (inside the quotes of a quoted string). */
    public record Text(String text, int offset) implements Piece {
    }

    /** {@code ${key}} written at {@code offset}; {@code optional} for {@code ${?key}}. */
    public record Substitution(String key, boolean optional, int offset) implements Piece {
    }

    /** One value of the file, under its full dotted key. */
    public record Value(String key, List<Piece> pieces) {
        /** The value when it is one piece of text. */
        public Text single() {
            return pieces.size() == 1 && pieces.get(0) instanceof Text t ? t : null;
        }
    }

    public static List<Value> read(String text) {
        return new Scanner(text).values();
    }

    private static final class Scanner {
        private final String s;
        private int i;
        private final List<String> path = new ArrayList<>();
        private final List<Value> out = new ArrayList<>();

        Scanner(String s) {
            this.s = s;
        }

        List<Value> values() {
            if (s.startsWith("\uFEFF")) {
                i = 1;
            }
            List<Integer> depths = new ArrayList<>(); // how many path elements each open brace pushed
            while (i < s.length()) {
                skipSpaceAndComments(true);
                if (i >= s.length()) {
                    break;
                }
                char c = s.charAt(i);
                if (c == '}') {
                    i++;
                    if (!depths.isEmpty()) {
                        int n = depths.remove(depths.size() - 1);
                        for (int k = 0; k < n && !path.isEmpty(); k++) {
                            path.remove(path.size() - 1);
                        }
                    }
                    continue;
                }
                if (c == '{' && depths.isEmpty() && path.isEmpty()) {
                    i++; // the root object's braces
                    depths.add(0);
                    continue;
                }
                if (c == ',') {
                    i++;
                    continue;
                }
                List<String> key = key();
                if (key.isEmpty()) {
                    skipLine(); // not a key: leave the line
                    continue;
                }
                if (key.size() == 1 && key.get(0).equals("include")) {
                    skipLine();
                    continue;
                }
                skipSpaceAndComments(false);
                if (i < s.length() && s.startsWith("+=", i)) {
                    skipLine();
                    continue;
                }
                if (i < s.length() && (s.charAt(i) == '=' || s.charAt(i) == ':')) {
                    i++;
                    skipSpaceAndComments(false);
                }
                if (i >= s.length()) {
                    break;
                }
                if (s.charAt(i) == '{') {
                    i++;
                    path.addAll(key);
                    depths.add(key.size());
                    continue;
                }
                String full = join(key);
                if (s.charAt(i) == '[') {
                    array(full);
                    continue;
                }
                List<Piece> pieces = value();
                if (pieces != null && !pieces.isEmpty()) {
                    out.add(new Value(full, pieces));
                }
            }
            return out;
        }

        private String join(List<String> key) {
            List<String> all = new ArrayList<>(path);
            all.addAll(key);
            return String.join(".", all);
        }

        /** A key: dotted elements, each quoted or unquoted; empty when there is none here. */
        private List<String> key() {
            List<String> parts = new ArrayList<>();
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '"') {
                    int end = s.indexOf('"', i + 1);
                    if (end < 0 || s.substring(i + 1, end).indexOf('\n') >= 0) {
                        return List.of();
                    }
                    parts.add(s.substring(i + 1, end));
                    i = end + 1;
                } else {
                    int start = i;
                    while (i < s.length() && isKeyChar(s.charAt(i))) {
                        i++;
                    }
                    if (i == start) {
                        return parts.isEmpty() ? List.of() : parts;
                    }
                    for (String p : s.substring(start, i).split("\\.", -1)) {
                        parts.add(p);
                    }
                }
                if (i < s.length() && s.charAt(i) == '.') {
                    i++;
                    continue;
                }
                break;
            }
            return parts;
        }

        private static boolean isKeyChar(char c) {
            return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.';
        }

        /** The pieces of a value up to the end of its line (or a ',' or '}' outside quotes); null when unreadable. */
        private List<Piece> value() {
            List<Piece> pieces = new ArrayList<>();
            boolean readable = true;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '\n' || c == '\r' || c == ',' || c == '}' || c == '#' || s.startsWith("//", i) && !afterScheme()) {
                    break;
                }
                if (s.startsWith("\"\"\"", i)) {
                    int end = s.indexOf("\"\"\"", i + 3);
                    if (end < 0) {
                        i = s.length();
                        return null;
                    }
                    pieces.add(new Text(s.substring(i + 3, end), i + 3));
                    i = end + 3;
                } else if (c == '"') {
                    int end = i + 1;
                    while (end < s.length() && s.charAt(end) != '"' && s.charAt(end) != '\n') {
                        if (s.charAt(end) == '\\') {
                            readable = false; // an escape: the value's characters are not the file's
                            end++;
                        }
                        end++;
                    }
                    pieces.add(new Text(s.substring(i + 1, Math.min(end, s.length())), i + 1));
                    i = Math.min(end + 1, s.length());
                } else if (s.startsWith("${", i)) {
                    int end = s.indexOf('}', i);
                    if (end < 0) {
                        skipLine();
                        return null;
                    }
                    boolean optional = s.charAt(i + 2) == '?';
                    pieces.add(new Substitution(s.substring(i + (optional ? 3 : 2), end).trim(), optional, i));
                    i = end + 1;
                } else if (c == ' ' || c == '\t') {
                    int start = i;
                    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                        i++;
                    }
                    // whitespace between two pieces is part of a concatenation; at the end of the value it is not
                    if (!pieces.isEmpty() && i < s.length() && !isValueEnd(i)) {
                        pieces.add(new Text(s.substring(start, i), start));
                    }
                } else {
                    int start = i;
                    while (i < s.length() && !isUnquotedEnd(i)) {
                        i++;
                    }
                    int end = i;
                    while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
                        end--;
                    }
                    if (end > start) {
                        pieces.add(new Text(s.substring(start, end), start));
                    }
                    if (i == start) {
                        i++;
                    }
                }
            }
            return readable ? pieces : null;
        }

        /** {@code https://} in an unquoted value: HOCON would read a comment there, a person means a URL. */
        private boolean afterScheme() {
            return i > 0 && s.charAt(i - 1) == ':';
        }

        private boolean isValueEnd(int at) {
            char c = s.charAt(at);
            return c == '\n' || c == '\r' || c == ',' || c == '}' || c == '#' || s.startsWith("//", at);
        }

        private boolean isUnquotedEnd(int at) {
            char c = s.charAt(at);
            return c == '\n' || c == '\r' || c == ',' || c == '}' || c == ']' || c == '"' || c == '#' || c == '$'
                    && s.startsWith("${", at) || s.startsWith("//", at) && !(at > 0 && s.charAt(at - 1) == ':');
        }

        /** An array's string elements, each a value of the array's key. */
        private void array(String key) {
            i++; // '['
            while (i < s.length()) {
                skipSpaceAndComments(true);
                if (i >= s.length()) {
                    return;
                }
                char c = s.charAt(i);
                if (c == ']') {
                    i++;
                    return;
                }
                if (c == ',') {
                    i++;
                    continue;
                }
                if (c == '{' || c == '[') {
                    skipNested();
                    continue;
                }
                List<Piece> pieces = element();
                if (pieces != null && !pieces.isEmpty()) {
                    out.add(new Value(key, pieces));
                }
            }
        }

        private List<Piece> element() {
            if (s.charAt(i) == '"') {
                int end = i + 1;
                boolean readable = true;
                while (end < s.length() && s.charAt(end) != '"' && s.charAt(end) != '\n') {
                    if (s.charAt(end) == '\\') {
                        readable = false;
                        end++;
                    }
                    end++;
                }
                Text t = new Text(s.substring(i + 1, Math.min(end, s.length())), i + 1);
                i = Math.min(end + 1, s.length());
                return readable ? List.of(t) : null;
            }
            int start = i;
            while (i < s.length() && s.charAt(i) != ',' && s.charAt(i) != ']' && s.charAt(i) != '\n' && s.charAt(i) != '#') {
                i++;
            }
            int end = i;
            while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
                end--;
            }
            if (i == start) {
                i++;
                return null;
            }
            String t = s.substring(start, end);
            return t.startsWith("${") ? null : List.of(new Text(t, start));
        }

        private void skipNested() {
            int depth = 0;
            while (i < s.length()) {
                char c = s.charAt(i++);
                if (c == '"') {
                    while (i < s.length() && s.charAt(i) != '"' && s.charAt(i) != '\n') {
                        i++;
                    }
                    i++;
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    if (--depth == 0) {
                        return;
                    }
                }
            }
        }

        private void skipSpaceAndComments(boolean newlines) {
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == ' ' || c == '\t' || newlines && (c == '\n' || c == '\r')) {
                    i++;
                } else if (c == '#' || s.startsWith("//", i)) {
                    if (!newlines) {
                        return;
                    }
                    skipLine();
                } else {
                    return;
                }
            }
        }

        private void skipLine() {
            while (i < s.length() && s.charAt(i) != '\n') {
                i++;
            }
        }
    }
}
