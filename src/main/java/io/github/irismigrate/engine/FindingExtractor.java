package io.github.irismigrate.engine;

import io.github.irismigrate.catalog.Rule;
import io.github.irismigrate.recipes.IrisFinding;
import org.openrewrite.Cursor;
import org.openrewrite.PrintOutputCapture;
import org.openrewrite.SourceFile;
import org.openrewrite.marker.Marker;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Turns the {@link IrisFinding} markers of a source file into findings with exact positions: the file is printed
 * with sentinels around every marked tree, so line and column come from the printer itself, for Java and every
 * configuration language alike.
 */
public final class FindingExtractor {
    private static final char START = '\u0001';
    private static final char END = '\u0003';
    private static final char CLOSE = '\u0002';

    private FindingExtractor() {
    }

    /** The file printed as it would be written: no markers, no search comments. */
    public static String printClean(SourceFile sf) {
        return sf.printAll(new PrintOutputCapture<>(0, new PrintOutputCapture.MarkerPrinter() {
            @Override
            public String beforeSyntax(Marker marker, Cursor cursor, UnaryOperator<String> commentWrapper) {
                return "";
            }

            @Override
            public String afterSyntax(Marker marker, Cursor cursor, UnaryOperator<String> commentWrapper) {
                return "";
            }
        }));
    }

