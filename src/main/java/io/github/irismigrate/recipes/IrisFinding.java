package io.github.irismigrate.recipes;

import org.openrewrite.marker.Marker;

import java.util.UUID;

/**
 * Marks a tree with a finding of one rule, beside OpenRewrite's {@code SearchResult}: the engine reads these to
 * build reports, so rewrite-maven-plugin users and the Maven plugin see the same findings. {@code offset} is where the
 * usage starts inside the marked leaf's value (-1 when unknown), so a finding inside a text block gets its own line.
 */
public record IrisFinding(UUID id, String ruleId, String message, boolean fixable, int offset) implements Marker {
    @Override
    @SuppressWarnings("unchecked")
    public IrisFinding withId(UUID id) {
        return new IrisFinding(id, ruleId, message, fixable, offset);
    }

    @Override
    public UUID getId() {
        return id;
    }
}
