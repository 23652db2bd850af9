package io.github.irismigrate.analysis;

import org.jspecify.annotations.Nullable;
import org.openrewrite.Cursor;
import org.openrewrite.java.JavaIsoVisitor;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.JavaType;
import org.openrewrite.java.tree.TypeUtils;

import java.util.HashSet;
import java.util.Set;

/**
 * What Kotlin's trees need that Java's do not. OpenRewrite's Kotlin parser keeps a string literal's escapes in its
 * value ({@code "\${iris.url}"} has the value {@code \${iris.url}}), and gives a name read inside a string template
 * the file's own class as its owner, whatever the name stands for.
 */
public final class KotlinText {
    private KotlinText() {
    }

    /** A text type: {@code java.lang.String}, or Kotlin's {@code kotlin.String} (how the Kotlin parser types a String). */
    public static boolean isText(@Nullable JavaType type) {
        return TypeUtils.isString(type)
                || type instanceof JavaType.FullyQualified fq && fq.getFullyQualifiedName().equals("kotlin.String");
    }

    public static boolean isKotlin(String sourcePath) {
        return sourcePath.endsWith(".kt");
    }

    /** Whether {@code owner} is the class of a Kotlin file's top-level declarations ({@code com.acme.IrisKt}). */
    public static boolean isFileClass(@Nullable JavaType owner) {
        return owner instanceof JavaType.FullyQualified fq && fq.getClassName().endsWith("Kt");
    }

    /**
     * The parameters and local variables of the function (and of the lambdas) around {@code cursor}: the names a
     * Kotlin string template may read that are not constants.
     */
    public static Set<String> localsAround(Cursor cursor) {
        Set<String> out = new HashSet<>();
        for (Cursor c = cursor; c != null; c = c.getParent()) {
            Object v = c.getValue();
            if (v instanceof J.MethodDeclaration md) {
                new JavaIsoVisitor<Set<String>>() {
                    @Override
                    public J.VariableDeclarations.NamedVariable visitVariable(J.VariableDeclarations.NamedVariable nv,
                                                                              Set<String> names) {
                        names.add(nv.getSimpleName());
                        return super.visitVariable(nv, names);
                    }
                }.visit(md, out, c.getParentOrThrow());
                break;
            }
            if (v instanceof J.Lambda lambda) {
                for (J p : lambda.getParameters().getParameters()) {
                    if (p instanceof J.VariableDeclarations vd) {
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
                    int code = i + 5 <= value.length() ? hex(value.substring(i + 1, i + 5)) : -1;
                    if (code >= 0) {
                        out.append((char) code);
                        i += 4;
                    } else {
                        out.append('\\').append(e);
                    }
                }
                default -> out.append(e); // \$ \" \' \\
            }
        }
        return out.toString();
    }

    private static int hex(String digits) {
        try {
            return Integer.parseInt(digits, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
