package io.github.irismigrate.report;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line replacements a unified diff of one file makes, in original-file line numbers: each run of
 * {@code -}/{@code +} lines between context lines is one {@link Change}. Headers ({@code ---}, {@code +++},
 * {@code diff}, {@code index}) and {@code \ No newline at end of file} markers are skipped.
 */
final class FixDiff {

    private static final Pattern HUNK = Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@.*");

    /**
     * Replace {@code deletedLineCount} whole lines (with their line ends) starting at original line
     * {@code startLine} by {@code insertedLines}; with no deleted lines it inserts before {@code startLine}.
     */
    record Change(int startLine, int deletedLineCount, List<String> insertedLines) {

        /** The inserted text, each line followed by '\n'. */
        String insertedText() {
            StringBuilder text = new StringBuilder();
            insertedLines.forEach(l -> text.append(l).append('\n'));
            return text.toString();
        }
    }

    private FixDiff() {
    }

    /** The changes, in diff order; empty when the text holds no hunk it can read. */
    static List<Change> changes(String unifiedDiff) {
        List<Change> changes = new ArrayList<>();
        int oldLine = 0;
        int oldLeft = 0;
        int newLeft = 0;
        int runStart = -1;
        int deleted = 0;
        List<String> inserted = new ArrayList<>();
        for (String line : unifiedDiff.split("\r?\n", -1)) {
            if (oldLeft <= 0 && newLeft <= 0) {
                // between hunks: only a hunk header matters; file headers and anything else are skipped
                Matcher hunk = HUNK.matcher(line);
                if (hunk.matches()) {
                    int start = Integer.parseInt(hunk.group(1));
                    oldLeft = count(hunk.group(2));
                    newLeft = count(hunk.group(4));
                    // an empty old range ("-5,0") names the line after which the new lines go
                    oldLine = oldLeft == 0 ? start + 1 : start;
                }
                continue;
            }
            char kind = line.isEmpty() ? ' ' : line.charAt(0); // some tools strip the blank of empty context lines
            if (kind == '-' && oldLeft > 0) {
                if (runStart < 0) {
                    runStart = oldLine;
                }
                deleted++;
                oldLine++;
                oldLeft--;
            } else if (kind == '+' && newLeft > 0) {
                if (runStart < 0) {
                    runStart = oldLine;
                }
                inserted.add(line.substring(1));
                newLeft--;
            } else if (kind == ' ') {
                flush(changes, runStart, deleted, inserted);
                runStart = -1;
                deleted = 0;
                inserted = new ArrayList<>();
                oldLine++;
                oldLeft--;
                newLeft--;
            } else if (kind != '\\') { // "\ No newline at end of file" is not a line of either side
                return List.of(); // not the diff its header announced: trust none of it
            }
            if (oldLeft <= 0 && newLeft <= 0) {
                flush(changes, runStart, deleted, inserted);
                runStart = -1;
                deleted = 0;
                inserted = new ArrayList<>();
            }
        }
        if (oldLeft > 0 || newLeft > 0) {
            return List.of(); // truncated hunk
        }
        return changes;
    }

    private static int count(@Nullable String group) {
        return group == null ? 1 : Integer.parseInt(group);
    }

    private static void flush(List<Change> changes, int runStart, int deleted, List<String> inserted) {
        if (runStart > 0 && (deleted > 0 || !inserted.isEmpty())) {
            changes.add(new Change(runStart, deleted, List.copyOf(inserted)));
        }
    }
}
