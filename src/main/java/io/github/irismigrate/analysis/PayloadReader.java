package io.github.irismigrate.analysis;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads XML and JSON payloads out of a text (the flat text of an assembled Java root, or a whole resource file) well
 * enough to find elements by name: leaf XML elements ({@code <TelephoneNumber>9195551234</TelephoneNumber>}),
 * JSON members with a string or number value, and each string of a JSON array member. Unknown parts of an
 * assembled text ({@link AssembledText#HOLE}) are kept as they are, so a value built elsewhere shows as a hole.
 */
public final class PayloadReader {
    private static final Pattern XML_LEAF = Pattern.compile("<([A-Za-z_][\\w.-]*)(?:\\s[^<>]*)?>([^<]*)</\\1\\s*>");
    private static final Pattern XML_START = Pattern.compile("<([A-Za-z_][\\w.-]*)[\\s/>]");
    private static final Pattern JSON_MEMBER = Pattern.compile("\"([A-Za-z_][\\w-]*)\"\\s*:\\s*(?:\"([^\"\\\\]*)\"|(-?\\d+)(?=\\s*[,}\\]])|\\[([^\\[\\]{}]*)])");
    private static final Pattern JSON_STRING = Pattern.compile("\"([^\"\\\\]*)\"|(-?\\d+)");
    private static final Pattern JSON_KEY = Pattern.compile("\"([A-Za-z_][\\w-]*)\"\\s*:");

    private PayloadReader() {
    }

    /**
     * A value held by a named element: its range in the text; {@code quoted} is false for a JSON number, whose
     * replacement must bring its own quotes to become a string.
     */
    public record Element(String name, int start, int end, String value, boolean quoted) {
    }

    /** The first element of an XML text (null when the text shows none) and the names of all elements and JSON members. */
    public record Outline(@Nullable String root, Set<String> names) {
        public boolean has(String name) {
            return names.contains(name);
        }
    }

    /** Leaf XML elements and JSON members whose name {@code wanted} accepts, in text order. */
    public static List<Element> elements(String text, Predicate<String> wanted) {
        List<Element> out = new ArrayList<>();
        if (text.indexOf('<') >= 0) {
            Matcher m = XML_LEAF.matcher(text);
            while (m.find()) {
                if (wanted.test(m.group(1))) {
                    out.add(new Element(m.group(1), m.start(2), m.end(2), m.group(2), true));
                }
            }
        }
        if (text.indexOf('"') >= 0 && text.indexOf(':') >= 0) {
            Matcher m = JSON_MEMBER.matcher(text);
            while (m.find()) {
                String name = m.group(1);
                if (!wanted.test(name)) {
                    continue;
                }
                if (m.group(2) != null) {
                    out.add(new Element(name, m.start(2), m.end(2), m.group(2), true));
                } else if (m.group(3) != null) {
                    out.add(new Element(name, m.start(3), m.end(3), m.group(3), false));
                } else if (m.group(4) != null) {
                    Matcher s = JSON_STRING.matcher(m.group(4));
                    int base = m.start(4);
                    while (s.find()) {
                        int g = s.group(1) != null ? 1 : 2;
                        out.add(new Element(name, base + s.start(g), base + s.end(g), s.group(g), g == 1));
                    }
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** The outline of a payload text: its first XML element, and every XML element and JSON member name in it. */
    public static Outline outline(String text) {
        Set<String> names = new LinkedHashSet<>();
        String root = null;
        Matcher x = XML_START.matcher(text);
        while (x.find()) {
            if (root == null) {
                root = x.group(1);
            }
            names.add(x.group(1));
        }
        Matcher j = JSON_KEY.matcher(text);
        while (j.find()) {
            names.add(j.group(1));
        }
        return new Outline(root, names);
    }
}
