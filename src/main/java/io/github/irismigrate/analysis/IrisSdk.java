package io.github.irismigrate.analysis;

import org.jspecify.annotations.Nullable;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.JavaSourceFile;
import org.openrewrite.java.tree.JavaType;
import org.openrewrite.java.tree.TypeTree;
import org.openrewrite.java.tree.TypeUtils;

/**
 * Recognises Iris SDK types ({@code com.bandwidth.iris.sdk}): by full type name when the SDK is on the parse
 * classpath, else by an import of the SDK plus the simple name. Other products' {@code IrisClient} classes
 * never match.
 */
public final class IrisSdk {
    public static final String PACKAGE = "com.bandwidth.iris.sdk";
    public static final String MODEL_PACKAGE = PACKAGE + ".model";
    public static final String CLIENT = PACKAGE + ".IrisClient";
    public static final String DEFAULT_HOST = "https://dashboard.bandwidth.com";
    public static final String V2_VERSION = "api/v2";

    private IrisSdk() {
    }

    /** True when {@code type}/{@code typeTree} in {@code cu} is the SDK class {@code fqn}. */
    public static boolean is(@Nullable JavaType type, @Nullable TypeTree typeTree, String fqn, JavaSourceFile cu) {
        JavaType.FullyQualified fq = TypeUtils.asFullyQualified(type);
        if (fq != null && !(fq instanceof JavaType.Unknown) && !fq.getFullyQualifiedName().equals(JavaType.Unknown.getInstance().getFullyQualifiedName())) {
            return fq.getFullyQualifiedName().equals(fqn);
        }
        String simple = fqn.substring(fqn.lastIndexOf('.') + 1);
        String written = typeTree == null ? null : typeTree.toString();
        if (written == null) {
            return false;
        }
        if (written.equals(fqn)) {
            return true;
        }
        if (!written.equals(simple)) {
            return false;
        }
        String pkg = fqn.substring(0, fqn.lastIndexOf('.'));
        for (J.Import imp : cu.getImports()) {
            String name = imp.getTypeName();
            if (!imp.isStatic() && (name.equals(fqn) || imp.getQualid().getSimpleName().equals("*") && imp.getPackageName().equals(pkg))) {
                return true;
            }
        }
        return false;
    }
}
