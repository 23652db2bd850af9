package io.github.irismigrate.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two versions of one file, hunk by hunk. Fixes change few lines of large files, so the common
 * head and tail are trimmed before the longest common subsequence is computed on what is left.
 */
public final class LineDiff {
    private static final int CONTEXT = 2;

    /** One hunk: old lines [oldStart, oldStart + oldCount) in 1-based numbering, and its unified text. */
    public record Hunk(int oldStart, int oldCount, String text) {
        public boolean covers(int line) {
            return line >= oldStart && line < oldStart + Math.max(1, oldCount);
        }
    }

    private LineDiff() {
    }

    public static List<Hunk> hunks(String path, String before, String after) {
        String[] a = before.split("\r?\n", -1);
        String[] b = after.split("\r?\n", -1);
        int head = 0;
        while (head < a.length && head < b.length && a[head].equals(b[head])) {
            head++;
        }
        int tail = 0;
        while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail].equals(b[b.length - 1 - tail])) {
            tail++;
        }
        int n = a.length - head - tail;
        int m = b.length - head - tail;
        // edit script over the middle: 0 = same, 1 = delete a, 2 = insert b
        List<int[]> ops = new ArrayList<>();
        if ((long) n * m > 4_000_000L) {
            for (int i = 0; i < n; i++) {
                ops.add(new int[]{1, head + i, -1});
            }
            for (int j = 0; j < m; j++) {
                ops.add(new int[]{2, -1, head + j});
            }
        } else {
            int[][] lcs = new int[n + 1][m + 1];
            for (int i = n - 1; i >= 0; i--) {
                for (int j = m - 1; j >= 0; j--) {
                    lcs[i][j] = a[head + i].equals(b[head + j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                }
            }
            int i = 0;
            int j = 0;
            while (i < n || j < m) {
                if (i < n && j < m && a[head + i].equals(b[head + j])) {
                    ops.add(new int[]{0, head + i++, head + j++});
                } else if (j >= m || i < n && lcs[i + 1][j] >= lcs[i][j + 1]) {
                    ops.add(new int[]{1, head + i++, -1});
                } else {
                    ops.add(new int[]{2, -1, head + j++});
                }
            }
        }
        // group changes into hunks with context
        List<Hunk> hunks = new ArrayList<>();
        int k = 0;
        while (k < ops.size()) {
            if (ops.get(k)[0] == 0) {
                k++;
                continue;
            }
            int start = k;
            int end = k;
            while (end < ops.size()) {
                int sameRun = 0;
                int e = end;
                while (e < ops.size() && ops.get(e)[0] == 0) {
                    sameRun++;
                    e++;
                }
                if (e >= ops.size() || sameRun > 2 * CONTEXT) {
                    break;
                }
                end = e;
                while (end < ops.size() && ops.get(end)[0] != 0) {
                    end++;
                }
            }
            hunks.add(hunk(path, a, b, ops, start, end));
            k = end;
        }
        return hunks;
    }

    private static Hunk hunk(String path, String[] a, String[] b, List<int[]> ops, int start, int end) {
        int firstOld = firstLine(ops, start, end, 1, a.length);
        int firstNew = firstLine(ops, start, end, 2, b.length);
        int ctxBefore = Math.min(CONTEXT, Math.min(firstOld, firstNew));
        StringBuilder body = new StringBuilder();
        int oldCount = 0;
        int newCount = 0;
        for (int c = ctxBefore; c > 0; c--) {
            body.append(' ').append(a[firstOld - c]).append('\n');
            oldCount++;
            newCount++;
        }
        int lastOld = firstOld - 1;
        for (int k = start; k < end; k++) {
            int[] op = ops.get(k);
            if (op[0] == 0) {
                body.append(' ').append(a[op[1]]).append('\n');
                oldCount++;
                newCount++;
                lastOld = op[1];
            } else if (op[0] == 1) {
                body.append('-').append(a[op[1]]).append('\n');
                oldCount++;
                lastOld = op[1];
            } else {
                body.append('+').append(b[op[2]]).append('\n');
                newCount++;
            }
        }
        for (int c = 1; c <= CONTEXT && lastOld + c < a.length && !(lastOld + c == a.length - 1 && a[lastOld + c].isEmpty()); c++) {
            body.append(' ').append(a[lastOld + c]).append('\n');
            oldCount++;
            newCount++;
        }
        int oldStart = firstOld - ctxBefore + 1;
        int newStart = firstNew - ctxBefore + 1;
        String text = "--- a/" + path + "\n+++ b/" + path + "\n@@ -" + oldStart + "," + oldCount + " +" + newStart + "," + newCount + " @@\n" + body;
        return new Hunk(oldStart, oldCount, text);
    }

    /** 0-based index of the first old (kind 1) or new (kind 2) line the range touches. */
    private static int firstLine(List<int[]> ops, int start, int end, int kind, int length) {
        for (int k = start; k < end; k++) {
            int idx = kind == 1 ? ops.get(k)[1] : ops.get(k)[2];
            if (idx >= 0) {
                return idx;
            }
        }
        // pure insertion or deletion: position after the preceding line on that side
        for (int k = start - 1; k >= 0; k--) {
            int idx = kind == 1 ? ops.get(k)[1] : ops.get(k)[2];
            if (idx >= 0) {
                return idx + 1;
            }
        }
        return Math.min(length, 0);
    }
}
