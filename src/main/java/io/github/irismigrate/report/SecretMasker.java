package io.github.irismigrate.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces credentials in text taken from scanned code (snippets, diffs, messages) by {@value #MASK} before a report
 * shows it. Every report writer passes such text through here. What counts as a credential:
 * <ul>
 *   <li>the password literal of an Iris SDK client: the 3rd argument of {@code new IrisClient(accountId, user, "pw")}
 *       and the 4th of {@code new IrisClient(uri, accountId, user, "pw", "v1.0")}; when the argument list does not
 *       close on the line, string literals in both positions;</li>
 *   <li>the password of {@code -u user:pass} / {@code --user user:pass} (curl);</li>
 *   <li>the credential after {@code Basic} or {@code Bearer} in an {@code Authorization} header;</li>
 *   <li>the value of a key ending in password, passwd, secret, token or api-key in properties, YAML or JSON
 *       ({@code iris.password=x}, {@code password: x}, {@code "apiKey": "x"}), of an XML element so named, and the
 *       string literal assigned to a Java or Kotlin variable so named, and {@code password=x} anywhere in a line
 *       (query strings, command lines, comments);</li>
 *   <li>the password of a URL's user info ({@code https://user:pass@host}).</li>
 * </ul>
 * A value that is only a placeholder ({@code ${IRIS_PASSWORD}}) is no credential and stays visible. Masking changes
 * lengths, so columns of the original line no longer index into masked text: cut a region first, with
 * {@link #mask(String, int, int)}.
 */
public final class SecretMasker {

    public static final String MASK = "****";

    private static final String KEY_WORD = "(?:password|passwd|pwd|secret|token|api[-_.]?key)";

    /** A text matches a pattern with {@link #KEY_WORD} only if it contains one of these (lower case). */
    private static final List<String> KEY_WORD_HINTS = List.of("passw", "pwd", "secret", "token", "key");

    /** {@code IrisClient(} with or without {@code new} and package. */
    private static final Pattern IRIS_CLIENT = Pattern.compile("\\bIrisClient\\s*\\(");

    private static final Pattern CURL_USER = Pattern.compile(
            "(?:^|[\\s\"'])(?:-u|--user)(?:[ \\t]+|=)[\"']?[^\\s:\"']+:([^\\s\"']+)");

    private static final Pattern AUTHORIZATION = Pattern.compile(
            "(?i)authorization[^\\n]{0,60}?\\b(?:basic|bearer)[ \\t]+([A-Za-z0-9+/=._~-]+)");

    private static final Pattern URL_USER_INFO = Pattern.compile(
            "\\b[A-Za-z][A-Za-z0-9+.-]*://[^/\\s:@\"'<>]+:([^/\\s@\"'<>]+)@");

    /** A key=value or key: value line of properties, YAML or JSON; a diff marker may come first. */
    private static final Pattern CONFIG_ENTRY = Pattern.compile(
            "(?im)^[+\\- ]?[ \\t]*(?:-[ \\t]+)?[\"']?[\\w.\\-\\[\\]]*?" + KEY_WORD + "[\"']?[ \\t]*[:=][ \\t]*"
                    + "(?:\"([^\"\\r\\n]*)\"|'([^'\\r\\n]*)'|([^\\s\"'][^\\r\\n]*?))[ \\t]*,?[ \\t]*(?:[ \\t]#[^\\r\\n]*)?$");

    private static final Pattern XML_ELEMENT = Pattern.compile(
            "(?i)<([\\w.\\-]*?" + KEY_WORD + ")>([^<\\r\\n]+)</\\1>");

    /** {@code password = "x"}, {@code val apiKey: String = "x"}; not {@code ==}. */
    private static final Pattern CODE_ASSIGNMENT = Pattern.compile(
            "(?i)\\b\\w*" + KEY_WORD + "\\b(?:[ \\t]*:[ \\t]*\\w+)?[ \\t]*=[ \\t]*\"((?:[^\"\\\\\\r\\n]|\\\\.)*)\"");

    /** {@code password=x} inside a line: a query string, a command line, a comment. */
    private static final Pattern INLINE_ENTRY = Pattern.compile(
            "(?i)\\b[\\w.\\-]*?" + KEY_WORD + "=([^\\s\"'&;,<>]+)");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^{}]*}|\\{\\{[^{}]*}}|%[\\w.]+%|\\$[A-Z_][A-Z0-9_]*");

    private SecretMasker() {
    }

    /** {@code text} with each credential replaced by {@value #MASK}. */
    public static String mask(String text) {
        return mask(text, 0, text.length());
    }

    /**
     * The part {@code [from, to)} of {@code text}, with each credential replaced by {@value #MASK}: credentials are
     * found in the whole text, so a region cut from a line is masked with the line as context.
     */
    public static String mask(String text, int from, int to) {
        List<int[]> spans = secrets(text);
        StringBuilder out = new StringBuilder(to - from);
        int at = from;
        for (int[] span : spans) {
            if (span[1] <= at || span[0] >= to) {
                continue;
            }
            out.append(text, at, Math.max(at, span[0]));
            out.append(MASK);
            at = Math.min(span[1], to);
        }
        out.append(text, at, to);
        return out.toString();
    }

    /** True when {@link #mask(String)} would change {@code text}. */
    public static boolean holdsSecret(String text) {
        return !secrets(text).isEmpty();
    }

    /**
     * The spans of texts masked lately: the four report formats mask the same messages, snippets and diffs, each in
     * its own thread, and the patterns are the costly part of writing a report. Bounded: emptied when full.
     */
    private static final int MEMO_SIZE = 4096;
    private static final Map<String, List<int[]>> MEMO = new ConcurrentHashMap<>();

    /** The credential spans {@code [start, end)} of {@code text}, sorted and merged; not to be modified. */
    static List<int[]> secrets(String text) {
        List<int[]> known = MEMO.get(text);
        if (known != null) {
            return known;
        }
        List<int[]> found = find(text);
        if (MEMO.size() >= MEMO_SIZE) {
            MEMO.clear();
        }
        MEMO.put(text, found);
        return found;
    }

    private static List<int[]> find(String text) {
        List<int[]> spans = new ArrayList<>();
        // each pattern only where its literal part occurs: most texts hold no credential, and the patterns with a
        // key word inside a word are slow on long texts
        String lower = text.toLowerCase(Locale.ROOT);
        if (text.contains("IrisClient")) {
            irisClientPasswords(text, spans);
        }
        if (lower.contains("-u")) {
            group(CURL_USER, text, spans, 1);
        }
        if (lower.contains("authorization")) {
            group(AUTHORIZATION, text, spans, 1);
        }
        if (text.contains("@") && text.contains("://")) {
            group(URL_USER_INFO, text, spans, 1);
        }
        if (KEY_WORD_HINTS.stream().anyMatch(lower::contains)) {
            group(CONFIG_ENTRY, text, spans, 1, 2, 3);
            group(XML_ELEMENT, text, spans, 2);
            group(CODE_ASSIGNMENT, text, spans, 1);
            group(INLINE_ENTRY, text, spans, 1);
        }
        spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] s : spans) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s[0] <= last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                merged.add(new int[] {s[0], s[1]});
            }
        }
        return List.copyOf(merged);
    }

    private static void group(Pattern pattern, String text, List<int[]> spans, int... groups) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            for (int g : groups) {
                if (m.start(g) >= 0) {
                    add(text, m.start(g), m.end(g), spans);
                }
            }
        }
    }

    private static void add(String text, int start, int end, List<int[]> spans) {
        String value = text.substring(start, end).trim();
        if (value.isEmpty() || PLACEHOLDER.matcher(value).matches()
                || value.toLowerCase(Locale.ROOT).equals("null")) {
            return;
        }
        spans.add(new int[] {start, end});
    }

    /** Top-level arguments of each {@code IrisClient(...)}: masks the password literal by the argument count. */
    private static void irisClientPasswords(String text, List<int[]> spans) {
        Matcher m = IRIS_CLIENT.matcher(text);
        while (m.find()) {
            List<int[]> args = new ArrayList<>(); // [start, end, isStringLiteral]
            boolean closed = arguments(text, m.end(), args);
            if (closed && args.size() == 3) {
                literal(text, args.get(2), spans);
            } else if (closed && args.size() == 5) {
                literal(text, args.get(3), spans);
            } else if (!closed) {
                // cut off: which form it is stays open, so hide a literal in either password position
                if (args.size() >= 3) {
                    literal(text, args.get(2), spans);
                }
                if (args.size() >= 4) {
                    literal(text, args.get(3), spans);
                }
            }
        }
    }

    private static void literal(String text, int[] arg, List<int[]> spans) {
        if (arg[2] == 1) {
            add(text, arg[0] + 1, arg[1] - 1, spans); // inside the quotes
        }
    }

    /**
     * Reads the argument list starting after the open parenthesis into {@code args} ({start, end, 1 when the argument
     * is one string literal}); returns whether the closing parenthesis was found.
     */
    private static boolean arguments(String text, int from, List<int[]> args) {
        int depth = 0;
        int argStart = from;
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = skipQuoted(text, i);
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (c == ')') {
                addArgument(text, argStart, i, args);
                return true;
            } else if (c == ',' && depth == 0) {
                addArgument(text, argStart, i, args);
                argStart = i + 1;
            } else if (c == ';' && depth == 0) {
                break;
            }
            i++;
        }
        addArgument(text, argStart, Math.min(i, text.length()), args);
        return false;
    }

    private static int skipQuoted(String text, int open) {
        char quote = text.charAt(open);
        int i = open + 1;
        while (i < text.length() && text.charAt(i) != quote && text.charAt(i) != '\n') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, text.length());
    }

    private static void addArgument(String text, int start, int end, List<int[]> args) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s == e) {
            if (!args.isEmpty() || start != end) {
                args.add(new int[] {s, e, 0});
            }
            return;
        }
        boolean literal = text.charAt(s) == '"' && e - s >= 2 && skipQuoted(text, s) == e;
        args.add(new int[] {s, e, literal ? 1 : 0});
    }
}
