package io.github.irismigrate.catalog;

import java.util.Locale;

/** How bad a v1 usage is on v2, ordered from most to least severe. */
public enum Severity {
    /** The call breaks or silently changes meaning on v2. */
    ERROR,
    /** Likely breaks; needs a person. */
    WARNING,
    /** Worth a look. */
    NOTE;

    /** The lower-case name used in SARIF levels, JSON and the {@code failOn} parameter. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is at least as severe as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public static Severity parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown severity '" + text + "': use error, warning or note");
        }
    }
}
