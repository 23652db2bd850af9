package io.github.irismigrate.analysis;

import org.jspecify.annotations.Nullable;
import org.openrewrite.Cursor;
import org.openrewrite.ExecutionContext;
import org.openrewrite.InMemoryExecutionContext;
import org.openrewrite.java.JavaIsoVisitor;
import org.openrewrite.java.tree.Expression;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.JavaSourceFile;
import org.openrewrite.java.tree.JavaType;
import org.openrewrite.java.tree.Statement;
import org.openrewrite.java.tree.TypeUtils;
import org.openrewrite.kotlin.tree.K;

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
    /** The file's method declarations by their types, gathered the first time a call's callee is looked up. */
    private @Nullable Map<JavaType.Method, J.MethodDeclaration> declaredMethods;
    private final JavaStringAssembler assembler;

    JavaFactsCollector(String path) {
        this.path = path;
        this.assembler = new JavaStringAssembler(path, consumed);
    }

    /** Collects from a Java file, or from a Kotlin file (its trees are Java trees, but for string templates and a few more). */
    void collect(JavaSourceFile source, ProjectFacts.FileFacts ff) {
        J.@Nullable CompilationUnit cu = source instanceof J.CompilationUnit java ? java : null;
        for (J.Import imp : source.getImports()) {
            if (imp.getTypeName().startsWith("com.bandwidth.iris.sdk") || imp.getPackageName().startsWith("com.bandwidth.iris.sdk")) {
                ff.usesIrisSdk = true;
            }
        }
        String pkg = source.getPackageDeclaration() == null ? "" : source.getPackageDeclaration().getPackageName() + ".";
        new JavaIsoVisitor<ExecutionContext>() {
            /**
             * The fully qualified names a type may have ({@code writtenType} as the code spells it, {@code simple} its
             * simple name): its type's when known, else by the file's imports (the one naming it, or any on-demand
             * import) and its package.
             */
            private Set<String> qualifiedNames(@Nullable JavaType type, String writtenType, String simple) {
                JavaType.FullyQualified fq = TypeUtils.asFullyQualified(type);
                if (fq != null && !(type instanceof JavaType.Unknown)) {
                    return Set.of(fq.getFullyQualifiedName().replace('$', '.'));
                }
                String written = rawTypeName(writtenType);
                if (written.contains(".")) {
                    return Set.of(written);
                }
                Set<String> out = new HashSet<>();
                for (J.Import imp : source.getImports()) {
                    if (imp.isStatic()) {
                        continue;
                    }
                    String name = imp.getTypeName();
                    if (imp.getQualid().getSimpleName().equals(simple)) {
                        return Set.of(name);
                    }
                    if (imp.getQualid().getSimpleName().equals("*")) {
                        out.add(imp.getPackageName() + "." + simple);
                    }
                }
                out.add(pkg + simple);
                return out;
            }

            private final Map<String, AssembledText> valueParams = new HashMap<>();
            /** The parameters of the method being visited, and whether it is a constructor. */
            private final Set<String> parameterNames = new HashSet<>();
            private boolean inConstructor;
            /** The keys of this file's methods with parameters seen so far: an overload of the same arity makes a key ambiguous. */
            private final Set<String> overloads = new HashSet<>();

            /** Classes bound to configuration ({@code @ConfigurationProperties("iris")}), by name, with their prefix. */
            private final Map<String, String> boundPrefixes = new HashMap<>();

            @Override
            public J.ClassDeclaration visitClassDeclaration(J.ClassDeclaration cd, ExecutionContext ctx) {
                ff.declaredTypes.add(cd.getSimpleName());
                if (cd.getType() != null) {
                    ff.declaredTypes.add(cd.getType().getFullyQualifiedName());
                    for (org.openrewrite.java.tree.Comment c : cd.getPrefix().getComments()) {
                        java.util.regex.Matcher base = DOCUMENTED_BASE.matcher(c.printComment(getCursor()));
                        if (cd.getKind() == J.ClassDeclaration.Kind.Type.Interface && base.find()) {
                            ff.documentedBases.add(base.group(1));
                        }
                        if (DashboardTalk.documentsReport(c.printComment(getCursor()))) {
                            ff.reportModels.add(cd.getType().getFullyQualifiedName().replace('$', '.'));
                        }
                        if (cd.getKind() != J.ClassDeclaration.Kind.Type.Interface
                                && DashboardTalk.documentsCallback(c.printComment(getCursor()))) {
                            ff.callbackModels.add(cd.getType().getFullyQualifiedName().replace('$', '.'));
                        }
                    }
                    JavaType.FullyQualified sup = cd.getType().getSupertype();
                    if (sup != null && !sup.getFullyQualifiedName().equals("java.lang.Object")) {
                        ff.superclasses.add(sup.getFullyQualifiedName());
                    }
                    if (cd.getKind() == J.ClassDeclaration.Kind.Type.Class) {
                        cd.getType().getInterfaces().forEach(i -> ff.implemented.add(i.getFullyQualifiedName().replace('$', '.')));
                    }
                }
                if (cd.getKind() == J.ClassDeclaration.Kind.Type.Record && cd.getType() != null && cd.getPrimaryConstructor() != null) {
                    // record PortRequest(String id, String billingTelephoneNumber, ..): each accessor is a parameter
                    // of the canonical constructor, named as the TnSinks record a constructor call's arguments
                    String fqn = cd.getType().getFullyQualifiedName();
                    List<Statement> components = cd.getPrimaryConstructor();
                    for (int i = 0; i < components.size(); i++) {
                        if (components.get(i) instanceof J.VariableDeclarations vd && vd.getVariables().size() == 1) {
                            String name = vd.getVariables().get(0).getSimpleName();
                            Part.Param component = new Part.Param(fqn, cd.getSimpleName(), components.size(), i, name);
                            ff.recordComponents.put(fqn + "#" + name + "()", component);
                            ff.recordComponents.put(fqn + "#" + name, component); // the accessor reads the field
                        }
                    }
                }
                AssembledText configuredBase = configuredClientBase(cd);
                if (configuredBase != null) {
                    ff.clientInterfaces.put(cd.getType() != null ? cd.getType().getFullyQualifiedName() : cd.getSimpleName(),
                            configuredBase);
                }
                String prefix = configurationPrefix(cd.getLeadingAnnotations());
                String owner = enclosingClassName(new Cursor(getCursor(), cd));
                if (prefix != null && owner != null) {
                    boundPrefixes.put(owner, prefix);
                }
                if (owner != null && cd.getKind() == J.ClassDeclaration.Kind.Type.Record && cd.getPrimaryConstructor() != null) {
                    // a record's components: bound like fields, read through accessors of their own name
                    for (Statement st : cd.getPrimaryConstructor()) {
                        if (st instanceof J.VariableDeclarations comp && !comp.getVariables().isEmpty()) {
                            J.VariableDeclarations.NamedVariable v = comp.getVariables().get(0);
                            String field = owner + "#" + v.getSimpleName();
                            AssembledText byDefault = defaultAnnotation(comp.getLeadingAnnotations());
                            if (prefix != null) {
                                ff.constants.put(field, bound(prefix, v.getSimpleName(), byDefault, v));
                            } else if (byDefault != null) {
                                ff.constants.put(field, byDefault);
                            }
                            ff.constants.put(field + "()", AssembledText.of(new Part.ConstantRef(field, v.getSimpleName(),
                                    new Origin(path, v.getId()))));
                        }
                    }
                }
                return super.visitClassDeclaration(cd, ctx);
            }

            /**
             * An enum constant built with a URI template ({@code TN_DETAILS("/tns/{tn}/tndetails")}): its template, for a
             * method of the enum that fills it ({@code TN_DETAILS.expand(Map.of("tn", tn))}). The literal stays a root.
             */
            @Override
            public J.EnumValue visitEnumValue(J.EnumValue ev, ExecutionContext ctx) {
                J.ClassDeclaration cd = getCursor().firstEnclosing(J.ClassDeclaration.class);
                if (cd != null && cd.getType() != null && ev.getInitializer() != null) {
                    List<Expression> args = JavaArgs.real(ev.getInitializer().getArguments());
                    if (!args.isEmpty() && args.get(0) instanceof J.Literal l && l.getValue() instanceof String) {
                        ff.constants.put(enumTemplateKey(cd.getType().getFullyQualifiedName(), ev.getName().getSimpleName()),
                                new JavaStringAssembler(path, new HashSet<>()).assemble(l));
                    }
                }
                return super.visitEnumValue(ev, ctx);
            }

            @Override
            public J.VariableDeclarations visitVariableDeclarations(J.VariableDeclarations vd, ExecutionContext ctx) {
                String type = vd.getTypeExpression() == null ? null : simpleTypeName(vd.getTypeExpression().toString());
                if (type != null) {
                    ff.heldTypes.addAll(qualifiedNames(vd.getType(), vd.getTypeExpression().toString(), type));
                    if (HTTP_TYPES.contains(type)) {
                        ff.makesHttpCalls = true;
                    }
                }
                if (type != null && CLIENT_TYPES.contains(type)
                        && !vd.getVariables().isEmpty() && vd.getVariables().get(0).getInitializer() == null) {
                    // an HTTP client handed in (not one built here, = new RestTemplate()): by @Qualifier("bean"),
                    // else by its name (Spring's fallback)
                    String qualifier = qualifier(vd.getLeadingAnnotations());
                    ff.injectedClients.add(new ProjectFacts.ClientBean(type,
                            qualifier != null ? qualifier : vd.getVariables().get(0).getSimpleName()));
                }
                String owner = enclosingClassName(getCursor());
                boolean field = owner != null && isField(getCursor());
                if (owner == null && getCursor().getParentTreeCursor().getValue() instanceof K.CompilationUnit) {
                    owner = kotlinFileClass(vd); // a top-level property: a field of the file's class (AppKt)
                    field = owner != null;
                }
                if (field) {
                    AssembledText fromAnnotation = valueAnnotation(vd.getLeadingAnnotations());
                    String prefix = vd.hasModifier(J.Modifier.Type.Static) ? null : boundPrefixes.get(owner);
                    for (J.VariableDeclarations.NamedVariable v : vd.getVariables()) {
                        String key = owner + "#" + v.getSimpleName();
                        AssembledText initial = v.getInitializer() != null && (assembler.isStringBuilding(v.getInitializer())
                                || isConstantRead(v.getInitializer())
                                || v.getInitializer() instanceof J.Literal n && n.getValue() instanceof Number)
                                ? new JavaStringAssembler(path, new HashSet<>()).assemble(v.getInitializer()) : null;
                        AssembledText byDefault = defaultAnnotation(vd.getLeadingAnnotations());
                        if (fromAnnotation != null) {
                            ff.constants.put(key, fromAnnotation);
                        } else if (prefix != null) {
                            ff.constants.put(key, bound(prefix, v.getSimpleName(), byDefault != null ? byDefault : initial, v));
                        } else if (byDefault != null) {
                            ff.constants.put(key, byDefault);
                        } else if (initial != null) {
                            ff.constants.put(key, initial);
                        }
                    }
                }
                return super.visitVariableDeclarations(vd, ctx);
            }

            /** A field of a class bound to {@code prefix}: the property of its name, else its initial value. */
            private AssembledText bound(String prefix, String field, @Nullable AssembledText initial, J anchor) {
                return AssembledText.of(new Part.PropertyRef(prefix + "." + field, initial, new Origin(path, anchor.getId())));
            }

            @Override
            public J.MethodDeclaration visitMethodDeclaration(J.MethodDeclaration md, ExecutionContext ctx) {
                String field = returnedField(md);
                String owner = field == null ? null : enclosingClassName(getCursor());
                if (owner != null) {
                    // getBaseUrl() { return baseUrl; }: a call of the getter reads the field
                    ff.constants.put(owner + "#" + md.getSimpleName() + "()", AssembledText.of(
                            new Part.ConstantRef(owner + "#" + field, field, new Origin(path, md.getName().getId()))));
                } else {
                    Expression returned = returnedText(md);
                    if (returned == null && md.getBody() != null && JavaArgs.arity(md) == 0) {
                        // dashboardBaseUrl() { String url = get("dashboard.base-url", ..); return url.trim(); }
                        returned = returnedLocal(md);
                    }
                    String cls = returned == null ? null : enclosingClassName(getCursor());
                    if (cls != null) {
                        // apiBase() { return props.getProperty("iris.api.base", DEFAULT); }: the getter's text
                        ff.constants.put(cls + "#" + md.getSimpleName() + "()",
                                new JavaStringAssembler(path, new HashSet<>()).assemble(returned));
                    }
                }
                override(md);
                helper(md);
                builtRoot(md);
                valueParams.clear();
                List<J.VariableDeclarations> params = new java.util.ArrayList<>();
                String methodKey = JavaArgs.methodKey(md);
                if (methodKey != null && isProxyFactory(md, getCursor())) {
                    ff.proxyFactories.add(methodKey);
                }
                boolean utility = md.getBody() != null && methodKey != null && isUtilityMethod(md, getCursor());
                for (Statement p : md.getParameters()) {
                    if (p instanceof J.VariableDeclarations pv && !pv.getVariables().isEmpty()) {
                        if (md.getBody() != null && methodKey != null && QueryAssembly.walksMapParameter(md, params.size())) {
                            // QueryString.of(Map<String, ?> values) { values.forEach(q::param); .. }
                            ff.mapWalkers.computeIfAbsent(methodKey, k -> new HashSet<>()).add(params.size());
                        }
                        String assumption = utility ? tenDigitAssumption(md, pv.getVariables().get(0).getSimpleName()) : null;
                        if (assumption != null) {
                            // PhoneNumbers.npa(String tn) { return tn.substring(0, 3); }
                            ff.tenDigitHelpers.put(methodKey + "#" + params.size(), assumption);
                        }
                        if (md.getBody() == null && methodKey != null && QueryAssembly.isQueryMapParameter(pv)) {
                            // search(@Param("accountId") String id, @QueryMap Map<String, Object> filters)
                            ff.queryMapParameters.computeIfAbsent(methodKey, k -> new HashSet<>()).add(params.size());
                        }
                        params.add(pv);
                        AssembledText t = injectedValue(pv.getLeadingAnnotations());
                        if (t != null) {
                            valueParams.put(pv.getVariables().get(0).getSimpleName(), t);
                        }
                    }
                }
                // @Value("${iris.base-url:...}") void setBaseUrl(String baseUrl): the setter's one parameter
                AssembledText onMethod = params.size() == 1 ? valueAnnotation(md.getLeadingAnnotations()) : null;
                if (onMethod != null) {
                    valueParams.put(params.get(0).getVariables().get(0).getSimpleName(), onMethod);
                }
                parameterNames.clear();
                params.forEach(pv -> parameterNames.add(pv.getVariables().get(0).getSimpleName()));
                boolean outer = inConstructor;
                inConstructor = md.isConstructor();
                clientBean(md);
                try {
                    return super.visitMethodDeclaration(md, ctx);
                } finally {
                    inConstructor = outer;
                }
            }

            /**
             * {@code @Bean WebClient numbersClient(..) { return WebClient.builder().baseUrl(url).build(); }}: the
             * bean's name and the base URL it is built with, so that code it is injected into is known to call that API.
             */
            private void clientBean(J.MethodDeclaration md) {
                String type = md.getReturnTypeExpression() == null ? null : clientType(md.getReturnTypeExpression().toString());
                if (md.getBody() == null || type == null
                        || md.getLeadingAnnotations().stream().noneMatch(a -> a.getSimpleName().equals("Bean"))) {
                    return;
                }
                Expression base = baseUrlArgument(md.getBody(), true);
                String from = base == null ? builtFrom(md) : null;
                for (String name : beanNames(md)) {
                    ff.definedClientBeans.add(new ProjectFacts.ClientBean(type, name));
                    if (base != null) {
                        ff.clientBeans.put(new ProjectFacts.ClientBean(type, name), baseText(base));
                    } else if (from != null) {
                        ff.clientBeanSources.put(new ProjectFacts.ClientBean(type, name), from);
                    }
                }
            }

            /**
             * The bean a client bean without a base URL of its own is built from: its one parameter that is a client or
             * a client builder ({@code RestClient irisRestClient(@Qualifier("irisBuilder") RestClient.Builder builder)
             * { return builder.build(); }}), by its {@code @Qualifier}, else its name; null when there is none or more.
             */
            private @Nullable String builtFrom(J.MethodDeclaration md) {
                String from = null;
                for (org.openrewrite.java.tree.Statement p : md.getParameters()) {
                    if (p instanceof J.VariableDeclarations vd && vd.getTypeExpression() != null
                            && clientType(vd.getTypeExpression().toString()) != null && vd.getVariables().size() == 1) {
                        if (from != null) {
                            return null;
                        }
                        String q = qualifier(vd.getLeadingAnnotations());
                        from = q != null ? q : vd.getVariables().get(0).getSimpleName();
                    }
                }
                return from;
            }

            /**
             * The base URL a client interface's proxy gets from configuration by a name its annotation gives:
             * MicroProfile's {@code @RegisterRestClient(configKey = "crm")} ({@code quarkus.rest-client.crm.url},
             * {@code crm/mp-rest/url}; without a key, the interface's name) and Spring Cloud's {@code @FeignClient("crm")}
             * without a {@code url} ({@code spring.cloud.openfeign.client.config.crm.url}). Null when the annotation
             * names its URL itself, or there is none: then the interface's file says where it goes.
             */
            private @Nullable AssembledText configuredClientBase(J.ClassDeclaration cd) {
                for (J.Annotation a : cd.getLeadingAnnotations()) {
                    List<String> keys = new java.util.ArrayList<>();
                    if (a.getSimpleName().equals("RegisterRestClient") && Annotations.string(a, Set.of("baseUri")) == null) {
                        String key = Annotations.string(a, Set.of("configKey"));
                        if (key == null) {
                            key = cd.getType() != null ? cd.getType().getFullyQualifiedName().replace('$', '.') : cd.getSimpleName();
                        }
                        keys.addAll(List.of("quarkus.rest-client." + key + ".url", "quarkus.rest-client.\"" + key + "\".url",
                                "quarkus.rest-client." + key + ".uri", "quarkus.rest-client.\"" + key + "\".uri",
                                key + "/mp-rest/url", key + "/mp-rest/uri"));
                    } else if (a.getSimpleName().equals("Client") && cd.getKind() == J.ClassDeclaration.Kind.Type.Interface) {
                        // Micronaut's declarative client: @Client("${iris.url}"), @Client("https://.."),
                        // @Client(id = "dashboard", path = "/api/accounts/..") on a configured service
                        String target = Annotations.string(a, Set.of("value", "id"));
                        if (target != null && SERVICE_ID.matcher(target).matches()) {
                            return micronautService(target, new Origin(path, a.getId()));
                        }
                        if (target != null && (target.contains("://") || target.startsWith("${"))) {
                            return JavaStringAssembler.withPlaceholders(target, new Origin(path, a.getId()));
                        }
                    } else if (a.getSimpleName().equals("FeignClient") && Annotations.string(a, Set.of("url")) == null) {
                        for (String name : new String[]{Annotations.string(a, Set.of("contextId")),
                                Annotations.string(a, Set.of("value", "name"))}) {
                            if (name != null) {
                                keys.addAll(List.of("spring.cloud.openfeign.client.config." + name + ".url",
                                        "feign.client.config." + name + ".url"));
                            }
                        }
                    }
                    AssembledText base = null;
                    for (int i = keys.size() - 1; i >= 0; i--) {
                        base = AssembledText.of(new Part.PropertyRef(keys.get(i), base, new Origin(path, a.getId())));
                    }
                    if (base != null) {
                        return base;
                    }
                }
                return null;
            }

            /**
             * {@code Feign.builder()...target(CrmApi.class, url)} and {@code new Retrofit.Builder().baseUrl(url)...
             * .create(CrmApi.class)} (also {@code createClient}): the interface's requests go to that base URL.
             */
            private void clientInterface(J.MethodInvocation m) {
                J.MethodDeclaration enclosing = getCursor().firstEnclosing(J.MethodDeclaration.class);
                List<Expression> args = JavaArgs.real(m.getArguments());
                String name = m.getSimpleName();
                String iface = args.isEmpty() ? null : classLiteral(args.get(0));
                if (iface == null || m.getSelect() == null) {
                    return;
                }
                Expression base = null;
                if (name.equals("target") && args.size() == 2) {
                    base = args.get(1);
                } else if ((name.equals("create") || name.equals("createClient")) && args.size() == 1) {
                    base = baseUrlArgument(m.getSelect(), false);
                } else if (name.equals("proxy") && args.size() == 1) {
                    base = webTargetBase(m.getSelect(), 0); // RESTEasy's target.proxy(E911Api.class)
                }
                if (base == null && (name.equals("create") || name.equals("createClient")) && args.size() == 1
                        && m.getSelect() instanceof J.Identifier local && enclosing != null) {
                    base = factoryBaseArgument(enclosing, local.getSimpleName());
                }
                String factory = base == null && args.size() == 1 ? JavaArgs.methodKey(m) : null;
                if (factory != null) {
                    ff.proxiedBy.put(iface, factory); // proxies.create(Api.class): a proxy factory of the project's, maybe
                }
                if (base != null) {
                    ff.clientInterfaces.put(iface, baseText(base));
                } else if (name.equals("create") || name.equals("createClient")) {
                    // built from a client handed in: one of the names in the expression is its bean
                    List<String> names = new java.util.ArrayList<>();
                    new JavaIsoVisitor<Integer>() {
                        @Override
                        public J.Identifier visitIdentifier(J.Identifier id, Integer p) {
                            if (!names.contains(id.getSimpleName())) {
                                names.add(id.getSimpleName());
                                // a factory held in a local (factory.createClient(Api.class)): the names it is built of
                                Expression init = enclosing == null ? null : topLevelInitializer(enclosing, id.getSimpleName());
                                if (init != null && p < 2) {
                                    visit(init, p + 1);
                                }
                            }
                            return id;
                        }
                    }.visit(m.getSelect(), 0);
                    ff.clientInterfaceBeans.put(iface, names);
                }
            }

            /**
             * {@code Retrofit beacon = Clients.retrofit(config.get("beacon911.base-url"), http); beacon.create(Api.class)}:
             * the text a local client was built on by a factory call of the project's, its one argument that is a
             * configured value, a constant or a literal text; null when it is built otherwise or on several texts.
             */
            private @Nullable Expression factoryBaseArgument(J.MethodDeclaration md, String name) {
                Expression[] init = new Expression[1];
                int[] count = new int[1];
                new JavaIsoVisitor<Integer>() {
                    @Override
                    public J.VariableDeclarations.NamedVariable visitVariable(J.VariableDeclarations.NamedVariable v, Integer p) {
                        if (v.getSimpleName().equals(name)) {
                            count[0]++;
                            init[0] = v.getInitializer();
                        }
                        return v;
                    }
                }.visit(md.getBody(), 0);
                if (count[0] != 1 || !(init[0] instanceof J.MethodInvocation call)) {
                    return null;
                }
                Expression base = baseUrlArgument(call, false);
                if (base != null) {
                    return base;
                }
                List<Expression> texts = JavaArgs.real(call.getArguments()).stream()
                        .filter(a -> assembler.isStringBuilding(a) || isConstantRead(a)).toList();
                return texts.size() == 1 ? texts.get(0) : null;
            }

            /** The text of a base URL argument: a {@code @Value} parameter's placeholder, else the expression assembled. */
            private AssembledText baseText(Expression base) {
                return base instanceof J.Identifier id && valueParams.containsKey(id.getSimpleName())
                        ? valueParams.get(id.getSimpleName())
                        : new JavaStringAssembler(path, new HashSet<>()).assemble(base);
            }

            /** {@code CrmApi.class}: the type's fully qualified name when known, else the name as written. */
            private @Nullable String classLiteral(Expression e) {
                if (!(e instanceof J.FieldAccess fa) || !fa.getSimpleName().equals("class")) {
                    return null;
                }
                JavaType.FullyQualified fq = TypeUtils.asFullyQualified(fa.getTarget().getType());
                if (fq != null) {
                    return fq.getFullyQualifiedName();
                }
                String written = fa.getTarget().toString();
                return written.substring(written.lastIndexOf('.') + 1);
            }

            @Override
            public J.Assignment visitAssignment(J.Assignment a, ExecutionContext ctx) {
                String owner = enclosingClassName(getCursor());
                String field = a.getVariable() instanceof J.FieldAccess fa && fa.getTarget() instanceof J.Identifier t
                        && t.getSimpleName().equals("this") ? fa.getSimpleName()
                        : a.getVariable() instanceof J.Identifier id && !parameterNames.contains(id.getSimpleName())
                        && (id.getFieldType() == null || id.getFieldType().getOwner() instanceof JavaType.FullyQualified)
                        ? id.getSimpleName() : null;
                boolean building = inConstructor;
                if (field == null && owner != null && a.getVariable() instanceof J.FieldAccess fa && fa.getTarget() instanceof J.Identifier t
                        && TypeUtils.isOfClassType(t.getType(), owner) && inStaticMethod(getCursor())) {
                    // static JobSettings from(ParameterTool p) { JobSettings s = new JobSettings(); s.baseUrl = p.get(..); }:
                    // a factory of the class sets its fields as a constructor would
                    field = fa.getSimpleName();
                    building = true;
                }
                // not in a lambda: a callback run later sets the field after construction, if ever
                building = building && getCursor().firstEnclosing(J.Lambda.class) == null;
                if (owner != null && field != null) {
                    Expression fallback;
                    String param = normalisedParameter(a.getAssignment());
                    if (param != null && valueParams.containsKey(param)) {
                        // this.baseUrl = baseUrl; where the parameter carries @Value("${...}"), also with a trailing
                        // slash taken off (baseUrl.endsWith("/") ? baseUrl.substring(..) : baseUrl)
                        ff.constants.put(owner + "#" + field, valueParams.get(param));
                    } else if (building && (fallback = defaultOfParameter(a.getAssignment())) != null) {
                        // this.baseUrl = trim(baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl): the
                        // default the class falls back on is the base it is built for
                        ff.constants.putIfAbsent(owner + "#" + field, new JavaStringAssembler(path, new HashSet<>()).assemble(fallback));
                    } else if (building
                            && !(a.getAssignment() instanceof J.Identifier rhs && parameterNames.contains(rhs.getSimpleName()))
                            && (assembler.isStringBuilding(a.getAssignment()) || isConstantRead(a.getAssignment()))) {
                        // this.account = client.target(BASE).path("accounts"); in a constructor: the field's value,
                        // unless its declaration or another constructor gave one first
                        ff.constants.putIfAbsent(owner + "#" + field,
                                new JavaStringAssembler(path, new HashSet<>()).assemble(a.getAssignment()));
                    }
                }
                return super.visitAssignment(a, ctx);
            }

            private boolean inStaticMethod(Cursor cursor) {
                J.MethodDeclaration md = cursor.firstEnclosing(J.MethodDeclaration.class);
                return md != null && md.hasModifier(J.Modifier.Type.Static);
            }

            /**
             * The default a constructor falls back on when a parameter is not given: the constant or literal branch of
             * {@code baseUrl == null ? DEFAULT_BASE_URL : baseUrl} (also inside a one-argument tidying call of the
             * class's own, {@code trimSlash(..)}), or of {@code Objects.requireNonNullElse(baseUrl, DEFAULT_BASE_URL)};
             * else null.
             */
            private @Nullable Expression defaultOfParameter(Expression e) {
                if (e instanceof J.MethodInvocation m && JavaArgs.real(m.getArguments()).size() == 1 && m.getSelect() == null) {
                    return defaultOfParameter(JavaArgs.real(m.getArguments()).get(0));
                }
                List<Expression> options = e instanceof J.Ternary t ? List.of(t.getTruePart(), t.getFalsePart())
                        : e instanceof J.MethodInvocation m && m.getSimpleName().equals("requireNonNullElse")
                        && JavaArgs.real(m.getArguments()).size() == 2 ? JavaArgs.real(m.getArguments()) : List.of();
                if (options.size() != 2) {
                    return null;
                }
                for (int i = 0; i < 2; i++) {
                    Expression other = options.get(1 - i);
                    String param = normalisedParameter(options.get(i));
                    if (param != null && parameterNames.contains(param)
                            && (other instanceof J.Literal l && l.getValue() instanceof String || isConstantRead(other))
                            && !(other instanceof J.Identifier id && parameterNames.contains(id.getSimpleName()))) {
                        return other;
                    }
                }
                return null;
            }

            /**
             * The parameter {@code e} reads, as it is or tidied: {@code baseUrl}, {@code baseUrl.trim()},
             * {@code baseUrl.replaceAll("/+$", "")}, {@code baseUrl.endsWith("/") ? baseUrl.substring(0, ..) : baseUrl}.
             * The tidying changes no host or path a rule reads.
             */
            private @Nullable String normalisedParameter(Expression e) {
                if (e instanceof J.Identifier id) {
                    return id.getSimpleName();
                }
                if (e instanceof J.MethodInvocation m && TIDYING.contains(m.getSimpleName()) && m.getSelect() instanceof J.Identifier id) {
                    return id.getSimpleName();
                }
                if (e instanceof J.Ternary t) {
                    String a = normalisedParameter(t.getTruePart());
                    String b = normalisedParameter(t.getFalsePart());
                    return a != null && a.equals(b) ? a : null;
                }
                return null;
            }

            /** A Kotlin string template is a root of its own, read whole before its pieces are visited. */
            @Override
            public J preVisit(J tree, ExecutionContext ctx) {
                if (tree instanceof K.StringTemplate st) {
                    root(st, getCursor());
                }
                return super.preVisit(tree, ctx);
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

            /**
             * {@code path += "/addresses/" + id;} on a local the method body built before
             * ({@code String path = "/accounts/" + accountId;}, other {@code +=} before this one): the text added is
             * read after what the local held, as one text.
             */
            @Override
            public J.AssignmentOperation visitAssignmentOperation(J.AssignmentOperation op, ExecutionContext ctx) {
                J.MethodDeclaration md = getCursor().firstEnclosing(J.MethodDeclaration.class);
                if (op.getOperator() == J.AssignmentOperation.Type.Addition && op.getVariable() instanceof J.Identifier local
                        && md != null && md.getBody() != null && !consumed.contains(op.getAssignment().getId())
                        && assembler.isStringBuilding(op.getAssignment())) {
                    AssembledText before = builtBefore(md, local.getSimpleName(), op);
                    if (before != null) {
                        AssembledText added = assembler.assemble(op.getAssignment());
                        ff.roots.add(new Root(path, before.plus(added), RootKind.CODE, null));
                    }
                }
                return super.visitAssignmentOperation(op, ctx);
            }

            /**
             * What local {@code name} holds just before {@code at}, from the method body's top-level statements: its
             * initializer, then each assignment or {@code +=} of a text; null when it is not built that way.
             */
            private @Nullable AssembledText builtBefore(J.MethodDeclaration md, String name, J.AssignmentOperation at) {
                JavaStringAssembler reader = new JavaStringAssembler(path, new HashSet<>());
                AssembledText text = null;
                for (Statement st : md.getBody().getStatements()) {
                    if (st == at) {
                        return text;
                    }
                    if (st instanceof J.VariableDeclarations vd && vd.getVariables().size() == 1
                            && vd.getVariables().get(0).getSimpleName().equals(name)) {
                        Expression init = vd.getVariables().get(0).getInitializer();
                        text = init != null && assembler.isStringBuilding(init) ? reader.assemble(init) : null;
                    } else if (text != null && st instanceof J.AssignmentOperation more && more.getVariable() instanceof J.Identifier v
                            && v.getSimpleName().equals(name)) {
                        text = more.getOperator() == J.AssignmentOperation.Type.Addition
                                && assembler.isStringBuilding(more.getAssignment()) ? text.plus(reader.assemble(more.getAssignment())) : null;
                    } else if (st instanceof J.Assignment set && set.getVariable() instanceof J.Identifier v
                            && v.getSimpleName().equals(name)) {
                        text = assembler.isStringBuilding(set.getAssignment()) ? reader.assemble(set.getAssignment()) : null;
                    }
                }
                return null;
            }

            @Override
            public J.MethodInvocation visitMethodInvocation(J.MethodInvocation method, ExecutionContext ctx) {
                if (isIgnoredCall(method) || isIrisClientSuper(method, getCursor())) {
                    markConsumed(method);
                }
                clientInterface(method);
                root(method, getCursor());
                numericFeed(method);
                sdkQueryNumber(method);
                if (method.getMethodType() != null && method.getMethodType().hasFlags(org.openrewrite.java.tree.Flag.Static)) {
                    ff.staticallyUsedTypes.add(method.getMethodType().getDeclaringType().getFullyQualifiedName().replace('$', '.'));
                }
                if (cu != null && QueryAssembly.isSdkQueryCall(method, cu)) {
                    for (Expression a : JavaArgs.real(method.getArguments())) {
                        String key = QueryAssembly.queryMapSource(a, getCursor().firstEnclosing(J.MethodDeclaration.class));
                        if (key != null) {
                            ff.sdkQuerySources.add(key);
                        }
                    }
                } else if (method.getMethodType() != null) {
                    mapHandOffs(method);
                }
                return super.visitMethodInvocation(method, ctx);
            }

            /**
             * {@code api.search(id, searchFilters(ac, rc))}: a map another method of the project made, handed to a
             * method that may be a declarative client's, as its whole query.
             */
            private void mapHandOffs(J.MethodInvocation call) {
                List<Expression> args = JavaArgs.real(call.getArguments());
                for (int i = 0; i < args.size(); i++) {
                    Expression a = args.get(i);
                    if (a.getType() == null || !TypeUtils.isAssignableTo("java.util.Map", a.getType())) {
                        continue;
                    }
                    String key = QueryAssembly.queryMapSource(a, getCursor().firstEnclosing(J.MethodDeclaration.class));
                    String target = JavaArgs.methodKey(call);
                    if (key != null && target != null) {
                        ff.mapHandOffs.add(new ProjectFacts.MapHandOff(key, target, i));
                    }
                }
            }

            /**
             * {@code static String addresses(String account) { return "/accounts/" + account + "/addresses"; }}: the
             * text a method with parameters returns, its parameters as holes that a call's arguments fill in. Two
             * methods of a class with the same name and number of parameters are told apart by neither.
             */
            private void helper(J.MethodDeclaration md) {
                JavaType.Method mt = md.getMethodType();
                int arity = JavaArgs.arity(md);
                if (mt == null || md.isConstructor() || arity == 0) {
                    return;
                }
                String key = Part.ConstantRef.methodKey(mt.getDeclaringType().getFullyQualifiedName(), md.getSimpleName(), arity);
                if (!overloads.add(key)) {
                    ff.constants.remove(key);
                    return;
                }
                if (joinsSegments(md)) {
                    String joiner = mt.getDeclaringType().getFullyQualifiedName() + "#" + md.getSimpleName();
                    ff.segmentJoiners.add(joiner);
                    AssembledText prefix = joinerPrefix(md);
                    if (prefix != null) {
                        ff.segmentJoinerPrefixes.put(joiner, prefix);
                    }
                    Map<Integer, String> labels = joinerLabels(md);
                    if (!labels.isEmpty()) {
                        ff.segmentJoinerLabels.put(joiner, labels);
                    }
                    return;
                }
                if (md.getBody() != null && md.getBody().getStatements().size() == 1
                        && md.getBody().getStatements().get(0) instanceof J.Return r && r.getExpression() != null
                        && (assembler.isStringBuilding(r.getExpression()) || JavaStringAssembler.isRequestHandedOn(r.getExpression())
                        || isBoundClient(r.getExpression()))) {
                    ff.constants.put(key, new JavaStringAssembler(path, new HashSet<>()).assemble(r.getExpression()));
                } else {
                    AssembledText built = builtText(md);
                    if (built == null) {
                        Expression local = returnedLocal(md);
                        built = local == null ? null : new JavaStringAssembler(path, new HashSet<>()).assemble(local);
                    }
                    if (built == null) {
                        built = joinedText(md);
                    }
                    if (built != null) {
                        ff.constants.put(key, built);
                    }
                }
            }

            /** Builder steps that take all the segments at once. */
            private static final Set<String> SEGMENTS_STEPS = Set.of("appendPathSegments", "pathSegment", "setPathSegments");

            /** The method of {@code md}'s class with its name and {@code arity} parameters that joins segments, or null. */
            private J.@Nullable MethodDeclaration joiningOverload(J.MethodDeclaration md, int arity) {
                if (JavaArgs.arity(md) == arity) {
                    return null;
                }
                J.ClassDeclaration cd = getCursor().firstEnclosing(J.ClassDeclaration.class);
                if (cd == null) {
                    return null;
                }
                if (!joinersAsked.add(md.getId())) {
                    return null; // two overloads that hand the segments to each other
                }
                try {
                    for (Statement st : cd.getBody().getStatements()) {
                        if (st instanceof J.MethodDeclaration other && other != md && other.getSimpleName().equals(md.getSimpleName())
                                && JavaArgs.arity(other) == arity && joinsSegments(other)) {
                            return other;
                        }
                    }
                    return null;
                } finally {
                    joinersAsked.remove(md.getId());
                }
            }

            /** The methods whose joining overload is being looked up. */
            private final Set<UUID> joinersAsked = new HashSet<>();

            /** What a segment joiner returns: the path or URL as text, or a {@code URI} made of it. */
            private static final Set<String> SEGMENT_JOIN_RESULTS = Set.of("String", "URI", "URL", "HttpUrl",
                    "URIBuilder", "UriBuilder", "UriComponentsBuilder", "HttpUrl.Builder");
            /** Steps of a URL builder that add one segment (or a few, slashed) given in a loop over a joiner's segments. */
            private static final Set<String> SEGMENT_STEPS = Set.of("addPathSegment", "addPathSegments", "addEncodedPathSegment",
                    "addEncodedPathSegments", "pathSegment", "appendPath", "appendPathSegments");

            /**
             * A String (or URI) method whose last parameter takes any number of path segments and whose body appends
             * each after a {@code /} ({@code url(String base, Object... segments)}: {@code sb.append('/').append(segment)}
             * in a loop over them), or joins them with {@code String.join("/", ..)}: a call reads as its arguments
             * joined by {@code /}.
             */
            private boolean joinsSegments(J.MethodDeclaration md) {
                if (md.getBody() == null || md.getReturnTypeExpression() == null
                        || !SEGMENT_JOIN_RESULTS.contains(simpleTypeName(md.getReturnTypeExpression().toString()))) {
                    return false;
                }
                List<Statement> params = md.getParameters();
                if (params.isEmpty() || !(params.get(params.size() - 1) instanceof J.VariableDeclarations last)
                        || last.getVarargs() == null && last.getModifiers().stream().noneMatch(m -> "vararg".equals(m.getKeyword()))
                        || last.getVariables().size() != 1) {
                    return false;
                }
                String segments = last.getVariables().get(0).getSimpleName();
                boolean[] joins = {false};
                new JavaIsoVisitor<Integer>() {
                    @Override
                    public J.ForEachLoop visitForEachLoop(J.ForEachLoop loop, Integer p) {
                        if (loop.getControl().getIterable() instanceof J.Identifier it && it.getSimpleName().equals(segments)
                                && (appendsSlash(loop.getBody()) || addsEachSegment(loop))) {
                            joins[0] = true;
                        }
                        return loop;
                    }

                    /** Whether the loop hands each segment to a URL builder's segment step ({@code builder.addPathSegments(segment)}). */
                    private boolean addsEachSegment(J.ForEachLoop loop) {
                        if (!(loop.getControl().getVariable() instanceof J.VariableDeclarations vd) || vd.getVariables().size() != 1) {
                            return false;
                        }
                        String each = vd.getVariables().get(0).getSimpleName();
                        boolean[] adds = {false};
                        new JavaIsoVisitor<Integer>() {
                            @Override
                            public J.MethodInvocation visitMethodInvocation(J.MethodInvocation m, Integer q) {
                                List<Expression> args = JavaArgs.real(m.getArguments());
                                if (SEGMENT_STEPS.contains(m.getSimpleName()) && args.size() == 1 && args.get(0) instanceof J.Identifier a
                                        && a.getSimpleName().equals(each)) {
                                    adds[0] = true;
                                }
                                return super.visitMethodInvocation(m, q);
                            }
                        }.visit(loop.getBody(), 0);
                        return adds[0];
                    }

                    @Override
                    public J.MethodInvocation visitMethodInvocation(J.MethodInvocation m, Integer p) {
                        List<Expression> args = JavaArgs.real(m.getArguments());
                        if (m.getSimpleName().equals("join") && args.size() == 2 && args.get(0) instanceof J.Literal sep
                                && "/".equals(sep.getValue()) && args.get(1) instanceof J.Identifier it
                                && it.getSimpleName().equals(segments)) {
                            joins[0] = true;
                        }
                        boolean onSegments = m.getSelect() instanceof J.Identifier it && it.getSimpleName().equals(segments);
                        // Kotlin: segments.joinToString("/"), segments.forEach { append('/').append(it) }
                        if (onSegments && m.getSimpleName().equals("joinToString") && !args.isEmpty()
                                && args.get(0) instanceof J.Literal sep && "/".equals(sep.getValue())) {
                            joins[0] = true;
                        }
                        if (onSegments && m.getSimpleName().equals("forEach") && appendsSlash(m)) {
                            joins[0] = true;
                        }
                        // Arrays.stream(segments).map(..).collect(Collectors.joining("/")), also Stream.of(segments)
                        if (m.getSimpleName().equals("collect") && args.size() == 1 && args.get(0) instanceof J.MethodInvocation j
                                && j.getSimpleName().equals("joining") && !JavaArgs.real(j.getArguments()).isEmpty()
                                && JavaArgs.real(j.getArguments()).get(0) instanceof J.Literal sep && "/".equals(sep.getValue())
                                && streamsOver(m, segments)) {
                            joins[0] = true;
                        }
                        // builder.appendPathSegments(segments) (Apache's URIBuilder, Ktor), pathSegment(segments) (Spring)
                        if (SEGMENTS_STEPS.contains(m.getSimpleName()) && args.size() == 1 && args.get(0) instanceof J.Identifier it
                                && it.getSimpleName().equals(segments)) {
                            joins[0] = true;
                        }
                        // account(String... segments) { return account(Map.of(), segments); }: an overload that joins them
                        if (m.getSimpleName().equals(md.getSimpleName()) && !args.isEmpty()
                                && args.get(args.size() - 1) instanceof J.Identifier it && it.getSimpleName().equals(segments)
                                && joiningOverload(md, args.size()) != null) {
                            joins[0] = true;
                        }
                        return super.visitMethodInvocation(m, p);
                    }

                    /** Whether {@code tree} appends a {@code /} ({@code sb.append('/')}, {@code append("/")}). */
                    private boolean appendsSlash(J tree) {
                        boolean[] slash = {false};
                        new JavaIsoVisitor<Integer>() {
                            @Override
                            public J.MethodInvocation visitMethodInvocation(J.MethodInvocation m, Integer q) {
                                List<Expression> args = JavaArgs.real(m.getArguments());
                                if (m.getSimpleName().equals("append") && args.size() == 1 && args.get(0) instanceof J.Literal l
                                        && ("/".equals(l.getValue()) || Character.valueOf('/').equals(l.getValue()))) {
                                    slash[0] = true;
                                }
                                return super.visitMethodInvocation(m, q);
                            }
                        }.visit(tree, 0);
                        return slash[0];
                    }
                }.visit(md.getBody(), 0);
                return joins[0];
            }

            /** Whether the chain of {@code collect} starts from a stream of {@code segments}: {@code Arrays.stream(segments)}, {@code segments.stream()}. */
            private boolean streamsOver(J.MethodInvocation collect, String segments) {
                for (Expression e = collect; e instanceof J.MethodInvocation step; e = step.getSelect()) {
                    List<Expression> a = JavaArgs.real(step.getArguments());
                    if (step.getSelect() instanceof J.Identifier it && it.getSimpleName().equals(segments)
                            || (step.getSimpleName().equals("stream") || step.getSimpleName().equals("of")) && a.size() == 1
                            && a.get(0) instanceof J.Identifier it2 && it2.getSimpleName().equals(segments)) {
                        return true;
                    }
                }
                return false;
            }

            /**
             * The path a segment joiner writes before one of its own parameters other than the segments, by the
             * parameter's index: {@code "/accounts/" + accountId + "/" + tail} puts {@code /accounts/} before
             * {@code accountId}, which a call gives as an argument like the segments. Only a literal that is a path
             * ending with '/' ({@code /accounts/}) counts.
             */
            private Map<Integer, String> joinerLabels(J.MethodDeclaration md) {
                Map<String, Integer> params = new HashMap<>();
                List<Statement> ps = md.getParameters();
                for (int i = 0; i < ps.size() - 1; i++) {
                    if (ps.get(i) instanceof J.VariableDeclarations vd && vd.getVariables().size() == 1) {
                        params.put(vd.getVariables().get(0).getSimpleName(), i);
                    }
                }
                Map<Integer, String> out = new HashMap<>();
                new JavaIsoVisitor<Integer>() {
                    @Override
                    public J.Binary visitBinary(J.Binary b, Integer p) {
                        if (b.getOperator() == J.Binary.Type.Addition && b.getRight() instanceof J.Identifier id
                                && params.containsKey(id.getSimpleName())) {
                            Expression left = b.getLeft();
                            while (left instanceof J.Binary lb && lb.getOperator() == J.Binary.Type.Addition) {
                                left = lb.getRight();
                            }
                            if (left instanceof J.Literal l && l.getValue() instanceof String v && JOINER_LABEL.matcher(v).matches()) {
                                out.putIfAbsent(params.get(id.getSimpleName()), v);
                            }
                        }
                        return super.visitBinary(b, p);
                    }
                }.visit(md.getBody(), 0);
                return out;
            }

            /**
             * What a segment joiner starts its text with when it is no argument: the URL builder it hands the segments
             * to ({@link #builderPrefix}), or the builder it declares first ({@code StringBuilder sb = new
             * StringBuilder(baseUrl).append(DashboardPaths.ACCOUNTS).append(accountId);} before its loop over the
             * segments); null when there is none, or when it starts with a parameter of the joiner's.
             */
            private @Nullable AssembledText joinerPrefix(J.MethodDeclaration md) {
                AssembledText onBuilder = builderPrefix(md, 0);
                if (onBuilder != null) {
                    return onBuilder;
                }
                List<Statement> body = md.getBody() == null ? List.of() : md.getBody().getStatements();
                if (body.size() < 2 || !(body.get(0) instanceof J.VariableDeclarations vd) || vd.getVariables().size() != 1
                        || vd.getTypeExpression() == null || vd.getVariables().get(0).getInitializer() == null
                        || !(BUILDERS.contains(vd.getTypeExpression().toString())
                        || vd.getTypeExpression().toString().endsWith("Builder") && assembler.isStringBuilding(vd.getVariables().get(0).getInitializer()))
                        || !(body.get(1) instanceof J.ForEachLoop)) {
                    return null; // StringBuilder sb = new StringBuilder(base)..; or HttpUrl.Builder b = HttpUrl.get(base).newBuilder()..;
                }
                return ownStart(new JavaStringAssembler(path, new HashSet<>()).assemble(vd.getVariables().get(0).getInitializer()));
            }

            /**
             * {@code prefix}, unless it is unreadable or holds a parameter: {@code url(String base, Object... segments)}
             * starts with its parameter, the call's first argument, which is read as such.
             */
            private @Nullable AssembledText ownStart(@Nullable AssembledText prefix) {
                return prefix == null || prefix.isOpaque()
                        || prefix.parts().stream().anyMatch(part -> part instanceof Part.Hole h && h.param() != null) ? null : prefix;
            }

            /**
             * The text of the builder a joiner hands its segments to ({@code accountBuilder().appendPathSegments(segments)},
             * with {@code accountBuilder()} building {@code base + /accounts/ + accountId}), also through the overload it
             * delegates to; null when there is none the assembler reads.
             */
            private @Nullable AssembledText builderPrefix(J.MethodDeclaration md, int depth) {
                if (md.getBody() == null || depth > 2 || md.getParameters().isEmpty()
                        || !(md.getParameters().get(md.getParameters().size() - 1) instanceof J.VariableDeclarations last)
                        || last.getVariables().size() != 1) {
                    return null;
                }
                String segments = last.getVariables().get(0).getSimpleName();
                AssembledText[] found = {null};
                J.MethodDeclaration[] delegate = {null};
                new JavaIsoVisitor<Integer>() {
                    @Override
                    public J.MethodInvocation visitMethodInvocation(J.MethodInvocation m, Integer p) {
                        List<Expression> args = JavaArgs.real(m.getArguments());
                        boolean handsSegments = !args.isEmpty() && args.get(args.size() - 1) instanceof J.Identifier it
                                && it.getSimpleName().equals(segments);
                        Expression builder = m.getSelect() == null ? null : ownBuilderReturned(m.getSelect());
                        if (found[0] == null && handsSegments && SEGMENTS_STEPS.contains(m.getSimpleName()) && args.size() == 1
                                && builder != null && assembler.isStringBuilding(builder)) {
                            found[0] = new JavaStringAssembler(path, new HashSet<>()).assemble(builder);
                        } else if (handsSegments && m.getSimpleName().equals(md.getSimpleName())) {
                            delegate[0] = joiningOverload(md, args.size());
                        }
                        return super.visitMethodInvocation(m, p);
                    }
                }.visit(md.getBody(), 0);
                if (found[0] == null && delegate[0] != null) {
                    return builderPrefix(delegate[0], depth + 1);
                }
                return ownStart(found[0]);
            }

            /**
             * {@code e} itself, or, when it calls a method of this class without arguments ({@code accountBuilder()}),
             * the builder that method returns ({@code new URIBuilder(baseUrl).appendPathSegments("accounts", accountId)},
             * also inside a {@code try}).
             */
            private @Nullable Expression ownBuilderReturned(Expression e) {
                if (!(e instanceof J.MethodInvocation call) || call.getSelect() != null || !JavaArgs.real(call.getArguments()).isEmpty()) {
                    return e;
                }
                J.ClassDeclaration cd = getCursor().firstEnclosing(J.ClassDeclaration.class);
                if (cd == null) {
                    return e;
                }
                for (Statement st : cd.getBody().getStatements()) {
                    if (st instanceof J.MethodDeclaration other && other.getSimpleName().equals(call.getSimpleName())
                            && JavaArgs.arity(other) == 0 && other.getBody() != null) {
                        Expression[] returned = {null};
                        new JavaIsoVisitor<Integer>() {
                            @Override
                            public J.Return visitReturn(J.Return r, Integer p) {
                                if (returned[0] == null) {
                                    returned[0] = r.getExpression();
                                }
                                return r;
                            }

                            @Override
                            public J.Lambda visitLambda(J.Lambda lambda, Integer p) {
                                return lambda; // a lambda's return is not the method's
                            }
                        }.visit(other.getBody(), 0);
                        return returned[0];
                    }
                }
                return e;
            }

            /** The {@code return} of a value that ends a method body of more than one statement, or null. */
            private J.@Nullable Return finalReturn(J.MethodDeclaration md) {
                List<Statement> body = md.getBody() == null ? List.of() : md.getBody().getStatements();
                return body.size() >= 2 && body.get(body.size() - 1) instanceof J.Return r && r.getExpression() != null
                        ? r : null;
            }

            /** The initializer of local {@code name} as the method body declares it at its top level, or null. */
            /**
             * The URL a JAX-RS web target is built on: {@code client.target(url)}, its {@code path(..)} steps
             * included, also when it is held in a field the class assigns once ({@code this.production =
             * client.target(cfg.dashboardBaseUrl())}) or a local; null when it is not found.
             */
            private @Nullable Expression webTargetBase(@Nullable Expression target, int depth) {
                if (target == null || depth > 3) {
                    return null;
                }
                if (target instanceof J.MethodInvocation call) {
                    if (call.getSimpleName().equals("target") && JavaArgs.real(call.getArguments()).size() == 1) {
                        return JavaArgs.real(call.getArguments()).get(0); // client.target(url), whatever client's type
                    }
                    for (Expression e = call; e instanceof J.MethodInvocation step; e = step.getSelect()) {
                        if (step.getSimpleName().equals("target") && JavaArgs.real(step.getArguments()).size() == 1) {
                            return call; // the chain from target(url): the assembler reads its path steps
                        }
                    }
                    return null;
                }
                String name = target instanceof J.Identifier id ? id.getSimpleName()
                        : target instanceof J.FieldAccess fa && fa.getTarget() instanceof J.Identifier t
                        && t.getSimpleName().equals("this") ? fa.getSimpleName() : null;
                J.ClassDeclaration cd = getCursor().firstEnclosing(J.ClassDeclaration.class);
                if (name == null || cd == null) {
                    return null;
                }
                List<Expression> assigned = new java.util.ArrayList<>();
                new JavaIsoVisitor<Integer>() {
                    @Override
                    public J.Assignment visitAssignment(J.Assignment a, Integer p) {
                        Expression v = a.getVariable();
                        if (v instanceof J.Identifier id && id.getSimpleName().equals(name)
                                || v instanceof J.FieldAccess fa && fa.getSimpleName().equals(name)) {
                            assigned.add(a.getAssignment());
                        }
                        return super.visitAssignment(a, p);
                    }

                    @Override
                    public J.VariableDeclarations.NamedVariable visitVariable(J.VariableDeclarations.NamedVariable v, Integer p) {
                        if (v.getSimpleName().equals(name) && v.getInitializer() != null) {
                            assigned.add(v.getInitializer());
                        }
                        return super.visitVariable(v, p);
                    }
                }.visit(cd, 0);
                return assigned.size() == 1 ? webTargetBase(assigned.get(0), depth + 1) : null;
            }

            private @Nullable Expression topLevelInitializer(J.MethodDeclaration md, String name) {
                Expression init = null;
                for (Statement st : md.getBody() == null ? List.<Statement>of() : md.getBody().getStatements()) {
                    if (st instanceof J.VariableDeclarations vd && vd.getVariables().size() == 1
                            && vd.getVariables().get(0).getSimpleName().equals(name)) {
                        init = vd.getVariables().get(0).getInitializer();
                    }
                }
                return init;
            }

            /**
             * {@code parts.add("areaCode=" + ac); parts.add("quantity=10"); return "?" + String.join("&", parts);}: the
             * returned text with the local list's items, in the order they are added, joined by the separator.
             */
            private @Nullable AssembledText joinedText(J.MethodDeclaration md) {
                J.Return r = finalReturn(md);
                if (r == null || !assembler.isStringBuilding(r.getExpression())) {
                    return null;
                }
                J.MethodInvocation[] join = {null};
                new JavaIsoVisitor<Integer>() {
                    @Override
                    public J.MethodInvocation visitMethodInvocation(J.MethodInvocation m, Integer p) {
                        List<Expression> args = JavaArgs.real(m.getArguments());
                        if (m.getSimpleName().equals("join") && args.size() == 2 && args.get(1) instanceof J.Identifier) {
                            join[0] = m;
                        }
                        return super.visitMethodInvocation(m, p);
                    }
                }.visit(r.getExpression(), 0);
                if (join[0] == null) {
                    return null;
                }
                String list = ((J.Identifier) JavaArgs.real(join[0].getArguments()).get(1)).getSimpleName();
                List<Expression> items = new java.util.ArrayList<>();
                new JavaIsoVisitor<Integer>() {
                    @Override
                    public J.MethodInvocation visitMethodInvocation(J.MethodInvocation m, Integer p) {
                        List<Expression> args = JavaArgs.real(m.getArguments());
                        if (m.getSimpleName().equals("add") && args.size() == 1 && m.getSelect() instanceof J.Identifier target
                                && target.getSimpleName().equals(list)) {
                            items.add(args.get(0));
                        }
                        return super.visitMethodInvocation(m, p);
                    }
                }.visit(md.getBody(), 0);
                if (items.isEmpty()) {
                    return null;
                }
                AssembledText separator = new JavaStringAssembler(path, new HashSet<>())
                        .assemble(JavaArgs.real(join[0].getArguments()).get(0));
                AssembledText joined = AssembledText.empty();
                for (int i = 0; i < items.size(); i++) {
                    joined = joined.plus(i == 0 ? AssembledText.empty() : separator)
                            .plus(new JavaStringAssembler(path, new HashSet<>()).assemble(items.get(i)));
                }
                // the list reads as a hole of its variable in the returned text: the items go in its place
                AssembledText out = AssembledText.empty();
                for (Part p : new JavaStringAssembler(path, new HashSet<>()).assemble(r.getExpression()).parts()) {
                    out = out.plus(p instanceof Part.Hole h && h.param() != null && h.param().index() < 0
                            && h.param().variable().equals(list) ? joined : AssembledText.of(p));
                }
                return out;
            }

            /**
             * {@code StringJoiner path = new StringJoiner("/", "/", ""); path.add("accounts").add(id).add("addresses");
             * http.get(path.toString() + "?size=5000")}: a local joiner read in a text stands for what it joins, its
             * prefix, every {@code add} on it in the order written (one in a loop once) between its delimiters, and
             * its suffix.
             */
            private AssembledText withLocalJoiners(AssembledText text, Cursor cursor) {
                if (text.parts().stream().noneMatch(p -> p instanceof Part.Hole h && h.param() != null && h.param().index() < 0)) {
                    return text;
                }
                J.MethodDeclaration md = cursor.firstEnclosing(J.MethodDeclaration.class);
                if (md == null || md.getBody() == null) {
                    return text;
                }
                AssembledText out = AssembledText.empty();
                boolean changed = false;
                for (Part p : text.parts()) {
                    AssembledText joined = p instanceof Part.Hole h && h.param() != null && h.param().index() < 0
                            ? joinerText(md, h.param().variable()) : null;
                    if (joined == null && out.parts().isEmpty() && p instanceof Part.Hole h && h.param() != null
                            && h.param().index() < 0) {
                        joined = builderLocalText(md, h.param().variable());
                    }
                    out = out.plus(joined != null ? joined : AssembledText.of(p));
                    changed |= joined != null;
                }
                return changed ? out : text;
            }

            /**
             * What a local URL builder of {@code md} starts from, when a step on it begins a text
             * ({@code GenericUrl url = new GenericUrl(CRM + "/customers"); url.set("areaCode", ac);}): its initializer,
             * when the method declares it once at its top level, of a URL builder's type, and never assigns it again.
             * The steps the method took on it before are not read; null otherwise.
             */
            private @Nullable AssembledText builderLocalText(J.MethodDeclaration md, String name) {
                Expression init = topLevelInitializer(md, name);
                if (init == null || !JavaStringAssembler.isUrlBuilderType(init.getType()) || !assembler.isStringBuilding(init)) {
                    return null;
                }
                boolean[] assigned = {false};
                new JavaIsoVisitor<Integer>() {
                    @Override
                    public J.Assignment visitAssignment(J.Assignment a, Integer p) {
                        assigned[0] |= a.getVariable() instanceof J.Identifier v && v.getSimpleName().equals(name);
                        return super.visitAssignment(a, p);
                    }
                }.visit(md.getBody(), 0);
                return assigned[0] ? null : new JavaStringAssembler(path, new HashSet<>()).assemble(init);
            }

            /** What local joiner {@code name} of {@code md} joins ({@link #withLocalJoiners}); null when it is no joiner. */
            private @Nullable AssembledText joinerText(J.MethodDeclaration md, String name) {
                Expression init = topLevelInitializer(md, name);
                List<J.MethodInvocation> adds = new java.util.ArrayList<>();
                while (init instanceof J.MethodInvocation chain && chain.getSimpleName().equals("add")) {
                    adds.add(0, chain);
                    init = chain.getSelect();
                }
                if (!(init instanceof J.NewClass start) || start.getClazz() == null
                        || !JOINERS.contains(start.getClazz().toString())) {
                    return null;
                }
                List<Expression> a = JavaArgs.real(start.getArguments());
                if (a.size() != 1 && a.size() != 3) {
                    return null;
                }
                adds.addAll(callsOn(md.getBody(), "add", r -> r instanceof J.Identifier id && id.getSimpleName().equals(name)));
                if (adds.isEmpty()) {
                    return null;
                }
                JavaStringAssembler reader = new JavaStringAssembler(path, new HashSet<>());
                AssembledText delimiter = reader.assemble(a.get(0));
                AssembledText out = a.size() == 3 ? reader.assemble(a.get(1)) : AssembledText.empty();
                for (int i = 0; i < adds.size(); i++) {
                    List<Expression> item = JavaArgs.real(adds.get(i).getArguments());
                    out = out.plus(i == 0 ? AssembledText.empty() : delimiter)
                            .plus(item.size() == 1 ? reader.assemble(item.get(0)) : AssembledText.hole("add"));
                }
                return a.size() == 3 ? out.plus(reader.assemble(a.get(2))) : out;
            }

            /**
             * {@code String path = "/accounts/" + id + "/addresses"; return path;}: the text of the local a method
             * returns, when the method gives it no other value.
             */
            private @Nullable Expression returnedLocal(J.MethodDeclaration md) {
                J.Return r = finalReturn(md);
                // return url; or tidied: return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
                String returned = r == null ? null : tidiedRead(r.getExpression(), false);
                if (returned == null) {
                    return null;
                }
                Expression init = topLevelInitializer(md, returned);
                if (init == null || !assembler.isStringBuilding(init)) {
                    return null;
                }
                boolean[] assigned = {false};
                new JavaIsoVisitor<Integer>() {
                    @Override
                    public J.Assignment visitAssignment(J.Assignment a, Integer p) {
                        assigned[0] |= a.getVariable() instanceof J.Identifier id && id.getSimpleName().equals(returned);
                        return super.visitAssignment(a, p);
                    }

                    @Override
                    public J.AssignmentOperation visitAssignmentOperation(J.AssignmentOperation a, Integer p) {
                        assigned[0] |= a.getVariable() instanceof J.Identifier id && id.getSimpleName().equals(returned);
                        return super.visitAssignmentOperation(a, p);
                    }
                }.visit(md.getBody(), 0);
                return assigned[0] ? null : init;
            }

            /**
             * A method that builds its text step by step in a local {@code StringBuilder} and returns it
             * ({@code sb = new StringBuilder("?page=").append(page); for (..) sb.append("&areacode=").append(ac);
             * return sb.toString();}): what it starts with and every {@code append} on it, in the order written (an
             * append inside a loop once).
             */
            private @Nullable AssembledText builtText(J.MethodDeclaration md) {
                List<Expression> pieces = builtPieces(md);
                if (pieces == null) {
                    return null;
                }
                AssembledText text = AssembledText.empty();
                for (Expression piece : pieces) {
                    text = text.plus(new JavaStringAssembler(path, new HashSet<>()).assemble(piece));
                }
                return text;
            }

            /**
             * The text a method builds in a local {@code StringBuilder} ({@link #builtPieces}) as one root: an XML
             * order appended element by element ({@code xml.append("<BillingTelephoneNumber>").append(BTN)}) is read
             * as the payload it makes, not as pieces. Its pieces are no roots of their own.
             */
            private void builtRoot(J.MethodDeclaration md) {
                List<Expression> pieces = builtPieces(md);
                if (pieces == null || pieces.size() < 2) {
                    return;
                }
                AssembledText text = AssembledText.empty();
                for (Expression piece : pieces) {
                    text = text.plus(assembler.assemble(piece));
                }
                if (!text.isOpaque()) {
                    ff.roots.add(new Root(path, text, RootKind.CODE, null));
                }
            }

            /** What {@link #builtText} reads: the builder's start and every append, in the order written; or null. */
            private @Nullable List<Expression> builtPieces(J.MethodDeclaration md) {
                J.Return r = finalReturn(md);
                if (r == null || !(r.getExpression() instanceof J.MethodInvocation ts) || !ts.getSimpleName().equals("toString")
                        || !JavaArgs.real(ts.getArguments()).isEmpty()) {
                    return null;
                }
                Expression last = ts.getSelect();
                while (last instanceof J.MethodInvocation closing && closing.getSimpleName().equals("append")) {
                    last = closing.getSelect(); // return xml.append("</Order>").toString(): the closing appends count too
                }
                if (!(last instanceof J.Identifier sb)) {
                    return null;
                }
                Expression init = topLevelInitializer(md, sb.getSimpleName());
                while (init instanceof J.MethodInvocation chain && chain.getSimpleName().equals("append")) {
                    init = chain.getSelect(); // new StringBuilder("?page=").append(page)...: read with the appends
                }
                if (!(init instanceof J.NewClass start) || start.getClazz() == null
                        || !BUILDERS.contains(start.getClazz().toString())) {
                    return null;
                }
                List<Expression> pieces = new java.util.ArrayList<>();
                for (Expression a : JavaArgs.real(start.getArguments())) {
                    if (!(a.getType() instanceof JavaType.Primitive pr) || pr == JavaType.Primitive.String) {
                        pieces.add(a); // not new StringBuilder(64), a capacity
                    }
                }
                for (J.MethodInvocation a : callsOn(md.getBody(), "append", on -> on instanceof J.NewClass nc && nc == start
                        || on instanceof J.Identifier id && id.getSimpleName().equals(sb.getSimpleName()))) {
                    pieces.addAll(JavaArgs.real(a.getArguments()));
                }
                return pieces;
            }

            /**
             * A method of a subclass without parameters that returns a text ({@code protected String resourcePath() {
             * return "addresses"; }}), or one of two ({@code return removal ? "removeImportedTnOrders" :
             * "importTnOrders";}): what a superclass's call of that method may read, recorded with the supertypes
             * of the class (a template method builds its URL from it).
             */
            private void override(J.MethodDeclaration md) {
                J.ClassDeclaration cd = getCursor().firstEnclosing(J.ClassDeclaration.class);
                Expression e = onlyReturn(md);
                if (cd == null || cd.getType() == null || e == null) {
                    return;
                }
                List<String> supertypes = new java.util.ArrayList<>();
                for (JavaType.FullyQualified t = cd.getType().getSupertype(); t != null && supertypes.size() < 8; t = t.getSupertype()) {
                    if (t.getFullyQualifiedName().equals("java.lang.Object")) {
                        break;
                    }
                    supertypes.add(t.getFullyQualifiedName());
                }
                cd.getType().getInterfaces().forEach(i -> supertypes.add(i.getFullyQualifiedName()));
                if (supertypes.isEmpty()) {
                    return;
                }
                List<Expression> values = e instanceof J.Ternary t ? List.of(t.getTruePart(), t.getFalsePart()) : List.of(e);
                for (Expression v : values) {
                    if (assembler.isStringBuilding(v)) {
                        ff.overrides.add(new ProjectFacts.Override(List.copyOf(supertypes), md.getSimpleName() + "()",
                                new JavaStringAssembler(path, new HashSet<>()).assemble(v), path));
                    }
                }
            }

            /** A method without parameters whose body is {@code return <a text this analysis reads>;}. */
            private @Nullable Expression returnedText(J.MethodDeclaration md) {
                Expression e = onlyReturn(md);
                return e != null && (assembler.isStringBuilding(e) || isConstantRead(e)) ? e : null;
            }

            /** What a method without parameters whose body is one {@code return} returns, or null. */
            private @Nullable Expression onlyReturn(J.MethodDeclaration md) {
                if (md.getBody() == null || md.getBody().getStatements().size() != 1
                        || md.getParameters().stream().anyMatch(p -> !(p instanceof J.Empty))
                        || !(md.getBody().getStatements().get(0) instanceof J.Return r)) {
                    return null;
                }
                return r.getExpression();
            }

            /** The number parsers whose result a field of a model may be given. */
            private static final Set<String> PARSES = Set.of("parseInt", "parseLong", "parseShort", "valueOf");

            /**
             * True when {@code e} is a number parsed from text ({@code Long.parseLong(tn)}), or a local of the enclosing
             * method given one ({@code int areaCode = Integer.parseInt(tn.substring(0, 3)); row.setAreaCode(areaCode)}).
             */
            private boolean isParsedNumber(Expression e) {
                if (e instanceof J.MethodInvocation m && PARSES.contains(m.getSimpleName()) && m.getSelect() instanceof J.Identifier t
                        && (t.getSimpleName().equals("Integer") || t.getSimpleName().equals("Long") || t.getSimpleName().equals("Short"))
                        && JavaArgs.real(m.getArguments()).size() == 1 && !(JavaArgs.real(m.getArguments()).get(0) instanceof J.Literal)) {
                    return true;
                }
                J.MethodDeclaration md = getCursor().firstEnclosing(J.MethodDeclaration.class);
                if (!(e instanceof J.Identifier id) || md == null || md.getBody() == null
                        || id.getFieldType() != null && id.getFieldType().getOwner() instanceof JavaType.FullyQualified) {
                    return false;
                }
                for (Statement st : md.getBody().getStatements()) {
                    if (st instanceof J.VariableDeclarations vd) {
                        for (J.VariableDeclarations.NamedVariable v : vd.getVariables()) {
                            if (v.getSimpleName().equals(id.getSimpleName()) && v.getInitializer() != null
                                    && !(v.getInitializer() instanceof J.Identifier) && isParsedNumber(v.getInitializer())) {
                                return true;
                            }
                        }
                    }
                }
                return false;
            }

            /**
             * The calls of {@code method} chained on a receiver {@code receiver} accepts, in {@code body}, in the order
             * written ({@code sb.append(a).append(b); sb.append(c)}: a, b, c); a call inside a loop once.
             */
            private List<J.MethodInvocation> callsOn(J.Block body, String method, java.util.function.Predicate<Expression> receiver) {
                List<J.MethodInvocation> out = new java.util.ArrayList<>();
                Set<UUID> seen = new HashSet<>();
                new JavaIsoVisitor<Integer>() {
                    @Override
                    public J.MethodInvocation visitMethodInvocation(J.MethodInvocation m, Integer p) {
                        if (seen.contains(m.getId()) || !m.getSimpleName().equals(method)) {
                            return super.visitMethodInvocation(m, p);
                        }
                        List<J.MethodInvocation> chain = new java.util.ArrayList<>();
                        Expression cur = m;
                        while (cur instanceof J.MethodInvocation c && c.getSimpleName().equals(method)) {
                            chain.add(0, c);
                            cur = c.getSelect();
                        }
                        if (!receiver.test(cur)) {
                            return super.visitMethodInvocation(m, p);
                        }
                        chain.forEach(c -> seen.add(c.getId()));
                        out.addAll(chain);
                        return m;
                    }
                }.visit(body, 0);
                return out;
            }

            /**
             * {@code client.buildAccountModelUri(new String[]{"orders"}, Map.of("tn", "6165550191"))} of the SDK: a
             * number-carrying query value of the map is read as the query text {@code ?tn=6165550191}.
             */
            private void sdkQueryNumber(J.MethodInvocation m) {
                List<Expression> args = JavaArgs.real(m.getArguments());
                if (!(m.getSimpleName().equals("buildAccountModelUri") || m.getSimpleName().equals("buildModelUri")) || args.size() != 2
                        || !(args.get(1) instanceof J.MethodInvocation map) || !map.getSimpleName().equals("of")) {
                    return;
                }
                for (QueryAssembly.MapEntry e : QueryAssembly.mapOfEntries(map)) {
                    if (IrisPayload.NUMBER_QUERY_PARAMETERS.contains(e.name())) {
                        AssembledText query = AssembledText.text("?" + e.name() + "=").plus(assembler.assemble(e.value()));
                        ff.roots.add(new Root(path, query, RootKind.CODE, null));
                    }
                }
            }

            /**
             * A query parameter that carries a number given as a name-value pair ({@code new NameValuePair("tn", tn)} of
             * Commons HttpClient 3, {@code new BasicNameValuePair("tn", ..)} of Apache HttpClient 4/5): read as the
             * query text {@code ?tn=<value>}, a text of its own, so the number (or what callers pass for it) is sent
             * where the pair's class talks to the Dashboard.
             */
            private void numberQueryPair(J.NewClass nc) {
                List<Expression> args = JavaArgs.real(nc.getArguments());
                if (args.size() == 2 && nc.getClazz() != null && nc.getClazz().toString().endsWith("NameValuePair")
                        && args.get(0) instanceof J.Literal name && name.getValue() instanceof String n && IrisPayload.NUMBER_QUERY_PARAMETERS.contains(n)) {
                    ff.roots.add(new Root(path, AssembledText.of(new Part.Known("?" + n + "=", null, null, false))
                            .plus(assembler.assemble(args.get(1))), RootKind.CODE, null));
                }
            }

            /** Field {@code key} is given the parsed number {@code parsed}; a telephone number's, when it parses one. */
            private void feed(String key, Expression parsed) {
                ff.numericFeeds.add(key);
                if (parsed instanceof J.MethodInvocation m && m.getSelect() instanceof J.Identifier t && t.getSimpleName().equals("Long")
                        && JavaArgs.real(m.getArguments()).size() == 1) {
                    Expression arg = JavaArgs.real(m.getArguments()).get(0);
                    String name = arg instanceof J.Identifier id ? id.getSimpleName()
                            : arg instanceof J.MethodInvocation g && JavaArgs.real(g.getArguments()).isEmpty() ? g.getSimpleName()
                            : arg instanceof J.FieldAccess fa ? fa.getSimpleName() : null;
                    if (name != null && TELEPHONE_NUMBER_NAME.matcher(name).matches()) {
                        ff.telephoneNumberFeeds.add(key);
                    }
                }
            }

            /**
             * A parsed number given to a field of a class of the project: {@code row.setTelephoneNumber(Long.parseLong(tn))}
             * ({@code Owner#telephoneNumber}), {@code new AvailableNumberView(tn, Integer.parseInt(npa), ..)} (the
             * record's component by its parameter's name). Which fields these are, and whether the file gives them what
             * the Dashboard answered, the number rules decide.
             */
            private void numericFeed(J.MethodInvocation m) {
                JavaType.Method mt = m.getMethodType();
                List<Expression> args = JavaArgs.real(m.getArguments());
                if (mt != null && args.size() == 1 && m.getSimpleName().length() > 3 && m.getSimpleName().startsWith("set")
                        && Character.isUpperCase(m.getSimpleName().charAt(3)) && isParsedNumber(args.get(0))) {
                    String field = Character.toLowerCase(m.getSimpleName().charAt(3)) + m.getSimpleName().substring(4);
                    feed(mt.getDeclaringType().getFullyQualifiedName().replace('$', '.') + "#" + field, args.get(0));
                }
            }

            @Override
            public J.NewClass visitNewClass(J.NewClass newClass, ExecutionContext ctx) {
                numberQueryPair(newClass);
                JavaType.Method ctor = newClass.getMethodType();
                if (ctor != null && ctor.getParameterNames().size() == JavaArgs.real(newClass.getArguments()).size()) {
                    List<Expression> args = JavaArgs.real(newClass.getArguments());
                    for (int i = 0; i < args.size(); i++) {
                        if (isParsedNumber(args.get(i))) {
                            feed(ctor.getDeclaringType().getFullyQualifiedName().replace('$', '.') + "#"
                                    + ctor.getParameterNames().get(i), args.get(i));
                        }
                    }
                }
                // what a class of the project is built with: a text (new OkInventoryClient(config.apiBase(), user,
                // password)), or an HTTP client another class of it made (new OrderClient(factory.accountTarget(..)))
                if (newClass.getClazz() != null && newClass.getBody() == null) {
                    String written = newClass.getClazz().toString();
                    Set<String> types = qualifiedNames(newClass.getType(), written, simpleTypeName(written));
                    for (Expression arg : JavaArgs.real(newClass.getArguments())) {
                        if (assembler.isStringBuilding(arg) || isConstantRead(arg)
                                || arg instanceof J.MethodInvocation getter && JavaArgs.real(getter.getArguments()).isEmpty()) {
                            AssembledText text = new JavaStringAssembler(path, new HashSet<>()).assemble(arg);
                            for (String type : types) {
                                ff.constructorArguments.add(new ProjectFacts.Construction(type, text));
                            }
                        }
                        if (boundClientMade(arg) instanceof J.MethodInvocation call && call.getMethodType() != null) {
                            String producer = call.getMethodType().getDeclaringType().getFullyQualifiedName().replace('$', '.');
                            AssembledText target = new JavaStringAssembler(path, new HashSet<>()).assemble(call);
                            for (String type : types) {
                                ff.clientHandOffs.add(new ProjectFacts.ClientHandOff(type, producer, target));
                            }
                        }
                    }
                }
                if (isIgnoredConstructor(newClass) || isIrisClient(newClass)) {
                    markConsumed(newClass);
                }
                root(newClass, getCursor());
                return super.visitNewClass(newClass, ctx);
            }

            /**
             * The call that made {@code arg}, an HTTP client bound to a base URL: {@code factory.accountTarget(..)}, or
             * the one a local variable was initialised with ({@code WebTarget account = Targets.account(..)}).
             */
            private @Nullable Expression boundClientMade(Expression arg) {
                if (!isBoundClient(arg)) {
                    return null;
                }
                Expression made = arg;
                if (arg instanceof J.Identifier id && id.getFieldType() != null && id.getFieldType().getOwner() instanceof JavaType.Method) {
                    List<Expression> initializers = JavaArgs.localInitializers(getCursor().firstEnclosing(J.MethodDeclaration.class),
                            id.getSimpleName());
                    made = initializers.isEmpty() ? null : initializers.get(initializers.size() - 1);
                }
                if (made instanceof J.MethodInvocation call && call.getMethodType() != null
                        && !call.getMethodType().getDeclaringType().getFullyQualifiedName().startsWith("java.")
                        && !BOUND_CLIENT_TYPES.contains(call.getMethodType().getDeclaringType().getClassName())) {
                    return call;
                }
                return null;
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
                if (cu == null) {
                    assembler.kotlinLocals(KotlinText.localsAround(cursor));
                }
                AssembledText text = assembler.assembleRoot(e);
                if (text == null || text.isOpaque()) {
                    return;
                }
                RootKind kind = e instanceof J.Literal && cursor.getParentTreeCursor().getValue() instanceof J.MethodInvocation call
                        && call.getArguments().contains(e) ? RootKind.ARGUMENT : RootKind.CODE;
                if (kind == RootKind.ARGUMENT && cu != null && e instanceof J.Literal word && word.getValue() instanceof String w
                        && !w.isBlank() && w.indexOf(' ') < 0
                        && isMessageOnly(cu, (J.MethodInvocation) cursor.getParentTreeCursor().getValue(), e)) {
                    return; // bodyOrThrow(response, "externalTns"): a label the method only logs or puts in an exception
                }
                if (kind == RootKind.ARGUMENT && e instanceof J.Literal word && word.getValue() instanceof String w
                        && w.indexOf('/') < 0 && isMapKey((J.MethodInvocation) cursor.getParentTreeCursor().getValue(), e)) {
                    return; // paths.containsKey("externalTns"): the name of an entry, not a path
                }
                if (kind == RootKind.ARGUMENT) {
                    text = afterBaseArgument(text, (J.MethodInvocation) cursor.getParentTreeCursor().getValue(), e);
                }
                if (isServerRoute(e, cursor)) {
                    ff.serverTexts.add(text); // router.get("/api/accounts/:id/addresses"): the customer's own endpoint
                    return;
                }
                J.Annotation ann = cursor.firstEnclosing(J.Annotation.class);
                if (ann != null && e instanceof J.Literal lit && isMicronautServiceId(ann, lit, cursor)) {
                    // @Client("dashboard"): the service's URL from micronaut.http.services.dashboard.url
                    text = micronautService((String) lit.getValue(), new Origin(path, lit.getId()));
                }
                if (ann != null) {
                    MappingKind mk = mappingKind(ann, cursor);
                    if (mk == MappingKind.SERVER) {
                        ff.serverTexts.add(text); // the customer's own endpoint: its constants must not change
                        return;
                    }
                    kind = mk == MappingKind.CLIENT ? RootKind.CLIENT_MAPPING : RootKind.CODE;
                    text = underClassMapping(text, ann, e, cursor);
                }
                if (kind == RootKind.CLIENT_MAPPING) {
                    J.MethodDeclaration md = cursor.firstEnclosing(J.MethodDeclaration.class);
                    text = withNumberParameters(text, md);
                    String methodKey = md == null ? null : JavaArgs.methodKey(md);
                    if (methodKey != null) {
                        ff.clientMethodMappings.computeIfAbsent(methodKey, k -> new java.util.ArrayList<>()).add(text);
                    }
                }
                text = withLocalJoiners(text, cursor);
                Cursor header = httpQueryHeader(cursor);
                if (header != null) {
                    // Camel's query header holds the query string without its '?': read after the endpoint the route
                    // sends it to next (.toD(url)), so that it goes where that endpoint goes
                    Expression endpoint = nextEndpoint(header);
                    AssembledText before = endpoint == null ? AssembledText.empty()
                            : new JavaStringAssembler(path, new HashSet<>()).assemble(endpoint);
                    text = before.plus(AssembledText.of(new Part.Known("?", null, null, false))).plus(text);
                }
                ff.roots.add(new Root(path, text, kind, null));
                if (!(e instanceof J.Literal) && text.parts().stream().anyMatch(JavaFactsCollector::isPlaceholderWithDefault)) {
                    // "{{dashboard.base-url:https://dashboard.bandwidth.com/api}}/accounts/" + ..: the text with each
                    // default written in place of its key, so a v1 default is seen even when the key is set
                    AssembledText asWritten = AssembledText.empty();
                    for (Part p : text.parts()) {
                        asWritten = asWritten.plus(isPlaceholderWithDefault(p) ? ((Part.PropertyRef) p).fallback() : AssembledText.of(p));
                    }
                    ff.roots.add(new Root(path, asWritten, kind, null));
                }
                if (e instanceof J.Literal lit && lit.getValue() instanceof String s && JavaStringAssembler.hasPlaceholder(s)) {
                    // the literal as written, so a v1 default in ${key:default} is seen even when the key is set
                    Origin o = new Origin(path, lit.getId());
                    ff.roots.add(new Root(path, AssembledText.of(new Part.Known(s, o, o, false)), kind, null));
                }
            }

            /**
             * A relative path handed to a method beside a URL it goes after
             * ({@code urls.join("https://numbers.acme.net/api/", "accounts/C-1001/addresses")},
             * {@code get(DASHBOARD_BASE, "accounts/{id}/addresses")}): that URL, a '/' where neither has one, then the
             * path, so that the path goes to that URL's host. An assertion's two texts are compared, not joined.
             */
            private AssembledText afterBaseArgument(AssembledText text, J.MethodInvocation call, Expression relative) {
                if (!(relative instanceof J.Literal l && l.getValue() instanceof String p
                        && RELATIVE_PATH.matcher(p).matches())
                        || call.getSimpleName().startsWith("assert") || call.getSimpleName().startsWith("isEqual")) {
                    return text;
                }
                for (Expression arg : call.getArguments()) {
                    if (arg == relative) {
                        break;
                    }
                    if (arg instanceof J.Literal || arg instanceof J.Identifier || arg instanceof J.FieldAccess) {
                        AssembledText base = new JavaStringAssembler(path, new HashSet<>()).assemble(arg);
                        String sketch = base == null ? "" : base.sketch();
                        if (ABSOLUTE_BASE.matcher(sketch).matches()) {
                            return underPath(base, text);
                        }
                    }
                }
                return text;
            }

            /**
             * A method's mapping under its type's ({@code @Path("importTnOrders")} of an interface with
             * {@code @Path("/accounts/{accountId}")}, {@code @GetExchange("addresses")} under {@code @HttpExchange(..)}):
             * the type's path, a '/' where neither has one, then the method's, as JAX-RS and Spring join them. A
             * method's absolute URL, and the mapping's other attributes ({@code produces}), stay as they are.
             */
            private AssembledText underClassMapping(AssembledText text, J.Annotation ann, Expression e, Cursor cursor) {
                J.MethodDeclaration md = cursor.firstEnclosing(J.MethodDeclaration.class);
                J.ClassDeclaration cd = cursor.firstEnclosing(J.ClassDeclaration.class);
                if (md == null || cd == null || !md.getLeadingAnnotations().contains(ann) || mappingValue(ann) != e
                        || text.sketch().contains("://") || text.sketch().startsWith(String.valueOf(AssembledText.HOLE))) {
                    return text;
                }
                for (J.Annotation ca : cd.getLeadingAnnotations()) {
                    Expression value = TYPE_MAPPINGS.contains(ca.getSimpleName()) ? mappingValue(ca) : null;
                    AssembledText prefix = value == null ? null
                            : new JavaStringAssembler(path, new HashSet<>()).assemble(value);
                    if (prefix != null && !prefix.isOpaque() && !prefix.sketch().isEmpty()) {
                        return underPath(prefix, text);
                    }
                }
                return text;
            }

            /**
             * A client interface method's mapping ({@code @GetExchange("/tns/{tn}/tndetails")}, Feign's
             * {@code @RequestLine("GET /tns/{tn}")}): a {@code {name}} where a number goes ({@code /tns/{..}},
             * {@code tn={..}}) becomes the method's parameter bound to that name ({@code @PathVariable("tn")},
             * {@code @Param}, {@code @Path}, {@code @PathParam}, or its own name), so that what callers pass there is
             * read as sent; a parameter that is the request's {@code tn} query value ({@code @RequestParam("tn")},
             * {@code @Query}, {@code @QueryParam}) is added as {@code ?tn=} and that parameter.
             */
            private AssembledText withNumberParameters(AssembledText text, J.@Nullable MethodDeclaration md) {
                if (md == null || md.getMethodType() == null || md.getBody() != null) {
                    return text;
                }
                Map<String, Integer> bound = new HashMap<>();
                int index = 0;
                int tnQuery = -1;
                for (Statement st : md.getParameters()) {
                    if (!(st instanceof J.VariableDeclarations pv) || pv.getVariables().isEmpty()) {
                        continue;
                    }
                    String name = pv.getVariables().get(0).getSimpleName();
                    for (J.Annotation a : pv.getLeadingAnnotations()) {
                        String given = Annotations.string(a, Set.of("value", "name"));
                        if (PATH_PARAMETERS.contains(a.getSimpleName())) {
                            name = given != null ? given : name;
                        } else if (QueryAssembly.QUERY_PARAM_ANNOTATIONS.contains(a.getSimpleName())
                                && "tn".equals(given != null ? given : name)) {
                            tnQuery = index; // @RequestParam("tn") String number: a tn= query value
                        }
                    }
                    bound.putIfAbsent(name, index++);
                }
                String owner = md.getMethodType().getDeclaringType().getFullyQualifiedName();
                int arity = index;
                AssembledText out = AssembledText.empty();
                for (Part p : text.parts()) {
                    out = out.plus(!(p instanceof Part.Known k) ? AssembledText.of(p)
                            : AssembledText.replaced(k, NUMBER_VARIABLE.matcher(k.text()), m -> {
                                Integer at = bound.get(m.group(1));
                                return at == null ? null : AssembledText.of(new Part.Hole(m.group(1),
                                        new Part.Param(owner, md.getSimpleName(), arity, at, m.group(1))));
                            }));
                }
                if (tnQuery >= 0) {
                    out = out.plus(AssembledText.of(new Part.Known(text.sketch().indexOf('?') < 0 ? "?tn=" : "&tn=", null, null, false)))
                            .plus(AssembledText.of(new Part.Hole("tn", new Part.Param(owner, md.getSimpleName(), arity, tnQuery, "tn"))));
                }
                return out;
            }

            private void markConsumed(J tree) {
                new JavaIsoVisitor<Integer>() {
                    @Override
                    public @Nullable J visit(org.openrewrite.@Nullable Tree t, Integer p) {
                        if (t != null && t != tree && t instanceof J.MethodInvocation call && isRequestInside(call)) {
                            return (J) t; // println(http.get(BASE + "/tns/" + tn).body()): the request is made
                        }
                        if (t != null) {
                            consumed.add(t.getId());
                        }
                        return super.visit(t, p);
                    }
                }.visit(tree, 0);
            }

            /**
             * A call inside a log call or a message that does something with arguments and answers no text
             * ({@code http.get(url)} answering a response): it runs, so what it is handed is not only mentioned.
             */
            private boolean isRequestInside(J.MethodInvocation call) {
                JavaType.Method mt = call.getMethodType();
                if (mt == null || call.getSelect() == null || JavaArgs.real(call.getArguments()).isEmpty() || LogCalls.isLog(call)) {
                    return false;
                }
                JavaType ret = mt.getReturnType();
                // http.get(URI.create(url)) answering the body as a String: handed a URI, it requests
                boolean handedUri = !mt.hasFlags(org.openrewrite.java.tree.Flag.Static) && JavaArgs.real(call.getArguments()).stream().anyMatch(a -> TypeUtils.isOfClassType(a.getType(), "java.net.URI")
                        || TypeUtils.isOfClassType(a.getType(), "java.net.URL"));
                return !(ret instanceof JavaType.Primitive) && !(ret instanceof JavaType.Unknown)
                        && (handedUri || !TypeUtils.isString(ret) && !assembler.isStringBuilding(call)) && TEXT_LIBRARIES.stream().noneMatch(
                        mt.getDeclaringType().getFullyQualifiedName()::startsWith);
            }
        }.visit(source, new InMemoryExecutionContext());
    }

    /**
     * A read of another field or constant ({@code DEFAULT_BASE_URL}, {@code IrisPaths.BASE}): a String, or of a type
     * not known; not a call, not a number.
     */
    private static boolean isConstantRead(Expression e) {
        if (!(e instanceof J.Identifier || e instanceof J.FieldAccess)) {
            return false;
        }
        JavaType t = e.getType();
        return t == null || t instanceof JavaType.Unknown || TypeUtils.isString(t);
    }

    /** Types through which code sends HTTP requests itself: a class holding one is an HTTP client of its own. */
    private static final Set<String> HTTP_TYPES = Set.of("HttpClient", "HttpURLConnection", "HttpsURLConnection",
            "URLConnection", "OkHttpClient", "CloseableHttpClient", "CloseableHttpAsyncClient", "RestTemplate",
            "RestClient", "WebClient", "WebTarget", "AsyncHttpClient", "IrisClient");

    /** An expression whose type is an HTTP client that carries its base URL ({@code WebTarget}, {@code WebClient} ...). */
    private static boolean isBoundClient(Expression e) {
        JavaType.FullyQualified type = TypeUtils.asFullyQualified(e.getType());
        return type != null && BOUND_CLIENT_TYPES.contains(type.getClassName());
    }

    /** Calls that tidy a base URL (a trailing slash or blanks off), leaving its host and path as they were. */
    private static final Set<String> TIDYING = Set.of("trim", "strip", "stripTrailing", "substring", "replaceAll", "replaceFirst");

    /** HTTP clients that carry their base URL with them: a class handed one sends where it was built to. */
    private static final Set<String> BOUND_CLIENT_TYPES = Set.of("WebTarget", "WebClient", "RestClient", "RestTemplate", "Retrofit");

    /** Spring's HTTP clients that carry a base URL. */
    static final Set<String> CLIENT_TYPES = Set.of("WebClient", "RestClient", "RestTemplate", "Retrofit");

    /**
     * The client type a type as written names ({@code RestClient}), or its builder's ({@code RestClient.Builder},
     * {@code WebClient.Builder}, {@code RestTemplateBuilder}); null for any other type.
     */
    private static @Nullable String clientType(String written) {
        String raw = rawTypeName(written);
        String simple = raw.substring(raw.lastIndexOf('.') + 1).trim();
        if (CLIENT_TYPES.contains(simple)) {
            return simple;
        }
        if (simple.equals("RestTemplateBuilder")) {
            return simple;
        }
        if (simple.equals("Builder") && raw.lastIndexOf('.') > 0) {
            String outer = raw.substring(0, raw.lastIndexOf('.'));
            outer = outer.substring(outer.lastIndexOf('.') + 1).trim();
            return CLIENT_TYPES.contains(outer) ? outer + ".Builder" : null;
        }
        return null;
    }
    private static final Set<String> BASE_URL_CALLS = Set.of("baseUrl", "rootUri");

    /**
     * The first base URL an HTTP client is built with in {@code tree}: {@code baseUrl(url)}, {@code rootUri(url)},
     * and with {@code factories} also {@code WebClient.create(url)} and {@code new DefaultUriBuilderFactory(url)};
     * null when there is none.
     */
    private static @Nullable Expression baseUrlArgument(J tree, boolean factories) {
        List<Expression> bases = new java.util.ArrayList<>();
        new JavaIsoVisitor<Integer>() {
            @Override
            public J.MethodInvocation visitMethodInvocation(J.MethodInvocation m, Integer p) {
                List<Expression> args = JavaArgs.real(m.getArguments());
                boolean factory = factories && m.getSimpleName().equals("create") && m.getSelect() != null
                        && CLIENT_TYPES.contains(simpleTypeName(m.getSelect().toString()));
                if (args.size() == 1 && (BASE_URL_CALLS.contains(m.getSimpleName()) || factory)) {
                    bases.add(args.get(0));
                }
                return super.visitMethodInvocation(m, p);
            }

            @Override
            public J.NewClass visitNewClass(J.NewClass nc, Integer p) {
                List<Expression> args = JavaArgs.real(nc.getArguments());
                if (factories && nc.getClazz() != null && nc.getClazz().toString().endsWith("UriBuilderFactory") && args.size() == 1) {
                    bases.add(args.get(0));
                }
                return super.visitNewClass(nc, p);
            }
        }.visit(tree, 0);
        return bases.isEmpty() ? null : bases.get(0);
    }

    private static String simpleTypeName(String type) {
        String t = rawTypeName(type);
        return t.substring(t.lastIndexOf('.') + 1).trim();
    }

    /** A type as written without its type arguments: {@code java.util.List<String>} is {@code java.util.List}. */
    private static String rawTypeName(String type) {
        return (type.contains("<") ? type.substring(0, type.indexOf('<')) : type).trim();
    }

    /** A bean method's names: {@code @Bean("a")}, {@code @Bean(name = {"a", "b"})}, else the method's name. */
    private static List<String> beanNames(J.MethodDeclaration md) {
        List<String> names = new java.util.ArrayList<>();
        for (J.Annotation a : md.getLeadingAnnotations()) {
            if (a.getSimpleName().equals("Bean") && a.getArguments() != null) {
                for (Expression arg : a.getArguments()) {
                    Expression v = arg instanceof J.Assignment as
                            && as.getVariable() instanceof J.Identifier id && (id.getSimpleName().equals("name") || id.getSimpleName().equals("value"))
                            ? as.getAssignment() : arg;
                    if (v instanceof J.NewArray arr && arr.getInitializer() != null) {
                        for (Expression e : arr.getInitializer()) {
                            String name = beanName(e);
                            if (name != null) {
                                names.add(name);
                            }
                        }
                    } else if (beanName(v) != null) {
                        names.add(beanName(v));
                    }
                }
            }
        }
        if (names.isEmpty()) {
            names.add(md.getSimpleName());
        }
        return names;
    }

    private static @Nullable String qualifier(List<J.Annotation> annotations) {
        for (J.Annotation a : annotations) {
            if (a.getSimpleName().equals("Qualifier") || a.getSimpleName().equals("Named")) {
                String literal = Annotations.string(a, Set.of("value"));
                if (literal != null || a.getArguments() == null || a.getArguments().size() != 1) {
                    return literal;
                }
                Expression v = a.getArguments().get(0) instanceof J.Assignment as ? as.getAssignment() : a.getArguments().get(0);
                return beanName(v);
            }
        }
        return null;
    }

    /**
     * A bean's name as {@code @Bean} or {@code @Qualifier} give it: a literal, or a constant
     * ({@code @Qualifier(DashboardClientConfig.PRODUCTS)}), kept as {@link ProjectFacts#BEAN_CONSTANT} and its key until
     * the project's facts resolve it.
     */
    private static @Nullable String beanName(Expression v) {
        if (v instanceof J.Literal lit && lit.getValue() instanceof String s) {
            return s;
        }
        JavaType.Variable field = v instanceof J.Identifier id ? id.getFieldType()
                : v instanceof J.FieldAccess fa ? fa.getName().getFieldType() : null;
        if (field != null && field.getOwner() instanceof JavaType.FullyQualified owner) {
            return ProjectFacts.BEAN_CONSTANT + owner.getFullyQualifiedName() + "#" + field.getName();
        }
        return null;
    }

    /** The field a method without parameters returns as it is ({@code return baseUrl;}, {@code return this.baseUrl;}). */
    private static @Nullable String returnedField(J.MethodDeclaration md) {
        if (md.getBody() == null || md.getBody().getStatements().size() != 1 || md.getReturnTypeExpression() == null
                || !(md.getParameters().isEmpty() || md.getParameters().get(0) instanceof J.Empty)
                || !(md.getBody().getStatements().get(0) instanceof J.Return r)) {
            return null;
        }
        return fieldRead(r.getExpression());
    }

    /**
     * The field {@code e} reads, as it is or tidied ({@code baseUrl}, {@code this.baseUrl}, {@code baseUrl.trim()},
     * {@code baseUrl.endsWith("/") ? baseUrl.substring(0, ..) : baseUrl}): the tidying changes no host or path.
     */
    private static @Nullable String fieldRead(@Nullable Expression e) {
        return tidiedRead(e, true);
    }

    /**
     * The name {@code e} reads, as it is or tidied (see {@link #fieldRead}): with {@code fields}, a field's only
     * ({@code this.baseUrl} too); without, any name, a local's or a parameter's included ({@code return url.trim();}).
     */
    private static @Nullable String tidiedRead(@Nullable Expression e, boolean fields) {
        if (e instanceof J.Identifier id) {
            return !fields || id.getFieldType() == null || id.getFieldType().getOwner() instanceof JavaType.FullyQualified
                    ? id.getSimpleName() : null; // not a local or parameter
        }
        if (fields && e instanceof J.FieldAccess fa && fa.getTarget() instanceof J.Identifier t && t.getSimpleName().equals("this")) {
            return fa.getSimpleName();
        }
        if (e instanceof J.MethodInvocation m && TIDYING.contains(m.getSimpleName()) && m.getSelect() != null) {
            return tidiedRead(m.getSelect(), fields);
        }
        if (e instanceof J.Ternary t) {
            String a = tidiedRead(t.getTruePart(), fields);
            return a != null && a.equals(tidiedRead(t.getFalsePart(), fields)) ? a : null;
        }
        return null;
    }

    /** The prefix of {@code @ConfigurationProperties("iris")} or {@code (prefix = "iris")}, if present. */
    private static @Nullable String configurationPrefix(List<J.Annotation> annotations) {
        for (J.Annotation a : annotations) {
            if (a.getSimpleName().equals("ConfigurationProperties")) {
                return Annotations.string(a, Set.of("prefix", "value"));
            }
        }
        return null;
    }

    /**
     * The configuration value an annotation injects: Spring's and Micronaut's {@code @Value("${iris.url:default}")},
     * MicroProfile's {@code @ConfigProperty(name = "iris.url", defaultValue = "..")}, Micronaut's
     * {@code @Property(name = "iris.url")}, and Guice's {@code @Named("dashboard.base-url")} when the name is a
     * dotted configuration key (bound from a properties or JSON/YAML file; a bean name has no dot).
     */
    private @Nullable AssembledText valueAnnotation(List<J.Annotation> annotations) {
        for (J.Annotation a : annotations) {
            String kind = a.getSimpleName();
            if (kind.equals("Value") && a.getArguments() != null && a.getArguments().size() == 1
                    && a.getArguments().get(0) instanceof J.Literal lit && lit.getValue() instanceof String s && s.contains("${")) {
                return JavaStringAssembler.withPlaceholders(s, new Origin(path, lit.getId()));
            }
            String key = kind.equals("ConfigProperty") || kind.equals("Property") ? Annotations.string(a, Set.of("name"))
                    : kind.equals("Named") ? Annotations.string(a, Set.of("value")) : null;
            if (key == null && Annotations.literal(a, "defaultValue") != null) {
                // a project's own binding annotation: @EnvVar(name = "DASHBOARD_BASE_URL", defaultValue = "https://..")
                key = Annotations.string(a, Set.of("name", "key", "env", "property", "value"));
            }
            if (key == null || key.isBlank() || kind.equals("Named") && !CONFIG_KEY.matcher(key).matches()) {
                continue;
            }
            AssembledText fallback = null;
            J.Literal fallbackLiteral = Annotations.literal(a, "defaultValue");
            if (fallbackLiteral != null && fallbackLiteral.getValue() instanceof String) {
                fallback = new JavaStringAssembler(path, new HashSet<>()).assemble(fallbackLiteral);
            }
            return AssembledText.of(new Part.PropertyRef(key, fallback, new Origin(path, a.getId())));
        }
        return null;
    }

    /**
     * The value a default-giving annotation gives ({@code @DefaultValue("..")} of JAX-RS and of Spring's bound records,
     * a project's own {@code @ConfigDefault("https://..")} on a settings field); null when there is none.
     */
    private @Nullable AssembledText defaultAnnotation(List<J.Annotation> annotations) {
        for (J.Annotation a : annotations) {
            if (a.getSimpleName().contains("Default") && a.getArguments() != null && a.getArguments().size() == 1
                    && a.getArguments().get(0) instanceof J.Literal lit && lit.getValue() instanceof String) {
                return new JavaStringAssembler(path, new HashSet<>()).assemble(lit);
            }
        }
        return null;
    }

    /** {@link #valueAnnotation}, else {@link #defaultAnnotation}. */
    private @Nullable AssembledText injectedValue(List<J.Annotation> annotations) {
        AssembledText v = valueAnnotation(annotations);
        return v != null ? v : defaultAnnotation(annotations);
    }

    /**
     * True when {@code arg} of {@code call} goes to a parameter of a method of the same file that only writes it into
     * log lines and exception messages ({@code bodyOrThrow(response, "externalTns")} with
     * {@code log.warn("call {} failed", what)}, {@code throw new IllegalStateException("call " + what + " failed")}):
     * a label, not a path.
     */
    private boolean isMessageOnly(J.CompilationUnit cu, J.MethodInvocation call, Expression arg) {
        JavaType.Method mt = call.getMethodType();
        int index = JavaArgs.real(call.getArguments()).indexOf(arg);
        if (mt == null || index < 0) {
            return false;
        }
        if (declaredMethods == null) {
            Map<JavaType.Method, J.MethodDeclaration> index0 = new HashMap<>();
            new JavaIsoVisitor<Integer>() {
                @Override
                public J.MethodDeclaration visitMethodDeclaration(J.MethodDeclaration md, Integer p) {
                    if (md.getMethodType() != null) {
                        index0.putIfAbsent(md.getMethodType(), md);
                    }
                    return super.visitMethodDeclaration(md, p);
                }
            }.visit(cu, 0);
            declaredMethods = index0;
        }
        J.MethodDeclaration md = declaredMethods.get(mt);
        if (md == null || md.getBody() == null || index >= md.getParameters().size()
                || !(md.getParameters().get(index) instanceof J.VariableDeclarations param) || param.getVariables().size() != 1) {
            return false;
        }
        String name = param.getVariables().get(0).getSimpleName();
        int[] uses = new int[2]; // all uses, uses in messages
        new JavaIsoVisitor<Integer>() {
            @Override
            public J.Identifier visitIdentifier(J.Identifier id, Integer p) {
                if (id.getSimpleName().equals(name) && id.getFieldType() != null && id.getFieldType().getOwner() instanceof JavaType.Method) {
                    uses[0]++;
                    for (Cursor c = getCursor().getParent(); c != null && !(c.getValue() instanceof J.MethodDeclaration); c = c.getParent()) {
                        if (c.getValue() instanceof J.MethodInvocation m && LogCalls.isLog(m)
                                || c.getValue() instanceof J.NewClass nc && nc.getType() instanceof JavaType.FullyQualified t
                                && (t.getClassName().endsWith("Exception") || t.getClassName().endsWith("Error"))) {
                            uses[1]++;
                            break;
                        }
                    }
                }
                return id;
            }
        }.visit(md.getBody(), 0, new Cursor(null, md));
        return uses[0] > 0 && uses[0] == uses[1];
    }

    /** Methods of {@code java.util.Map} (and {@code Properties}) whose first argument is a key. */
    private static final Set<String> MAP_KEY_METHODS = Set.of("containsKey", "get", "getOrDefault", "remove", "put",
            "putIfAbsent", "computeIfAbsent", "computeIfPresent", "compute", "merge", "replace", "getProperty", "setProperty");

    /** True when {@code arg} is the key a map or {@code Properties} is read or written by ({@code paths.get("externalTns")}). */
    private static boolean isMapKey(J.MethodInvocation call, Expression arg) {
        JavaType.Method mt = call.getMethodType();
        return mt != null && MAP_KEY_METHODS.contains(mt.getName()) && JavaArgs.real(call.getArguments()).indexOf(arg) == 0
                && (TypeUtils.isAssignableTo("java.util.Map", mt.getDeclaringType())
                || TypeUtils.isAssignableTo("java.util.Properties", mt.getDeclaringType()));
    }

    /** Packages whose calls inside a message only shape what it says (Objects, collections, formats, dates). */
    private static final List<String> TEXT_LIBRARIES = List.of("java.lang.", "java.util.", "java.text.", "java.time.",
            "java.io.", "java.nio.");

    /** A path of a segment joiner's own before one of its parameters: {@code /accounts/}. */
    private static final java.util.regex.Pattern JOINER_LABEL = java.util.regex.Pattern.compile("/?(?:[A-Za-z][\\w-]*/)+");

    /** A dotted configuration key ({@code dashboard.base-url}), not a bean name. */
    private static final java.util.regex.Pattern CONFIG_KEY = java.util.regex.Pattern.compile("[A-Za-z][\\w-]*(?:\\.[A-Za-z][\\w-]*)+");

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

    /** The class a Kotlin file's top-level property belongs to ({@code com.acme.IrisKt}), as its type says; null when unknown. */
    private static @Nullable String kotlinFileClass(J.VariableDeclarations vd) {
        if (vd.getVariables().isEmpty() || vd.getVariables().get(0).getVariableType() == null) {
            return null;
        }
        JavaType owner = vd.getVariables().get(0).getVariableType().getOwner();
        return owner instanceof JavaType.FullyQualified fq ? fq.getFullyQualifiedName() : null;
    }

    private static boolean isField(Cursor cursor) {
        Cursor parent = cursor.getParentTreeCursor();
        return parent.getValue() instanceof J.Block && parent.getParentTreeCursor().getValue() instanceof J.ClassDeclaration
                || isKotlinConstructorProperty(cursor);
    }

    /**
     * A {@code val} or {@code var} of a Kotlin class's primary constructor ({@code data class IrisProperties(val
     * baseUrl: String = "..")}): a property of the class, with its default as its value.
     */
    private static boolean isKotlinConstructorProperty(Cursor cursor) {
        return cursor.getValue() instanceof J.VariableDeclarations vd && !vd.getModifiers().isEmpty()
                && cursor.getParentTreeCursor().getValue() instanceof J.MethodDeclaration md
                && md.getMarkers().findFirst(org.openrewrite.kotlin.marker.PrimaryConstructor.class).isPresent();
    }

    private enum MappingKind { SERVER, CLIENT, OTHER }

    /** A comment that gives a type's base URL: {@code "JSON API, base {@code https://api.beacon911.io/}"}, {@code "Base URL: https://.."}. */
    private static final java.util.regex.Pattern DOCUMENTED_BASE = java.util.regex.Pattern.compile(
            "(?i)\\bbase(?:[ -]?(?:url|uri|address))?\\b[ \\t:=]*(?:\\{@(?:code|link)[ \\t]+)?(https?://[^\\s}<>\"')]+)");

    /**
     * The path of a route of Vert.x's {@code Router} ({@code router.get("/api/accounts/:accountId/addresses")},
     * {@code router.route(HttpMethod.POST, "/api/..")}, {@code route.path(..)}): an endpoint the customer serves. By
     * type, or, untyped, on a variable named {@code router}.
     */
    private static boolean isServerRoute(Expression e, Cursor cursor) {
        if (!(cursor.getParentTreeCursor().getValue() instanceof J.MethodInvocation call) || !call.getArguments().contains(e)) {
            return false;
        }
        JavaType.Method mt = call.getMethodType();
        if (mt != null) {
            String owner = mt.getDeclaringType().getFullyQualifiedName();
            // MockMvc's request builders and WebTestClient's URIs call the application's own endpoints
            return owner.startsWith("io.vertx.") && (owner.endsWith(".ext.web.Router") || owner.endsWith(".ext.web.Route"))
                    // SparkJava's get("/api/..", handler) and Javalin's app.get("/api/..", ctx -> ..): routes served
                    || (owner.equals("spark.Spark") || owner.equals("spark.Service") || owner.startsWith("io.javalin."))
                    && call.getArguments().indexOf(e) == 0 && SERVED_ROUTES.contains(call.getSimpleName())
                    || owner.equals("org.springframework.test.web.servlet.request.MockMvcRequestBuilders")
                    || owner.startsWith("org.springframework.test.web.reactive.server.WebTestClient");
        }
        if (call.getSelect() == null && MOCK_MVC_REQUESTS.contains(call.getSimpleName())
                && cursor.getParentTreeCursor().getParentTreeCursor().getValue() instanceof J.MethodInvocation perform
                && perform.getSimpleName().equals("perform")) {
            return true; // mvc.perform(get("/api/accounts/{id}/numbers")), the types unknown
        }
        return call.getSelect() instanceof J.Identifier id && id.getSimpleName().equals("router");
    }

    /** The calls of SparkJava and Javalin that declare a route (or a filter) the application serves, path first. */
    private static final java.util.Set<String> SERVED_ROUTES = java.util.Set.of("get", "post", "put", "patch", "delete",
            "head", "options", "path", "before", "after", "afterAfter", "ws", "sse", "addHandler", "addHttpHandler");

    /** MockMvc's statically imported request builders. */
    private static final java.util.Set<String> MOCK_MVC_REQUESTS = java.util.Set.of("get", "post", "put", "patch", "delete",
            "head", "options", "request", "multipart");

    /** A Micronaut service id ({@code @Client("dashboard")}), not a URL, a placeholder or a path. */
    private static final java.util.regex.Pattern SERVICE_ID = java.util.regex.Pattern.compile("[A-Za-z][\\w.-]*");

    /**
     * The base URL of a Micronaut HTTP service by its id: {@code micronaut.http.services.<id>.url} (or the first of its
     * {@code urls}).
     */
    private static AssembledText micronautService(String id, Origin anchor) {
        String prefix = "micronaut.http.services." + id + ".";
        return AssembledText.of(new Part.PropertyRef(prefix + "url", AssembledText.of(new Part.PropertyRef(prefix + "urls",
                AssembledText.of(new Part.PropertyRef(prefix + "urls[0]", null, anchor)), anchor)), anchor));
    }

    /**
     * True when {@code lit} is the service id of Micronaut's {@code @Client} ({@code @Client("dashboard")},
     * {@code @Client(id = "dashboard", path = "/api/..")}), not its path or a URL.
     */
    private static boolean isMicronautServiceId(J.Annotation ann, J.Literal lit, Cursor cursor) {
        if (!ann.getSimpleName().equals("Client") || !(lit.getValue() instanceof String s) || !SERVICE_ID.matcher(s).matches()) {
            return false;
        }
        Object parent = cursor.getParentTreeCursor().getValue();
        return parent == ann || parent instanceof J.Assignment as && as.getVariable() instanceof J.Identifier id
                && (id.getSimpleName().equals("id") || id.getSimpleName().equals("value"));
    }

    /** The text builders a method may build its result in. */
    /** A name of a telephone number: {@code tn}, {@code completedTn}, {@code getFullNumber}, {@code telephoneNumber}. */
    private static final java.util.regex.Pattern TELEPHONE_NUMBER_NAME = java.util.regex.Pattern.compile(
            "tns?|\\w*(?:Tn|TN|TelephoneNumber|FullNumber|PhoneNumber)|telephoneNumber|fullNumber|phoneNumber");
    private static final Set<String> JOINERS = Set.of("StringJoiner", "java.util.StringJoiner");
    private static final Set<String> BUILDERS = Set.of("StringBuilder", "StringBuffer", "java.lang.StringBuilder",
            "java.lang.StringBuffer");

    /** Annotations that bind a client method's parameter to a template variable of its mapping. */
    private static final Set<String> PATH_PARAMETERS = Set.of("PathVariable", "Param", "Path", "PathParam");
    /** A template variable of a mapping where a number goes: a {@code /tns/} segment or a {@code tn=} query value. */
    private static final java.util.regex.Pattern NUMBER_VARIABLE = java.util.regex.Pattern.compile(
            "(?<=/tns/|/inserviceNumbers/|[?&]tn=)\\{(\\w+)(?::[^}]*)?}");

    /** Mappings of Spring MVC, JAX-RS and Micronaut ({@code @Get("/tns/{tn}")}, its {@code @Controller("/api/..")}). */
    private static final Set<String> MAPPINGS = Set.of("RequestMapping", "GetMapping", "PostMapping", "PutMapping",
            "DeleteMapping", "PatchMapping", "Path", "Get", "Post", "Put", "Delete", "Patch", "Head", "Options",
            "Controller");
    private static final Set<String> CLIENT_ONLY = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HTTP", "Url",
            "HttpExchange", "GetExchange", "PostExchange", "PutExchange", "DeleteExchange", "PatchExchange",
            "FeignClient", "RegisterRestClient", "RequestLine", "Headers", "Client");

    /**
     * Spring MVC/JAX-RS mappings are server endpoints in a class and client calls in an interface that a client
     * annotation marks ({@code @FeignClient}, {@code @HttpExchange}, {@code @RegisterRestClient}, ...). An interface
     * without one may be either (openapi-generator's server interfaces look just like Feign's), so its mappings are
     * treated as plain code: they count only where the file shows it talks to the Dashboard.
     */
    private static MappingKind mappingKind(J.Annotation ann, Cursor cursor) {
        String name = ann.getSimpleName();
        if (name.equals("Client") && cursor.firstEnclosing(J.VariableDeclarations.class) != null) {
            return MappingKind.OTHER; // Micronaut's @Client("..") HttpClient http: where that client goes, plain code
        }
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
        return cd.getKind() == J.ClassDeclaration.Kind.Type.Interface ? MappingKind.OTHER : MappingKind.SERVER;
    }

    /** {@code path} after {@code base}, with a '/' between them where neither has one. */
    private static AssembledText underPath(AssembledText base, AssembledText path) {
        return base.sketch().endsWith("/") || path.sketch().startsWith("/") ? base.plus(path) : base.plus("/").plus(path);
    }

    /** A path relative to a base URL: segments and template variables, perhaps a query; no spaces, no markup. */
    private static final java.util.regex.Pattern RELATIVE_PATH = java.util.regex.Pattern.compile(
            "/?[\\w.~{}%-]+(?:/[\\w.~{}%-]*)*(?:\\?[^\\s<>]*)?");
    /** An absolute URL a path can follow: a scheme and host, perhaps a path; no query. */
    private static final java.util.regex.Pattern ABSOLUTE_BASE = java.util.regex.Pattern.compile("https?://[^\\s?#<>]+");

    /** Annotations that give a type's path, the start of each of its methods' mappings (JAX-RS, Spring, HTTP interfaces). */
    private static final Set<String> TYPE_MAPPINGS = Set.of("Path", "RequestMapping", "HttpExchange");

    /** A mapping annotation's path: its one unnamed argument, or its {@code value}, {@code path} or {@code url}. */
    private static @Nullable Expression mappingValue(J.Annotation ann) {
        if (ann.getArguments() == null) {
            return null;
        }
        for (Expression arg : ann.getArguments()) {
            if (arg instanceof J.Assignment a && a.getVariable() instanceof J.Identifier n) {
                if (Set.of("value", "path", "url").contains(n.getSimpleName())) {
                    return a.getAssignment();
                }
            } else if (!(arg instanceof J.Empty) && ann.getArguments().size() == 1) {
                return arg;
            }
        }
        return null;
    }

    /** Apache Camel's header with a request's query string: {@code Exchange.HTTP_QUERY}, {@code "CamelHttpQuery"}. */
    private static final Set<String> HTTP_QUERY_HEADERS = Set.of("HTTP_QUERY", "CamelHttpQuery");

    /**
     * True when the text at {@code cursor} is the value of Camel's query header: {@code setHeader(Exchange.HTTP_QUERY,
     * constant("areaCode=919"))} (or {@code simple(..)}) in a route, {@code setHeader(Exchange.HTTP_QUERY, "..")} on a
     * message.
     */
    private static @Nullable Cursor httpQueryHeader(Cursor cursor) {
        Cursor c = cursor.getParentTreeCursor();
        if (c.getValue() instanceof J.MethodInvocation wrap && (wrap.getSimpleName().equals("constant")
                || wrap.getSimpleName().equals("simple"))) {
            c = c.getParentTreeCursor();
        }
        if (!(c.getValue() instanceof J.MethodInvocation set) || !set.getSimpleName().equals("setHeader")) {
            return null;
        }
        List<Expression> args = JavaArgs.real(set.getArguments());
        if (args.size() != 2) {
            return null;
        }
        Expression name = args.get(0);
        return name instanceof J.FieldAccess fa && HTTP_QUERY_HEADERS.contains(fa.getSimpleName())
                || name instanceof J.Identifier id && HTTP_QUERY_HEADERS.contains(id.getSimpleName())
                || name instanceof J.Literal l && HTTP_QUERY_HEADERS.contains(String.valueOf(l.getValue())) ? c : null;
    }

    /** Camel's producer steps, whose first argument is the endpoint a route sends its message to. */
    private static final Set<String> ENDPOINT_STEPS = Set.of("to", "toD", "toF", "enrich", "pollEnrich");

    /** The endpoint of the first {@code .to(..)}/{@code .toD(..)} after the step at {@code step} in its route. */
    private static @Nullable Expression nextEndpoint(Cursor step) {
        Object below = step.getValue();
        for (Cursor c = step.getParentTreeCursor(); c.getValue() instanceof J.MethodInvocation m && m.getSelect() == below;
             c = c.getParentTreeCursor()) {
            if (ENDPOINT_STEPS.contains(m.getSimpleName()) && !JavaArgs.real(m.getArguments()).isEmpty()) {
                return JavaArgs.real(m.getArguments()).get(0);
            }
            below = m;
            if (c.getParent() == null) {
                break;
            }
        }
        return null;
    }

    /** Kotlin's standard functions whose text is a message: {@code require(ok) { ".." }}, {@code error("..")}. */
    private static final Set<String> KOTLIN_MESSAGE_CALLS = Set.of("require", "requireNotNull", "check", "checkNotNull",
            "error", "TODO", "assert");

    /** Log calls and messages only mention URLs; nothing inside them is a request. */
    private static boolean isIgnoredCall(J.MethodInvocation m) {
        if (m.getSelect() == null && KOTLIN_MESSAGE_CALLS.contains(m.getSimpleName())) {
            JavaType.Method mt = m.getMethodType();
            if (mt != null && mt.getDeclaringType().getFullyQualifiedName().startsWith("kotlin.")) {
                return true;
            }
        }
        return LogCalls.isLog(m);
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

    /** The constant key of an enum constant's template argument: {@code com.acme.IrisEndpoint#TN_DETAILS.template}. */
    static String enumTemplateKey(String enumType, String constant) {
        return enumType + "#" + constant + ".template";
    }

    /** Library types whose calls build a client proxy of an interface class: JAX-RS, CXF, MicroProfile, RESTEasy, Feign, Retrofit. */
    private static final List<String> PROXY_LIBRARIES = List.of("org.apache.cxf.", "javax.ws.rs.", "jakarta.ws.rs.",
            "org.eclipse.microprofile.rest.client.", "org.jboss.resteasy.", "org.glassfish.jersey.", "feign.", "retrofit2.");

    /**
     * A method of the project that builds a client proxy of the interface class it is given: it hands its
     * {@code Class} parameter to a proxy-building call of a client library ({@code JAXRSClientFactory.create(base,
     * resource, ..)}, {@code RestClientBuilder..build(resource)}), or to an overload of the same class that does.
     */
    private static boolean isProxyFactory(J.MethodDeclaration md, Cursor cursor) {
        J.ClassDeclaration cd = cursor.firstEnclosing(J.ClassDeclaration.class);
        return cd != null && isProxyFactory(md, cd, 0);
    }

    private static boolean isProxyFactory(J.MethodDeclaration md, J.ClassDeclaration cd, int depth) {
        if (md.getBody() == null || depth > 2) {
            return false;
        }
        Set<String> classParams = new HashSet<>();
        for (Statement p : md.getParameters()) {
            if (p instanceof J.VariableDeclarations pv && TypeUtils.isOfClassType(pv.getType(), "java.lang.Class")) {
                pv.getVariables().forEach(v -> classParams.add(v.getSimpleName()));
            }
        }
        if (classParams.isEmpty()) {
            return false;
        }
        boolean[] found = new boolean[1];
        new JavaIsoVisitor<Integer>() {
            @Override
            public J.MethodInvocation visitMethodInvocation(J.MethodInvocation m, Integer p) {
                boolean handed = JavaArgs.real(m.getArguments()).stream()
                        .anyMatch(a -> a instanceof J.Identifier id && classParams.contains(id.getSimpleName()));
                JavaType.Method mt = m.getMethodType();
                if (!found[0] && handed && mt != null) {
                    String owner = mt.getDeclaringType().getFullyQualifiedName();
                    if (PROXY_LIBRARIES.stream().anyMatch(owner::startsWith)) {
                        found[0] = true;
                    } else if (cd.getType() != null && owner.equals(cd.getType().getFullyQualifiedName())) {
                        for (Statement st : cd.getBody().getStatements()) {
                            if (st instanceof J.MethodDeclaration other && other != md && other.getSimpleName().equals(m.getSimpleName())
                                    && isProxyFactory(other, cd, depth + 1)) {
                                found[0] = true; // create(resource) delegating to create(settings.getBaseUrl(), resource)
                            }
                        }
                    }
                }
                return super.visitMethodInvocation(m, p);
            }
        }.visit(md.getBody(), 0);
        return found[0];
    }

    /**
     * A static method of a utility class: a class (not a record or an enum) without instance fields, whose code is not
     * read with any class's state ({@code PhoneNumbers.npa(tn)}); not a model's factory.
     */
    private static boolean isUtilityMethod(J.MethodDeclaration md, Cursor cursor) {
        J.ClassDeclaration owner = cursor.firstEnclosing(J.ClassDeclaration.class);
        if (!md.hasModifier(J.Modifier.Type.Static) || owner == null || owner.getKind() != J.ClassDeclaration.Kind.Type.Class) {
            return false;
        }
        for (Statement st : owner.getBody().getStatements()) {
            if (st instanceof J.VariableDeclarations field && !field.hasModifier(J.Modifier.Type.Static)) {
                return false;
            }
        }
        return true;
    }

    /** {@code \d{10}}, {@code [0-9]{10}} at the start of a pattern a helper matches its parameter against. */
    private static final java.util.regex.Pattern TEN_DIGIT_PATTERN = java.util.regex.Pattern.compile("\\^?(?:\\\\d|\\[0-9])\\{10}");

    /**
     * What a method does with its parameter {@code name} that assumes a 10-digit national number: the area code as
     * {@code name.substring(0, 3)}, a {@code name.length() == 10} check, a {@code name.matches("\\d{10}")} test;
     * null when it does none of them.
     */
    private static @Nullable String tenDigitAssumption(J.MethodDeclaration md, String name) {
        String[] found = new String[1];
        new JavaIsoVisitor<Integer>() {
            @Override
            public J.MethodInvocation visitMethodInvocation(J.MethodInvocation m, Integer p) {
                if (found[0] == null && m.getSelect() instanceof J.Identifier on && on.getSimpleName().equals(name)) {
                    List<Expression> args = JavaArgs.real(m.getArguments());
                    if (m.getSimpleName().equals("substring") && args.size() == 2 && JavaArgs.isInt(args.get(0), 0)
                            && JavaArgs.isInt(args.get(1), 3)) {
                        found[0] = "takes the area code as its first 3 digits";
                    } else if (m.getSimpleName().equals("matches") && args.size() == 1 && args.get(0) instanceof J.Literal l
                            && l.getValue() instanceof String regex && TEN_DIGIT_PATTERN.matcher(regex).lookingAt()) {
                        found[0] = "expects it to match " + regex;
                    }
                }
                return super.visitMethodInvocation(m, p);
            }

            @Override
            public J.Binary visitBinary(J.Binary b, Integer p) {
                if (found[0] == null && (b.getOperator() == J.Binary.Type.Equal || b.getOperator() == J.Binary.Type.NotEqual)
                        && (isLengthOf(b.getLeft()) && JavaArgs.isInt(b.getRight(), 10)
                        || isLengthOf(b.getRight()) && JavaArgs.isInt(b.getLeft(), 10))) {
                    found[0] = "checks it for 10 digits";
                }
                return super.visitBinary(b, p);
            }

            private boolean isLengthOf(Expression e) {
                return e instanceof J.MethodInvocation m && m.getSimpleName().equals("length") && m.getSelect() instanceof J.Identifier on
                        && on.getSimpleName().equals(name);
            }
        }.visit(md.getBody(), 0);
        return found[0];
    }

    /**
     * A placeholder written in a literal with its default ({@code {{dashboard.base-url:https://..}}},
     * {@code ${iris.url:https://..}}): the default is a slice of the same literal. A property read's default
     * argument ({@code System.getProperty(key, "https://..")}) is a text of its own, read as its own root.
     */
    static boolean isPlaceholderWithDefault(Part p) {
        if (!(p instanceof Part.PropertyRef r) || r.fallback() == null || r.anchor() == null) {
            return false;
        }
        return r.fallback().parts().stream().anyMatch(f -> f instanceof Part.Known k && k.origin() != null
                && k.origin().treeId().equals(r.anchor().treeId()));
    }
}
