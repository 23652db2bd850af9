package io.github.irismigrate.analysis;

import java.util.UUID;

/**
 * An editable leaf of a source file: a Java string literal, a properties value, a YAML scalar, an XML text
 * or attribute value, or a JSON string. {@code offset} is where the text a part carries starts inside the
 * leaf's value (non-zero for the default of {@code ${key:default}}).
 */
public record Origin(String sourcePath, UUID treeId, int offset) {
    public Origin(String sourcePath, UUID treeId) {
        this(sourcePath, treeId, 0);
    }

    /** True when {@code other} is in the same leaf, whatever the offset. */
    public boolean sameLeaf(Origin other) {
        return sourcePath.equals(other.sourcePath) && treeId.equals(other.treeId);
    }

    public Origin shifted(int by) {
        return new Origin(sourcePath, treeId, offset + by);
    }
}
