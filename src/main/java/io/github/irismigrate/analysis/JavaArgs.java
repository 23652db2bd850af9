package io.github.irismigrate.analysis;

import org.jspecify.annotations.Nullable;
import org.openrewrite.java.tree.Expression;
import org.openrewrite.java.tree.J;

import java.util.ArrayList;
import java.util.List;

/** Arguments of a call without the placeholder OpenRewrite uses for an empty argument list. */
public final class JavaArgs {
    private JavaArgs() {
    }

    /**
     * The {@link Part.ConstantRef#methodKey} of the method {@code call} calls (its declaring type, name and number of
     * arguments), or null without types.
     */
    public static @Nullable String methodKey(J.MethodInvocation call) {
        org.openrewrite.java.tree.JavaType.Method mt = call.getMethodType();
        return mt == null ? null : Part.ConstantRef.methodKey(mt.getDeclaringType().getFullyQualifiedName(),
                call.getSimpleName(), real(call.getArguments()).size());
    }

    /** The {@link Part.ConstantRef#methodKey} of the method {@code md} declares, or null without types. */
    public static @Nullable String methodKey(J.MethodDeclaration md) {
        org.openrewrite.java.tree.JavaType.Method mt = md.getMethodType();
        return mt == null ? null : Part.ConstantRef.methodKey(mt.getDeclaringType().getFullyQualifiedName(),
                md.getSimpleName(), arity(md));
    }

    public static List<Expression> real(@Nullable List<Expression> args) {
        List<Expression> out = new ArrayList<>();
        if (args != null) {
            for (Expression a : args) {
                if (!(a instanceof J.Empty)) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    /**
     * The initializers of the local variables named {@code name} that the body of {@code md} declares, in order
     * ({@code WebTarget account = Targets.account(..)}, {@code String prefix = tn.substring(0, 3)}); none without a body.
     */
    public static List<Expression> localInitializers(J.@Nullable MethodDeclaration md, String name) {
        List<Expression> out = new ArrayList<>();
        if (md == null || md.getBody() == null) {
            return out;
        }
        new org.openrewrite.java.JavaIsoVisitor<List<Expression>>() {
            @Override
            public J.VariableDeclarations.NamedVariable visitVariable(J.VariableDeclarations.NamedVariable v, List<Expression> acc) {
                if (v.getSimpleName().equals(name) && v.getInitializer() != null) {
                    acc.add(v.getInitializer());
                }
                return v;
            }
        }.visit(md.getBody(), out);
        return out;
    }

    /** Whether {@code e} is the int literal {@code value} ({@code 3} of {@code tn.substring(0, 3)}). */
    public static boolean isInt(Expression e, int value) {
        return e instanceof J.Literal l && l.getValue() instanceof Integer i && i == value;
    }

    /** How many parameters {@code md} declares ({@code m()} holds one {@link J.Empty}). */
    public static int arity(J.MethodDeclaration md) {
        return (int) md.getParameters().stream().filter(p -> !(p instanceof J.Empty)).count();
    }
}
