package io.github.irismigrate.report;

/**
 * Text from scanned code made inert in GitHub-flavoured Markdown: it renders as the same characters and can neither
 * start a link, an HTML tag or comment, emphasis, math or a table cell, nor close a code fence.
 */
final class MarkdownText {

    /** ASCII punctuation with a meaning somewhere in GFM; CommonMark lets any ASCII punctuation be backslash-escaped. */
    private static final String SPECIAL = "\\`*_{}[]()#+-.!|<>~&=^$:@";

    private MarkdownText() {
    }

    /** Inline text on one line: line breaks become spaces, every special character is backslash-escaped. */
    static String inline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' || c == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(c)) {
                out.append(' ');
            } else {
                if (SPECIAL.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A fenced code block holding {@code code} verbatim: the fence is one backtick longer than the longest backtick
     * run inside (at least three), so nothing inside can close it.
     */
    static String fence(String infoString, String code) {
        String body = code.replace("\r\n", "\n").replace('\r', '\n');
        if (body.endsWith("\n")) {
            body = body.substring(0, body.length() - 1);
        }
        String fence = "`".repeat(Math.max(3, longestRun(body, '`') + 1));
        return fence + infoString + "\n" + body + "\n" + fence + "\n";
    }

    static int longestRun(String text, char c) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == c ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** A relative link target for a project file and line: {@code path#Lline}, percent-encoded. */
    static String lineLink(String file, int line) {
        String uri = ArtifactUri.of(file).replace("(", "%28").replace(")", "%29");
        return line >= 1 ? uri + "#L" + line : uri;
    }

    /** At most {@code max} characters, cut at a character boundary, with an ellipsis when cut. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
