package io.github.irismigrate.analysis;

import org.jspecify.annotations.Nullable;
import org.openrewrite.Cursor;
import org.openrewrite.ExecutionContext;
import org.openrewrite.InMemoryExecutionContext;
import org.openrewrite.java.JavaIsoVisitor;
import org.openrewrite.java.tree.Expression;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.JavaType;
import org.openrewrite.java.tree.Statement;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Collects a Java file's constants, its root texts and whether it uses the Iris SDK. */
final class JavaFactsCollector {
    private final String path;
    private final Set<UUID> consumed = new HashSet<>();
    private final JavaStringAssembler assembler;

    JavaFactsCollector(String path) {
        this.path = path;
        this.assembler = new JavaStringAssembler(path, consumed);
    }

    void collect(J.CompilationUnit cu, ProjectFacts.FileFacts ff) {
        for (J.Import imp : cu.getImports()) {
            if (imp.getTypeName().startsWith("com.bandwidth.iris.sdk") || imp.getPackageName().startsWith("com.bandwidth.iris.sdk")) {
                ff.usesIrisSdk = true;
            }
        }
        new JavaIsoVisitor<ExecutionContext>() {
            private final Map<String, AssembledText> valueParams = new HashMap<>();

            @Override
            public J.VariableDeclarations visitVariableDeclarations(J.VariableDeclarations vd, ExecutionContext ctx) {
                String owner = enclosingClassName(getCursor());
                if (owner != null && isField(getCursor())) {
                    AssembledText fromAnnotation = valueAnnotation(vd.getLeadingAnnotations());
                    for (J.VariableDeclarations.NamedVariable v : vd.getVariables()) {
                        String key = owner + "#" + v.getSimpleName();
                        if (fromAnnotation != null) {
                            ff.constants.put(key, fromAnnotation);
                        } else if (v.getInitializer() != null && assembler.isStringBuilding(v.getInitializer())) {
                            ff.constants.put(key, new JavaStringAssembler(path, new HashSet<>()).assemble(v.getInitializer()));
                        }
                    }
                }
                return super.visitVariableDeclarations(vd, ctx);
            }

            @Override
            public J.MethodDeclaration visitMethodDeclaration(J.MethodDeclaration md, ExecutionContext ctx) {
                valueParams.clear();
                for (Statement p : md.getParameters()) {
                    if (p instanceof J.VariableDeclarations pv) {
                        AssembledText t = valueAnnotation(pv.getLeadingAnnotations());
                        if (t != null) {
                            valueParams.put(pv.getVariables().get(0).getSimpleName(), t);
                        }
                    }
                }
                return super.visitMethodDeclaration(md, ctx);
            }

            @Override
            public J.Assignment visitAssignment(J.Assignment a, ExecutionContext ctx) {
                // this.baseUrl = baseUrl; where the parameter carries @Value("${...}")
                if (!valueParams.isEmpty() && a.getAssignment() instanceof J.Identifier rhs && valueParams.containsKey(rhs.getSimpleName())) {
                    String owner = enclosingClassName(getCursor());
                    String field = a.getVariable() instanceof J.FieldAccess fa ? fa.getSimpleName()
                            : a.getVariable() instanceof J.Identifier id ? id.getSimpleName() : null;
                    if (owner != null && field != null) {
                        ff.constants.put(owner + "#" + field, valueParams.get(rhs.getSimpleName()));
                    }
                }
                return super.visitAssignment(a, ctx);
            }

            @Override
            public J.Literal visitLiteral(J.Literal literal, ExecutionContext ctx) {
                root(literal, getCursor());
                return literal;
            }

            @Override
            public J.Binary visitBinary(J.Binary binary, ExecutionContext ctx) {
                root(binary, getCursor());
                return super.visitBinary(binary, ctx);
            }

            @Override
            public J.MethodInvocation visitMethodInvocation(J.MethodInvocation method, ExecutionContext ctx) {
                if (isIgnoredCall(method) || isIrisClientSuper(method, getCursor())) {
                    markConsumed(method);
                }
                root(method, getCursor());
                return super.visitMethodInvocation(method, ctx);
            }

            @Override
            public J.NewClass visitNewClass(J.NewClass newClass, ExecutionContext ctx) {
                if (isIgnoredConstructor(newClass) || isIrisClient(newClass)) {
                    markConsumed(newClass);
                }
                root(newClass, getCursor());
                return super.visitNewClass(newClass, ctx);
            }

            @Override
            public J.FieldAccess visitFieldAccess(J.FieldAccess fa, ExecutionContext ctx) {
                reference(fa, fa.getName().getFieldType(), fa.getSimpleName());
                return super.visitFieldAccess(fa, ctx);
            }

            @Override
            public J.Identifier visitIdentifier(J.Identifier id, ExecutionContext ctx) {
                reference(id, id.getFieldType(), id.getSimpleName());
                return super.visitIdentifier(id, ctx);
            }

            /** A field the code reads outside any root (a base URL handed to a client builder, say). */
            private void reference(J tree, JavaType.@Nullable Variable type, String name) {
                if (type != null && type.getOwner() instanceof JavaType.FullyQualified owner && !consumed.contains(tree.getId())) {
                    String key = owner.getFullyQualifiedName() + "#" + name;
                    ff.references.putIfAbsent(key, new Part.ConstantRef(key, name, new Origin(path, tree.getId())));
                }
            }

            private void root(Expression e, Cursor cursor) {
                if (consumed.contains(e.getId())) {
                    return;
                }
                AssembledText text = assembler.assembleRoot(e);
                if (text == null || text.isOpaque()) {
                    return;
                }
                RootKind kind = RootKind.CODE;
                J.Annotation ann = cursor.firstEnclosing(J.Annotation.class);
                if (ann != null) {
                    MappingKind mk = mappingKind(ann, cursor);
                    if (mk == MappingKind.SERVER) {
                        return;
                    }
                    kind = mk == MappingKind.CLIENT ? RootKind.CLIENT_MAPPING : RootKind.CODE;
                }
                ff.roots.add(new Root(path, text, kind, null));
                if (e instanceof J.Literal lit && lit.getValue() instanceof String s && s.contains("${")) {
                    // the literal as written, so a v1 default in ${key:default} is seen even when the key is set
                    Origin o = new Origin(path, lit.getId());
                    ff.roots.add(new Root(path, AssembledText.of(new Part.Known(s, o, o, false)), kind, null));
                }
            }

            private void markConsumed(J tree) {
                new JavaIsoVisitor<Integer>() {
                    @Override
                    public @Nullable J visit(org.openrewrite.@Nullable Tree t, Integer p) {
                        if (t != null) {
                            consumed.add(t.getId());
                        }
                        return super.visit(t, p);
                    }
                }.visit(tree, 0);
            }
        }.visit(cu, new InMemoryExecutionContext());
    }

