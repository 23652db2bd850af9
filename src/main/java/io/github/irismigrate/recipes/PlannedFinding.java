package io.github.irismigrate.recipes;

import io.github.irismigrate.analysis.Origin;
import io.github.irismigrate.catalog.Rule;
import org.jspecify.annotations.Nullable;

/** A finding decided during planning: where it is anchored, what it says, and the edit that fixes it, if any. */
public record PlannedFinding(Rule rule, Origin anchor, String message, @Nullable TextEdit edit, boolean fixedOnTree) {
    /** A finding fixed by a text edit of its leaf, or flagged when {@code edit} is null. */
    public PlannedFinding(Rule rule, Origin anchor, String message, @Nullable TextEdit edit) {
        this(rule, anchor, message, edit, false);
    }

    /**
     * True when the fixing recipes rewrite it: by its text edit, or by a change to the tree around it
     * ({@code fixedOnTree}: an added call, argument or element) that a report-only run can only announce.
     */
    public boolean fixable() {
        return edit != null || fixedOnTree;
    }
}
