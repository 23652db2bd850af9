package io.github.irismigrate.analysis;

import org.jspecify.annotations.Nullable;
import org.openrewrite.SourceFile;
import org.openrewrite.marker.Marker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request template ({@code sippeer-tn.ftl}, {@code order.vm}, {@code order.mustache}) read as the XML payload it
 * renders. FreeMarker's directives
 * ({@code <#if ..>}, {@code </#list>}, {@code <@macro/>}) and comments ({@code <#-- .. -->}), and Velocity's comments
 * ({@code ## ..} opening a line, {@code #* .. *#}), are not XML, so the XML
 * parser reads a view of the text in which each of them is blanked out, character for character, line breaks kept.
 * The view has the original's length and lines, so a finding's line is the template's. A fix is written back only on
 * lines that hold no directive ({@link #restore}); the parsed document carries the original text
 * ({@link Original}) for that. The XML parser is given the view under a name it accepts and the document is renamed
 * back.
 */
public final class TemplateView {
    /** FreeMarker's comments, directives and user-defined directives, in the angle-bracket syntax. */
    private static final Pattern DIRECTIVE = Pattern.compile("<#--.*?-->|</?[#@][^>]*>"
            // Velocity's comments: a line comment that opens a line (## ...), a block comment (#* .. *#)
            + "|(?m:^[ \\t]*##[^\\r\\n]*)|#\\*.*?\\*#", Pattern.DOTALL);

    private TemplateView() {
    }

    /**
     * True for a template of a text format: FreeMarker ({@code .ftl}, {@code .ftlx}, {@code .ftlh}), Velocity
     * ({@code .vm}), Mustache and Handlebars ({@code .mustache}, {@code .hbs}, {@code .handlebars}), Pebble
     * ({@code .peb}). The directives of all but FreeMarker are text to an XML parser, so their view is the text itself.
     */
    public static boolean isTemplate(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".ftl") || lower.endsWith(".ftlx") || lower.endsWith(".ftlh") || lower.endsWith(".vm")
                || lower.endsWith(".mustache") || lower.endsWith(".hbs") || lower.endsWith(".handlebars")
                || lower.endsWith(".peb");
    }

    /** The template with its directives and comments blanked out (spaces; line breaks kept). */
    public static String view(String text) {
        Matcher m = DIRECTIVE.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, m.start());
            for (int i = m.start(); i < m.end(); i++) {
                char c = text.charAt(i);
                out.append(c == '\n' || c == '\r' ? c : ' ');
            }
            last = m.end();
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    /** True when line {@code line} (1-based) of the template holds a directive or a comment (or a part of one). */
    public static boolean holdsDirective(String original, int line) {
        List<String> own = lines(original);
        List<String> viewed = lines(view(original));
        return line >= 1 && line <= own.size() && !own.get(line - 1).equals(viewed.get(line - 1));
    }

    /** True when the view reads as an XML document: its first character that is not blank opens a tag. */
    public static boolean looksLikeXml(String view) {
        for (int i = 0; i < view.length(); i++) {
            char c = view.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c == '<';
            }
        }
        return false;
    }

    /**
     * The template with the changes a fix made to its view ({@code viewBefore} to {@code viewAfter}), on the lines that
     * hold no directive; a changed line that holds one is kept as it is and its number (1-based) listed in
     * {@code skippedLines}. Null when the fix changes the number of lines.
     */
    public static @Nullable Restored restore(String original, String viewBefore, String viewAfter) {
        List<String> orig = lines(original);
        List<String> before = lines(viewBefore);
        List<String> after = lines(viewAfter);
        if (orig.size() != before.size() || before.size() != after.size()) {
            return null;
        }
        StringBuilder out = new StringBuilder(original.length() + 32);
        List<Integer> skipped = new ArrayList<>();
        for (int i = 0; i < orig.size(); i++) {
            if (before.get(i).equals(after.get(i))) {
                out.append(orig.get(i));
            } else if (orig.get(i).equals(before.get(i))) {
                out.append(after.get(i));
            } else {
                out.append(orig.get(i)); // a directive on a line the fix changes: the reviewer's edit
                skipped.add(i + 1);
            }
        }
        return new Restored(out.toString(), skipped);
    }

    /** A template's text with a fix carried over, and the lines it could not be carried to. */
    public record Restored(String text, List<Integer> skippedLines) {
    }

    /** The lines of {@code text}, each with its line break. */
    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }

    /** The text of the template a document was parsed from (its view), kept on the document. */
    public record Original(UUID id, String text) implements Marker {
        @Override
        public UUID getId() {
            return id;
        }

        @Override
        public Original withId(UUID id) {
            return new Original(id, text);
        }
    }

    /** The template's own text when {@code sf} was parsed from a template's view, else null. */
    public static @Nullable String originalOf(SourceFile sf) {
        return sf.getMarkers().findFirst(Original.class).map(Original::text).orElse(null);
    }
}
