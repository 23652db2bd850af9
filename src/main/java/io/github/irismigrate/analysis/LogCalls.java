package io.github.irismigrate.analysis;

import org.openrewrite.java.tree.Expression;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.JavaType;

import java.util.Locale;
import java.util.Set;

/**
 * Log and console calls: their texts only mention requests ({@code LOG.infof("Loading %s/accounts/%s/addresses", ..)}),
 * so no rule reads a URL or a number in them. One definition for every rule that skips them.
 */
public final class LogCalls {
    /**
     * SLF4J, Log4j, commons-logging, java.util.logging, JBoss Logging's format ({@code infof}) and
     * {@code MessageFormat} ({@code infov}) variants, Flogger's {@code atInfo()}, and the console.
     */
    private static final Set<String> METHODS = Set.of("trace", "debug", "info", "warn", "warning", "error", "fatal",
            "fine", "finer", "finest", "severe", "config", "log", "print", "println", "printf",
            "tracef", "debugf", "infof", "warnf", "errorf", "fatalf", "logf",
            "tracev", "debugv", "infov", "warnv", "errorv", "fatalv", "logv",
            "atInfo", "atDebug", "atWarning", "atSevere", "atFine", "atTrace", "atError");

    private LogCalls() {
    }

    /**
     * A call of a logger's or the console's method: by its declaring type when the types are known (a type whose name
     * holds "log", or {@code PrintStream}), else by its receiver's text ({@code LOG}, {@code logger}, {@code System.out}).
     */
    public static boolean isLog(J.MethodInvocation m) {
        if (!METHODS.contains(m.getSimpleName())) {
            return false;
        }
        JavaType.Method mt = m.getMethodType();
        if (mt != null) {
            String owner = mt.getDeclaringType().getFullyQualifiedName();
            return owner.contains("log") || owner.contains("Log") || owner.equals("java.io.PrintStream");
        }
        Expression sel = m.getSelect();
        String s = sel == null ? "" : sel.toString().toLowerCase(Locale.ROOT);
        return s.contains("log") || s.equals("system.out") || s.equals("system.err");
    }
}
