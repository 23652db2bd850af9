package io.github.irismigrate.analysis;

import org.jspecify.annotations.Nullable;

/** An outermost text-building expression or config value of one file, before resolution. */
public record Root(String sourcePath, AssembledText text, RootKind kind, @Nullable String configKey) {
    /**
     * The last name of a config value's key, as a file of its kind would call the value: {@code TelephoneNumbers} for
     * the items of a JSON file's {@code order.TelephoneNumbers[]}; null when it has none.
     */
    public @Nullable String configLeaf() {
        if (configKey == null) {
            return null;
        }
        String leaf = configKey.substring(configKey.lastIndexOf('.') + 1);
        return leaf.endsWith("[]") ? leaf.substring(0, leaf.length() - 2) : leaf;
    }
}