    private @Nullable AssembledText valueAnnotation(List<J.Annotation> annotations) {
        for (J.Annotation a : annotations) {
            if (a.getSimpleName().equals("Value") && a.getArguments() != null && a.getArguments().size() == 1
                    && a.getArguments().get(0) instanceof J.Literal lit && lit.getValue() instanceof String s && s.contains("${")) {
                return JavaStringAssembler.withPlaceholders(s, new Origin(path, lit.getId()));
            }
        }
        return null;
    }

    private static @Nullable String enclosingClassName(Cursor cursor) {
        J.ClassDeclaration cd = cursor.firstEnclosing(J.ClassDeclaration.class);
        if (cd == null) {
            return null;
        }
        if (cd.getType() != null) {
            return cd.getType().getFullyQualifiedName();
        }
        J.CompilationUnit cu = cursor.firstEnclosing(J.CompilationUnit.class);
        String pkg = cu != null && cu.getPackageDeclaration() != null
                ? cu.getPackageDeclaration().getExpression().printTrimmed(new Cursor(null, cu)) + "." : "";
        return pkg + cd.getSimpleName();
    }

    private static boolean isField(Cursor cursor) {
        Cursor parent = cursor.getParentTreeCursor();
        return parent.getValue() instanceof J.Block && parent.getParentTreeCursor().getValue() instanceof J.ClassDeclaration;
    }

