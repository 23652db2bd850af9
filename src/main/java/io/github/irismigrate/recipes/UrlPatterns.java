package io.github.irismigrate.recipes;

import io.github.irismigrate.analysis.AssembledText;

/** Regular-expression pieces the URL rules share. */
final class UrlPatterns {
    /** Where a path segment ends: a separator, the end of the text, or an unknown part. */
    static final String SEGMENT_END = "(?=[/?#\\s\"'<>;,)\\]}&]|$|" + AssembledText.HOLE + ")";
    /** The start of a text or right after an unknown part (a base URL the analysis cannot see). */
    static final String AFTER_UNKNOWN_BASE = "(?:^|" + AssembledText.HOLE + ")";
    static final String HOLE = String.valueOf(AssembledText.HOLE);

    private UrlPatterns() {
    }
}
