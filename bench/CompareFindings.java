import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares the findings of iris-migrate:check with those of rewrite-maven-plugin's dry run (see bench/README.md).
 *
 * <pre>java bench/CompareFindings.java &lt;findings.json&gt; &lt;rewrite.patch&gt;</pre>
 *
 * (a) is read from findings.json: every entry of {@code findings[]} as (ruleId, file, line).
 * (b) is read from the dry run's unified diff: each added line ({@code +}) of a hunk gets its line number in the new
 * file from the hunk header; every search-result marker {@code ~~(message)~~>} on it counts once per {@code [BWnnn]}
 * the message starts a finding with. FindApiV1Usages only adds markers (all its recipes are report-only), and a marker
 * is inline, so new-file line numbers are the original ones. A marker right before a text block's opening quotes
 * counts on the block's first content line, as iris-migrate reports it. A missing patch means (b) found nothing.
 * Both are compared as multisets of (rule, file, line); prints counts by rule, "same findings: yes/no" and the
 * differences. Exit status 0 in both cases (a difference is a result, not an error); 2 on bad input.
 */
public class CompareFindings {

    record Key(String rule, String file, int line) implements Comparable<Key> {
        public int compareTo(Key o) {
            int c = file.compareTo(o.file);
            if (c != 0) return c;
            c = Integer.compare(line, o.line);
            return c != 0 ? c : rule.compareTo(o.rule);
        }

        public String toString() {
            return rule + " " + file + ":" + line;
        }
    }

    static final Pattern FINDING = Pattern.compile(
            "\\{[^{}]*?\"ruleId\"\\s*:\\s*\"(BW\\d{3})\"[^{}]*?\"file\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"[^{}]*?\"line\"\\s*:\\s*(\\d+)",
            Pattern.DOTALL);
    static final Pattern HUNK = Pattern.compile("^@@ -\\d+(?:,\\d+)? \\+(\\d+)(?:,\\d+)? @@");
    static final Pattern MARKER = Pattern.compile("~~\\((.*?)\\)~~>");
    static final Pattern RULE_IN_MARKER = Pattern.compile("(?:^|, )\\[(BW\\d{3})\\]");

    public static void main(String[] args) throws IOException {
        if (args.length != 2 && args.length != 3) {
            System.err.println("usage: java bench/CompareFindings.java <findings.json> <rewrite.patch> [project dir]");
            System.exit(2);
        }
        Path json = Path.of(args[0]);
        Path patch = Path.of(args[1]);
        if (!Files.isRegularFile(json)) {
            System.out.println("same findings: no ((a) wrote no " + json + ")");
            return;
        }
        // the project: given, or the one whose target/iris-migrate/ holds the findings
        Path projectDir = args.length == 3 ? Path.of(args[2]) : json.toAbsolutePath().getParent().getParent().getParent();
        Map<Key, Integer> a = atTextBlockStart(fromJson(Files.readString(json, StandardCharsets.UTF_8)), projectDir);
        Map<Key, Integer> b = Files.isRegularFile(patch)
                ? fromPatch(Files.readAllLines(patch, StandardCharsets.UTF_8)) : new TreeMap<>();

        Map<String, int[]> byRule = new TreeMap<>();
        a.forEach((k, v) -> byRule.computeIfAbsent(k.rule, r -> new int[2])[0] += v);
        b.forEach((k, v) -> byRule.computeIfAbsent(k.rule, r -> new int[2])[1] += v);
        System.out.printf("%-6s %8s %8s%n", "rule", "(a)", "(b)");
        int ta = 0;
        int tb = 0;
        for (Map.Entry<String, int[]> e : byRule.entrySet()) {
            System.out.printf("%-6s %8d %8d%s%n", e.getKey(), e.getValue()[0], e.getValue()[1],
                    e.getValue()[0] == e.getValue()[1] ? "" : "   <- differs");
            ta += e.getValue()[0];
            tb += e.getValue()[1];
        }
        System.out.printf("%-6s %8d %8d%n", "total", ta, tb);

        List<String> onlyA = new ArrayList<>();
        List<String> onlyB = new ArrayList<>();
        TreeMap<Key, Integer> all = new TreeMap<>(a);
        b.forEach((k, v) -> all.putIfAbsent(k, 0));
        for (Key k : all.keySet()) {
            int ca = a.getOrDefault(k, 0);
            int cb = b.getOrDefault(k, 0);
            for (int i = cb; i < ca; i++) onlyA.add(k.toString());
            for (int i = ca; i < cb; i++) onlyB.add(k.toString());
        }
        boolean same = onlyA.isEmpty() && onlyB.isEmpty();
        System.out.println("same findings: " + (same ? "yes" : "no")
                + " (compared as rule, file, line; " + ta + " in (a), " + tb + " in (b))");
        if (!same) {
            print("only in (a) iris-migrate:check", onlyA);
            print("only in (b) rewrite dryRunNoFork", onlyB);
        }
    }

