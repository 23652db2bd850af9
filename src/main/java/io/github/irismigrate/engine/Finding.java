package io.github.irismigrate.engine;

import io.github.irismigrate.catalog.Rule;
import io.github.irismigrate.catalog.Severity;
import org.jspecify.annotations.Nullable;

/**
 * One v1 usage: which rule, where (project-relative path with '/', 1-based line and column of the first
 * character, end line and column one past the last), what to do, and its state.
 *
 * @param snippet     the source line that carries the usage
 * @param fixable     the fix goal / MigrateToApiV2 rewrites it
 * @param fixed       it was rewritten in this run
 * @param fixDiff     a unified diff of the fix for this file region, when one exists
 * @param suppression why it does not count, when an inline comment or the baseline suppresses it
 * @param fingerprint stable across line shifts: rule, file and the normalised code of the usage
 */
public record Finding(Rule rule, String file, int line, int column, int endLine, int endColumn, String message,
                      String snippet, boolean fixable, boolean fixed, @Nullable String fixDiff,
                      @Nullable Suppression suppression, String fingerprint) {

    public Severity severity() {
        return rule.severity();
    }

    public boolean counts() {
        return suppression == null;
    }

    public Finding withSuppression(@Nullable Suppression s) {
        return new Finding(rule, file, line, column, endLine, endColumn, message, snippet, fixable, fixed, fixDiff, s, fingerprint);
    }

    /** The same finding, to be edited by hand: not fixable, no fix diff. */
    public Finding withoutFix() {
        return new Finding(rule, file, line, column, endLine, endColumn, message, snippet, false, fixed, null, suppression, fingerprint);
    }

    public Finding withFixDiff(@Nullable String diff) {
        return new Finding(rule, file, line, column, endLine, endColumn, message, snippet, fixable, fixed, diff, suppression, fingerprint);
    }

    /** Why a finding does not count against the gate. */
    public record Suppression(Kind kind, String reason) {
        public enum Kind { INLINE, BASELINE }
    }
}