    public static List<Finding> extract(SourceFile sf, String relPath) {
        List<IrisFinding> markers = new ArrayList<>();
        Map<IrisFinding, Integer> index = new HashMap<>();
        Map<Integer, String> textBlocks = new HashMap<>();
        Map<Integer, Integer> inlineShift = new HashMap<>();
        java.util.Set<Integer> kotlinRawStrings = new java.util.HashSet<>();
        String printed = sf.printAll(new PrintOutputCapture<>(0, new PrintOutputCapture.MarkerPrinter() {
            @Override
            public String beforeSyntax(Marker marker, Cursor cursor, UnaryOperator<String> commentWrapper) {
                if (marker instanceof IrisFinding f) {
                    int i = index.computeIfAbsent(f, k -> {
                        markers.add(k);
                        return markers.size() - 1;
                    });
                    Object marked = cursor.getValue() instanceof Marker ? cursor.getParentOrThrow().getValue() : cursor.getValue();
                    if (marked instanceof org.openrewrite.kotlin.tree.K.StringTemplate st && st.getDelimiter().equals("\"\"\"")) {
                        kotlinRawStrings.add(i); // its text is read from the printed source below
                    }
                    if (marked instanceof org.openrewrite.java.tree.J.Literal lit && lit.getValue() instanceof String v
                            && lit.getValueSource() != null) {
                        if (lit.getValueSource().startsWith("\"\"\"")) {
                            textBlocks.put(i, v);
                        } else if (f.offset() > 0 && f.offset() <= v.length()
                                && lit.getValueSource().startsWith("\"" + v.substring(0, f.offset()))) {
                            inlineShift.put(i, 1 + f.offset()); // no escape before the usage: its column is exact
                        }
                    }
                    return START + Integer.toString(i) + CLOSE;
                }
                return "";
            }

            @Override
            public String afterSyntax(Marker marker, Cursor cursor, UnaryOperator<String> commentWrapper) {
                if (marker instanceof IrisFinding f && index.containsKey(f)) {
                    return END + Integer.toString(index.get(f)) + CLOSE;
                }
                return "";
            }
        }));
        if (markers.isEmpty()) {
            return List.of();
        }
        int[][] pos = new int[markers.size()][4];
        StringBuilder clean = new StringBuilder(printed.length());
        int line = 1;
        int col = 1;
        for (int i = 0; i < printed.length(); i++) {
            char c = printed.charAt(i);
            if (c == START || c == END) {
                int close = printed.indexOf(CLOSE, i);
                int id = Integer.parseInt(printed.substring(i + 1, close));
                if (c == START) {
                    pos[id][0] = line;
                    pos[id][1] = col;
                } else {
                    pos[id][2] = line;
                    pos[id][3] = col;
                }
                i = close;
                continue;
            }
            clean.append(c);
            if (c == '\n') {
                line++;
                col = 1;
            } else if (c != '\r') {
                col++;
            }
        }
        String[] lines = clean.toString().split("\r?\n|\r", -1);
        List<Finding> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Set<String> spans = new HashSet<>();
        for (int i = 0; i < markers.size(); i++) {
            IrisFinding m = markers.get(i);
            Rule rule = Rule.byId(m.ruleId()).orElseThrow();
            int startLine = pos[i][0] == 0 ? 1 : pos[i][0];
            int endLine = pos[i][2] == 0 ? startLine : pos[i][2];
            int endCol = pos[i][2] == 0 ? pos[i][1] : pos[i][3];
            int startCol = Math.max(1, pos[i][1]);
            String code = codeBetween(lines, startLine, startCol, endLine, endCol);
            if (inlineShift.containsKey(i)) {
                startCol += inlineShift.get(i);
            }
            if (code.startsWith("\"\"\"") && startLine < endLine && startLine < lines.length) {
                // a text block: the usage is on its own content line, where a person edits
                String value = textBlocks.get(i);
                int offset = m.offset();
                if (value == null && kotlinRawStrings.contains(i) && code.length() >= 6 && code.endsWith("\"\"\"")) {
                    // a Kotlin raw string, as written; like a text block's value, from the line after its quotes
                    value = code.substring(3, code.length() - 3);
                    int firstLine = value.indexOf('\n');
                    if (firstLine >= 0 && value.substring(0, firstLine).isBlank() && offset > firstLine) {
                        value = value.substring(firstLine + 1);
                        offset -= firstLine + 1;
                    } else {
                        value = null;
                    }
                }
                if (value != null && offset >= 0 && offset <= value.length()) {
                    String before = value.substring(0, offset);
                    int nl = before.lastIndexOf('\n');
                    int lineInBlock = (int) before.chars().filter(ch -> ch == '\n').count();
                    String valueLine = value.substring(nl + 1).split("\n", -1)[0];
                    startLine = Math.min(lines.length, startLine + 1 + lineInBlock);
                    String l = lines[startLine - 1];
                    startCol = Math.max(1, l.length() - valueLine.length() + (offset - nl - 1) + 1);
                    if (startLine > endLine) {
                        endLine = startLine;
                    }
                } else {
                    startLine++;
                    String l = lines[startLine - 1];
                    startCol = l.length() - l.stripLeading().length() + 1;
                }
            }
            if (!spans.add(rule.id() + "|" + startLine + ":" + startCol + "-" + endLine + ":" + endCol)) {
                continue; // one rule, one span: the same usage seen along two paths (a helper's chain and its caller's) is one finding
            }
            String snippet = startLine - 1 < lines.length ? lines[startLine - 1] : "";
            String key = rule.id() + "|" + relPath + "|" + normalise(code) + "|" + normalise(snippet);
            int nth = seen.merge(key, 1, Integer::sum);
            out.add(new Finding(rule, relPath, startLine, startCol, endLine, endCol, m.message(), snippet,
                    m.fixable(), false, null, InlineSuppressions.find(lines, startLine, rule.id()), fingerprint(key + "|" + nth)));
        }
        return out;
    }

    private static String codeBetween(String[] lines, int sl, int sc, int el, int ec) {
        if (sl - 1 >= lines.length) {
            return "";
        }
        if (sl == el) {
            String l = lines[sl - 1];
            return l.substring(Math.min(l.length(), sc - 1), Math.min(l.length(), Math.max(sc - 1, ec - 1)));
        }
        StringBuilder sb = new StringBuilder(lines[sl - 1].substring(Math.min(lines[sl - 1].length(), sc - 1)));
        for (int l = sl; l < el && l < lines.length; l++) {
            sb.append('\n').append(l == el - 1 ? lines[l].substring(0, Math.min(lines[l].length(), ec - 1)) : lines[l]);
        }
        return sb.toString();
    }

    static String normalise(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    static String fingerprint(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