    static void print(String title, List<String> keys) {
        if (keys.isEmpty()) return;
        System.out.println(title + ": " + keys.size());
        int shown = 0;
        for (String k : keys) {
            if (shown++ == 40) {
                System.out.println("  ... " + (keys.size() - 40) + " more");
                break;
            }
            System.out.println("  " + k);
        }
    }

    static Map<Key, Integer> fromJson(String text) {
        int start = text.indexOf("\"findings\"");
        int end = text.indexOf("\"errors\"", Math.max(start, 0));
        String findings = start < 0 ? "" : text.substring(start, end < 0 ? text.length() : end);
        Map<Key, Integer> out = new TreeMap<>();
        Matcher m = FINDING.matcher(findings);
        while (m.find()) {
            String file = m.group(2).replace("\\/", "/").replace("\\\\", "\\");
            out.merge(new Key(m.group(1), file, Integer.parseInt(m.group(3))), 1, Integer::sum);
        }
        return out;
    }

    /**
     * iris-migrate reports a usage inside a text block on its own line; the dry run's marker sits on the block's
     * opening quotes. (a)'s lines inside a text block are compared as the block's opening line.
     */
    static Map<Key, Integer> atTextBlockStart(Map<Key, Integer> a, Path projectDir) throws IOException {
        Map<String, int[]> openingLine = new HashMap<>();
        Map<Key, Integer> out = new TreeMap<>();
        for (Map.Entry<Key, Integer> e : a.entrySet()) {
            Key k = e.getKey();
            int[] map = openingLine.computeIfAbsent(k.file, f -> textBlockStarts(projectDir.resolve(f)));
            int line = k.line < map.length && map[k.line] > 0 ? map[k.line] : k.line;
            out.merge(new Key(k.rule, k.file, line), e.getValue(), Integer::sum);
        }
        return out;
    }

    /** For each 1-based line inside a text block, the line that opens the block; 0 elsewhere. */
    static int[] textBlockStarts(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return new int[0];
        }
        int[] out = new int[lines.size() + 2];
        int open = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            int quotes = l.split("\"\"\"", -1).length - 1;
            if (open > 0) {
                out[i + 1] = open;
            }
            for (int q = 0; q < quotes; q++) {
                open = open > 0 ? 0 : i + 1;
            }
        }
        return out;
    }

    static Map<Key, Integer> fromPatch(List<String> lines) {
        Map<Key, Integer> out = new TreeMap<>();
        String file = null;
        int line = 0;
        for (String l : lines) {
            if (l.startsWith("+++ ")) {
                String p = l.substring(4).trim();
                file = p.startsWith("b/") ? p.substring(2) : p;
                continue;
            }
            if (l.startsWith("--- ") || l.startsWith("diff ") || l.startsWith("index ")) {
                continue;
            }
            Matcher h = HUNK.matcher(l);
            if (h.find()) {
                line = Integer.parseInt(h.group(1));
                continue;
            }
            if (file == null || l.isEmpty()) {
                if (l.isEmpty()) line++;
                continue;
            }
            char c = l.charAt(0);
            if (c == '+') {
                Matcher m = MARKER.matcher(l);
                while (m.find()) {
                    Matcher r = RULE_IN_MARKER.matcher(m.group(1));
                    while (r.find()) {
                        out.merge(new Key(r.group(1), file, line), 1, Integer::sum);
                    }
                }
                line++;
            } else if (c == ' ') {
                line++;
            }
            // '-' lines and "\ No newline at end of file" do not advance the new file's line number
        }
        return out;
    }
}
