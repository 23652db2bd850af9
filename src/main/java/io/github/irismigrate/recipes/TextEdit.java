package io.github.irismigrate.recipes;

/**
 * Replace {@code oldText}, found at {@code start} of a leaf's value when the plan was made, by {@code replacement}.
 * At apply time the edit lands on the occurrence of {@code oldText} nearest to {@code start} (another rule may have
 * edited the same leaf in between), never where the replacement is already in place, and in the leaf's source form
 * only where the old text occurs exactly as often as in its value, so escapes and quotes can never shift it.
 * {@code segment} says the leaf is a single path segment, where a '/' would be percent-encoded.
 */
public record TextEdit(int start, String oldText, String replacement, boolean segment) {

    /** Where the edit applies in {@code value}, or -1 when it no longer applies (or is already applied). */
    int find(String value) {
        int best = -1;
        for (int i = value.indexOf(oldText); i >= 0; i = value.indexOf(oldText, i + 1)) {
            if (alreadyApplied(value, i)) {
                continue;
            }
            if (best < 0 || Math.abs(i - start) < Math.abs(best - start)) {
                best = i;
            }
        }
        return best;
    }

    private boolean alreadyApplied(String value, int at) {
        int d = replacement.indexOf(oldText);
        return d >= 0 && at - d >= 0 && value.startsWith(replacement, at - d);
    }

    /** Applies the edit to a value and its source form; null when it cannot be applied safely to both. */
    String[] apply(String value, String source) {
        int at = find(value);
        if (at < 0) {
            return null;
        }
        int k = 0;
        for (int i = value.indexOf(oldText); i >= 0 && i < at; i = value.indexOf(oldText, i + 1)) {
            k++;
        }
        if (count(value) != count(source)) {
            return null;
        }
        int sat = source.indexOf(oldText);
        for (int n = 0; n < k; n++) {
            sat = source.indexOf(oldText, sat + 1);
        }
        return new String[]{
                value.substring(0, at) + replacement + value.substring(at + oldText.length()),
                source.substring(0, sat) + replacement + source.substring(sat + oldText.length())};
    }

    private int count(String text) {
        int n = 0;
        for (int i = text.indexOf(oldText); i >= 0; i = text.indexOf(oldText, i + 1)) {
            n++;
        }
        return n;
    }
}