    private enum MappingKind { SERVER, CLIENT, OTHER }

    private static final Set<String> MAPPINGS = Set.of("RequestMapping", "GetMapping", "PostMapping", "PutMapping",
            "DeleteMapping", "PatchMapping", "Path");
    private static final Set<String> CLIENT_ONLY = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HTTP", "Url",
            "HttpExchange", "GetExchange", "PostExchange", "PutExchange", "DeleteExchange", "PatchExchange",
            "FeignClient", "RegisterRestClient", "RequestLine", "Headers");

    /** Spring MVC/JAX-RS mappings are server endpoints in a class and client calls in an interface. */
    private static MappingKind mappingKind(J.Annotation ann, Cursor cursor) {
        String name = ann.getSimpleName();
        if (CLIENT_ONLY.contains(name)) {
            return MappingKind.CLIENT;
        }
        if (!MAPPINGS.contains(name)) {
            return MappingKind.OTHER;
        }
        J.ClassDeclaration cd = cursor.firstEnclosing(J.ClassDeclaration.class);
        if (cd == null) {
            return MappingKind.SERVER;
        }
        for (J.Annotation ca : cd.getLeadingAnnotations()) {
            if (CLIENT_ONLY.contains(ca.getSimpleName())) {
                return MappingKind.CLIENT;
            }
        }
        return cd.getKind() == J.ClassDeclaration.Kind.Type.Interface ? MappingKind.CLIENT : MappingKind.SERVER;
    }

    private static final Set<String> LOG_METHODS = Set.of("trace", "debug", "info", "warn", "warning", "error", "fatal",
            "fine", "finer", "finest", "severe", "config", "log", "print", "println", "printf", "atInfo", "atDebug");

    /** Log calls and messages only mention URLs; nothing inside them is a request. */
    private static boolean isIgnoredCall(J.MethodInvocation m) {
        if (!LOG_METHODS.contains(m.getSimpleName())) {
            return false;
        }
        JavaType.Method mt = m.getMethodType();
        if (mt != null) {
            String owner = mt.getDeclaringType().getFullyQualifiedName();
            return owner.contains("log") || owner.contains("Log") || owner.equals("java.io.PrintStream");
        }
        Expression sel = m.getSelect();
        String s = sel == null ? "" : sel.toString().toLowerCase(java.util.Locale.ROOT);
        return s.contains("log") || s.equals("system.out") || s.equals("system.err");
    }

    /** The Iris SDK's constructor arguments are BW001's SDK form, judged as a whole by its recipe. */
    private static boolean isIrisClient(J.NewClass nc) {
        return nc.getClazz() != null && nc.getClazz().toString().endsWith("IrisClient");
    }

    /** {@code super(...)} in a class that extends the SDK's client: judged as a whole, like the constructor. */
    private static boolean isIrisClientSuper(J.MethodInvocation m, Cursor cursor) {
        if (!m.getSimpleName().equals("super") || m.getSelect() != null) {
            return false;
        }
        J.ClassDeclaration cd = cursor.firstEnclosing(J.ClassDeclaration.class);
        return cd != null && cd.getExtends() != null && cd.getExtends().toString().endsWith("IrisClient");
    }

    private static boolean isIgnoredConstructor(J.NewClass nc) {
        String name = nc.getType() instanceof JavaType.FullyQualified fq ? fq.getClassName()
                : nc.getClazz() != null ? nc.getClazz().toString() : "";
        return name.endsWith("Exception") || name.endsWith("Error");
    }
}
