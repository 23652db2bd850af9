package io.github.irismigrate.recipes;

import io.github.irismigrate.analysis.Origin;
import io.github.irismigrate.catalog.Rule;
import org.jspecify.annotations.Nullable;

/** A finding decided during planning: where it is anchored, what it says, and the edit that fixes it, if any. */
public record PlannedFinding(Rule rule, Origin anchor, String message, @Nullable TextEdit edit) {
    public boolean fixable() {
        return edit != null;
    }
}
