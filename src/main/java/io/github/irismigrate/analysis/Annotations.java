package io.github.irismigrate.analysis;

import org.jspecify.annotations.Nullable;
import org.openrewrite.java.tree.Expression;
import org.openrewrite.java.tree.J;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reading annotation attributes off the tree. */
public final class Annotations {
    private Annotations() {
    }

    /**
     * The first non-blank string literal given to {@code a} as its single positional value, or as one of the named
     * attributes {@code names} ({@code @RequestParam(name = "areaCode")}); null when there is none.
     */
    public static @Nullable String string(J.Annotation a, Set<String> names) {
        List<String> all = values(a, names);
        return all.isEmpty() ? null : all.get(0);
    }

    /**
     * Every non-blank string literal given to {@code a} as its single positional value or as one of the named
     * attributes {@code names}, trimmed, in the order written ({@code @ElementList(name = "Numbers", entry = "Tn")}).
     */
    public static List<String> values(J.Annotation a, Set<String> names) {
        List<String> out = new ArrayList<>();
        if (a.getArguments() == null) {
            return out;
        }
        for (Expression arg : a.getArguments()) {
            Expression value = arg;
            if (arg instanceof J.Assignment as) {
                String name = as.getVariable() instanceof J.Identifier id ? id.getSimpleName() : "";
                if (!names.contains(name)) {
                    continue;
                }
                value = as.getAssignment();
            }
            if (value instanceof J.Literal lit && lit.getValue() instanceof String s && !s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    /**
     * The string literals given to {@code a}'s attribute {@code name}, one or an array of them
     * ({@code @CsvSource({"9195550140, true", ..})}); the value written alone counts as {@code value}.
     */
    public static List<J.Literal> strings(J.Annotation a, String name) {
        List<J.Literal> out = new ArrayList<>();
        for (Expression arg : a.getArguments() == null ? List.<Expression>of() : a.getArguments()) {
            Expression v = arg;
            if (arg instanceof J.Assignment as) {
                if (!(as.getVariable() instanceof J.Identifier key) || !key.getSimpleName().equals(name)) {
                    continue;
                }
                v = as.getAssignment();
            } else if (!name.equals("value")) {
                continue;
            }
            List<Expression> items = v instanceof J.NewArray arr && arr.getInitializer() != null
                    ? JavaArgs.real(arr.getInitializer()) : List.of(v);
            for (Expression item : items) {
                if (item instanceof J.Literal l && l.getValue() instanceof String) {
                    out.add(l);
                }
            }
        }
        return out;
    }

    /** The literal given to {@code a}'s attribute {@code name} ({@code defaultValue = "v1.0"}); null when it is not one. */
    public static J.@Nullable Literal literal(J.Annotation a, String name) {
        if (a.getArguments() == null) {
            return null;
        }
        for (Expression arg : a.getArguments()) {
            if (arg instanceof J.Assignment as && as.getVariable() instanceof J.Identifier id && id.getSimpleName().equals(name)
                    && as.getAssignment() instanceof J.Literal lit) {
                return lit;
            }
        }
        return null;
    }
}
