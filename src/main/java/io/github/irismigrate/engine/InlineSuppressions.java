package io.github.irismigrate.engine;

import org.jspecify.annotations.Nullable;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline suppressions: a comment {@code iris-migrate:ignore BW006 <reason>} (several ids may be listed, separated
 * by commas or spaces) on the finding's line or the line above suppresses those rules there. Works in any comment
 * syntax: Java, properties and YAML {@code #}, XML {@code <!-- -->}.
 */
final class InlineSuppressions {
    private static final Pattern IGNORE = Pattern.compile("iris-migrate:ignore((?:[\\s,]+BW\\d{3})+)(.*)");

    private InlineSuppressions() {
    }

    static Finding.@Nullable Suppression find(String[] lines, int line, String ruleId) {
        for (int l = line; l >= line - 1 && l >= 1; l--) {
            if (l - 1 >= lines.length) {
                continue;
            }
            Matcher m = IGNORE.matcher(lines[l - 1]);
            if (m.find() && m.group(1).contains(ruleId)) {
                String reason = m.group(2).replaceAll("(\\*/|-->)\\s*$", "").strip();
                reason = reason.replaceFirst("^[:\\-–—]\\s*", "");
                return new Finding.Suppression(Finding.Suppression.Kind.INLINE, reason.isEmpty() ? "(no reason given)" : reason);
            }
        }
        return null;
    }
}
