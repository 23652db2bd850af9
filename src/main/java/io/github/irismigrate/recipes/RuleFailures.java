package io.github.irismigrate.recipes;

import org.openrewrite.ExecutionContext;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Failures of one rule on one file, collected in the execution context: the rule's change to that file is dropped,
 * every other file and rule still runs, and the engine reports each failure as a tool error naming file and rule.
 */
public final class RuleFailures {
    private static final String KEY = RuleFailures.class.getName();

    /** One failure: the file, the rule (or "scan" for the shared project scan), and what went wrong. */
    public record Failure(String file, String ruleId, String message) {
    }

    private RuleFailures() {
    }

    static void record(ExecutionContext ctx, String file, String ruleId, Throwable t) {
        List<Failure> list = ctx.computeMessageIfAbsent(KEY, k -> Collections.synchronizedList(new ArrayList<>()));
        StackTraceElement top = t.getStackTrace().length > 0 ? t.getStackTrace()[0] : null;
        list.add(new Failure(file, ruleId, t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage())
                + (top == null ? "" : " at " + top.getClassName() + "." + top.getMethodName() + ":" + top.getLineNumber())));
    }

    public static List<Failure> of(ExecutionContext ctx) {
        List<Failure> list = ctx.getMessage(KEY);
        return list == null ? List.of() : List.copyOf(list);
    }
}
