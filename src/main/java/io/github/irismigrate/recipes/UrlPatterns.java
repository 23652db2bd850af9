package io.github.irismigrate.recipes;

import io.github.irismigrate.analysis.AssembledText;

/** Regular-expression pieces the URL rules share. */
final class UrlPatterns {
    /**
     * Where a path segment ends: a separator, an RFC 6570 expression that continues the URL ({@code {?areaCode,page}},
     * {@code {/id}}), the end of the text, or an unknown part.
     */
    static final String SEGMENT_END = "(?=[/?#\\s\"'<>;,)\\]}&]|\\{[?&/#.;+]|$|" + AssembledText.HOLE + ")";
    /**
     * The start of a text or right after an unknown part (a base URL the analysis cannot see), or after a format
     * template's first placeholder, where a base URL goes ({@code "%s/v1.0/accounts/%s/sites"}, {@code "{0}/accounts"}).
     */
    static final String AFTER_UNKNOWN_BASE = afterUnknownBase("");

    /** {@link #AFTER_UNKNOWN_BASE}, with {@code holeGuard} (a lookbehind) before the unknown part's alternative. */
    static String afterUnknownBase(String holeGuard) {
        return "(?:^|" + holeGuard + AssembledText.HOLE + "|^%(?:\\d+\\$)?s|^\\{0}|^\\{})";
    }
    static final String HOLE = String.valueOf(AssembledText.HOLE);

    private UrlPatterns() {
    }

    /**
     * True when the name at {@code nameStart} of a host-less text sits under a hyphenated segment
     * ({@code /api/hosted-messaging/importTnOrders}): another server's route named after the Dashboard's.
     */
    static boolean isOtherServersRoute(io.github.irismigrate.analysis.ProjectFacts.ResolvedRoot rr, int nameStart) {
        return rr.target() == io.github.irismigrate.analysis.ApiTarget.UNKNOWN && nameStart > 0
                && io.github.irismigrate.analysis.DashboardUrl.afterForeignSegment(rr.text().flat(), nameStart - 1);
    }
}
