package io.github.irismigrate.analysis;

/**
 * What Kotlin's literals need that Java's do not: OpenRewrite's Kotlin parser keeps a string literal's escapes in its
 * value ({@code "\${iris.url}"} has the value {@code \${iris.url}}), so the analysis reads them itself.
 */
public final class KotlinText {
    private KotlinText() {
    }

    public static boolean isKotlin(String sourcePath) {
        return sourcePath.endsWith(".kt");
    }

    /** Whether {@code owner} is the class of a Kotlin file's top-level declarations ({@code com.acme.IrisKt}). */
    public static boolean isFileClass(org.openrewrite.java.tree.@org.jspecify.annotations.Nullable JavaType owner) {
        return owner instanceof org.openrewrite.java.tree.JavaType.FullyQualified fq && fq.getClassName().endsWith("Kt");
    }

    /**
     * The parameters and local variables of the function (and of the lambdas) around {@code cursor}: the names a
     * Kotlin string template may read that are not constants.
     */
    public static java.util.Set<String> localsAround(org.openrewrite.Cursor cursor) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (org.openrewrite.Cursor c = cursor; c != null; c = c.getParent()) {
            Object v = c.getValue();
            if (v instanceof org.openrewrite.java.tree.J.MethodDeclaration md) {
                new org.openrewrite.java.JavaIsoVisitor<java.util.Set<String>>() {
                    @Override
                    public org.openrewrite.java.tree.J.VariableDeclarations.NamedVariable visitVariable(
                            org.openrewrite.java.tree.J.VariableDeclarations.NamedVariable v, java.util.Set<String> names) {
                        names.add(v.getSimpleName());
                        return super.visitVariable(v, names);
                    }
                }.visit(md, out, c.getParentOrThrow());
                break;
            }
            if (v instanceof org.openrewrite.java.tree.J.Lambda lambda) {
                for (org.openrewrite.java.tree.J p : lambda.getParameters().getParameters()) {
                    if (p instanceof org.openrewrite.java.tree.J.VariableDeclarations vd) {
                        vd.getVariables().forEach(nv -> out.add(nv.getSimpleName()));
                    }
                }
            }
        }
        return out;
    }

    /** The text a non-raw Kotlin string literal stands for: {@code \$}, {@code \"}, {@code \\}, {@code \n}, {@code \u0041} read. */
    public static String unescape(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\\' || i + 1 == value.length()) {
                out.append(c);
                continue;
            }
            char e = value.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'u' -> {
                    if (i + 5 <= value.length()) {
                        try {
                            out.append((char) Integer.parseInt(value.substring(i + 1, i + 5), 16));
                            i += 4;
                        } catch (NumberFormatException nfe) {
                            out.append('\\').append(e);
                        }
                    } else {
                        out.append('\\').append(e);
                    }
                }
                default -> out.append(e); // \$ \" \' \\
            }
        }
        return out.toString();
    }
}
