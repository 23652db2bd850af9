package io.github.irismigrate.recipes;

import io.github.irismigrate.analysis.LogCalls;
import io.github.irismigrate.analysis.SourcePaths;
import io.github.irismigrate.analysis.AssembledText;
import io.github.irismigrate.analysis.JavaStringAssembler;
import io.github.irismigrate.analysis.ProjectFacts;
import io.github.irismigrate.analysis.ResolvedText;
import org.openrewrite.ExecutionContext;
import org.openrewrite.InMemoryExecutionContext;
import org.openrewrite.java.JavaIsoVisitor;
import org.openrewrite.java.tree.Expression;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.JavaSourceFile;
import org.openrewrite.kotlin.tree.K;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The texts one Java file builds, grouped by the class that builds them (the innermost class declaration), with
 * constants and properties resolved against the whole project: for rules that must see a request's URL and its
 * payload together. Log calls are skipped: they only mention requests.
 */
final class ClassTexts {

    private ClassTexts() {
    }

    static Map<UUID, List<ResolvedText>> of(JavaSourceFile cu, ProjectFacts facts) {
        String path = SourcePaths.of(cu);
        Set<UUID> consumed = new HashSet<>();
        JavaStringAssembler assembler = new JavaStringAssembler(path, consumed);
        Map<UUID, List<ResolvedText>> byClass = new LinkedHashMap<>();
        new JavaIsoVisitor<ExecutionContext>() {
            private void root(Expression e) {
                if (consumed.contains(e.getId()) || !assembler.isStringBuilding(e)) {
                    return;
                }
                J.ClassDeclaration cd = getCursor().firstEnclosing(J.ClassDeclaration.class);
                if (cd == null) {
                    return;
                }
                AssembledText text = assembler.assemble(e);
                if (!text.isOpaque()) {
                    byClass.computeIfAbsent(cd.getId(), k -> new ArrayList<>()).add(facts.resolve(text, path));
                }
            }

            /** A Kotlin string template, as one text before its pieces. */
            @Override
            public J preVisit(J tree, ExecutionContext ctx) {
                if (tree instanceof K.StringTemplate st) {
                    root(st);
                }
                return tree;
            }

            @Override
            public J.Literal visitLiteral(J.Literal literal, ExecutionContext ctx) {
                root(literal);
                return literal;
            }

            @Override
            public J.Binary visitBinary(J.Binary binary, ExecutionContext ctx) {
                root(binary);
                return super.visitBinary(binary, ctx);
            }

            @Override
            public J.MethodInvocation visitMethodInvocation(J.MethodInvocation method, ExecutionContext ctx) {
                if (LogCalls.isLog(method)) {
                    return method;
                }
                root(method);
                return super.visitMethodInvocation(method, ctx);
            }

            @Override
            public J.NewClass visitNewClass(J.NewClass newClass, ExecutionContext ctx) {
                root(newClass);
                return super.visitNewClass(newClass, ctx);
            }
        }.visit(cu, new InMemoryExecutionContext());
        return byClass;
    }
}
