package io.github.irismigrate.analysis;

import org.jspecify.annotations.Nullable;
import org.openrewrite.java.tree.Expression;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.JavaType;
import org.openrewrite.java.tree.TypeUtils;
import org.openrewrite.kotlin.tree.K;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Assembles the text a Java expression stands for: string literals and text blocks, {@code +} concatenation,
 * constants (as references resolved later against the whole project), {@code String.format},
 * {@code formatted}, {@code MessageFormat.format}, {@code String.join}, {@code StringBuilder} chains,
 * Spring {@code UriComponentsBuilder}, OkHttp {@code HttpUrl.Builder}, Apache {@code URIBuilder},
 * JAX-RS and Micronaut {@code UriBuilder}, {@code URI}/{@code URL} wrappers, and the Iris SDK's {@code buildAccountModelUri}.
 * Unknown values become holes. Every tree it turns into text is recorded in {@code consumed}, so that a visitor
 * treats only the outermost expression as a root.
 */
public final class JavaStringAssembler {
    /**
     * A property placeholder: Spring's {@code ${key:default}}, or Apache Camel's {@code {{key:default}}} for a dotted
     * key ({@code {{iris.base}}}; an undotted {@code {{name}}} is more often a template's own variable).
     */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\$\\{([^}:]+)(?::([^}]*))?}|\\{\\{([^{}:]+\\.[^{}:]+)(?::([^}]*))?}}");
    private static final Pattern FORMAT_SPEC = Pattern.compile("%(\\d+\\$)?[-#+ 0,(<]*\\d*(?:\\.\\d+)?[a-zA-Z%]");
    private static final Pattern MESSAGE_FORMAT_ARG = Pattern.compile("\\{(\\d+)(?:,[^}]*)?}");

    private static final Set<String> TRANSPARENT = Set.of("build", "toUriString", "toUri", "encode", "buildAndExpand",
            "expand", "toString", "normalize", "toURL", "toURI", "toExternalForm", "trim", "strip", "intern", "newBuilder",
            "uri", "toHttpUrl");
    /** The calls that take the value out of an {@code Optional}. */
    private static final Set<String> OPTIONAL_VALUE = Set.of("orElse", "orElseGet", "orElseThrow", "get");

    /** {@code settings.canaryTn().orElse(null)}: the value of an {@code Optional} of a text, typed only. */
    private static boolean isOptionalValue(J.MethodInvocation m) {
        return OPTIONAL_VALUE.contains(m.getSimpleName()) && m.getSelect() != null && m.getMethodType() != null
                && TypeUtils.isOfClassType(m.getMethodType().getDeclaringType(), "java.util.Optional")
                && KotlinText.isText(m.getMethodType().getReturnType());
    }
    /** Static helpers that escape or check a text and give it back otherwise unchanged ({@code HtmlUtils.htmlEscape}). */
    private static final Set<String> PASS_THROUGH = Set.of("htmlEscape", "escapeXml", "escapeXml10", "escapeXml11",
            "escapeHtml", "escapeHtml4", "escapeXmlMinimal", "xmlEscape", "escape", "encode", "requireNonNull", "requireNonNullElse");
    private static final Set<String> CHAIN_STARTS = Set.of("fromHttpUrl", "fromUriString", "fromUri", "fromPath",
            "newInstance", "parse", "get", "create", "parseUri", "uri", "builder", "uriString", "of");
    /**
     * The Google HTTP Client's URL: {@code new GenericUrl(base)}, then {@code appendRawPath(path)} and
     * {@code set(name, value)} (or {@code put}) for each query parameter.
     */
    static final String GENERIC_URL = "com.google.api.client.http.GenericUrl";
    private static final Set<String> BUILDER_TYPES = Set.of("org.springframework.web.util.UriComponentsBuilder",
            "org.springframework.web.util.UriBuilder", "okhttp3.HttpUrl", "okhttp3.HttpUrl$Builder", "okhttp3.HttpUrl.Builder",
            "org.apache.http.client.utils.URIBuilder", "org.apache.hc.core5.net.URIBuilder", "javax.ws.rs.core.UriBuilder",
            "jakarta.ws.rs.core.UriBuilder", "java.net.URI", "java.net.URL", "java.lang.StringBuilder", "java.lang.StringBuffer",
            "org.springframework.web.util.UriComponents", "org.springframework.web.util.DefaultUriBuilderFactory",
            "org.springframework.web.util.UriBuilderFactory", "io.micronaut.http.uri.UriBuilder", GENERIC_URL);
    private static final Set<String> BUILDER_SIMPLE_NAMES = Set.of("UriComponentsBuilder", "HttpUrl", "URIBuilder", "UriBuilder",
            "URI", "URL", "StringBuilder", "StringBuffer", "ServletUriComponentsBuilder", "Builder", "GenericUrl");

    private final String sourcePath;
    private final Set<UUID> consumed;

    public JavaStringAssembler(String sourcePath, Set<UUID> consumed) {
        this.sourcePath = sourcePath;
        this.consumed = consumed;
        this.kotlin = KotlinText.isKotlin(sourcePath);
    }

    /** Whether the file is Kotlin: its literals keep their escapes in the value, and its text calls are Kotlin's. */
    private final boolean kotlin;

    /** In a Kotlin file, the parameters and locals of the function whose code is being read. */
    private Set<String> kotlinLocals = Set.of();

    /** The parameters and locals in scope where the next expressions are read (Kotlin only; see {@link #reference}). */
    public void kotlinLocals(Set<String> names) {
        this.kotlinLocals = names;
    }

    /** The text of a root expression, or null when the expression does not build a string the analysis understands. */
    public @Nullable AssembledText assembleRoot(Expression e) {
        if (!isStringBuilding(e)) {
            return null;
        }
        return assemble(e);
    }

    /** True when {@code e} is a literal, a concatenation, or a call this assembler knows how to read. */
    public boolean isStringBuilding(Expression e) {
        if (e instanceof J.Literal lit) {
            return lit.getValue() instanceof String;
        }
        if (e instanceof K.StringTemplate) {
            return true;
        }
        if (e instanceof J.Binary b) {
            return b.getOperator() == J.Binary.Type.Addition && (isStringTyped(b) || containsStringLiteral(b));
        }
        if (e instanceof J.Parentheses<?> p && p.getTree() instanceof Expression inner) {
            return isStringBuilding(inner);
        }
        if (e instanceof J.MethodInvocation m) {
            return isKnownCall(m) || isHelperCall(m) || QueryAssembly.isOwnQueryBuilderChain(m);
        }
        if (e instanceof J.NewClass nc) {
            return isUrlWrapper(nc);
        }
        return false;
    }

    /**
     * A call that returns a text, of a class outside the JDK ({@code IrisHttp.url("/accounts/" + id)},
     * {@code paths.e911(account)}, {@code paths.e911Path()}), whatever it is handed: what it returns is read through
     * the method, when the project declares it (see {@link #helperCall}, and the accessors of {@link #assemble}).
     */
    private boolean isHelperCall(J.MethodInvocation m) {
        JavaType.Method mt = m.getMethodType();
        if (mt == null || !KotlinText.isText(mt.getReturnType()) && !isUrlType(mt.getReturnType())) {
            return false;
        }
        String owner = mt.getDeclaringType().getFullyQualifiedName();
        return !(owner.startsWith("java.") || owner.startsWith("javax.") || owner.startsWith("jdk.") || owner.startsWith("sun."));
    }

    /**
     * {@code java.net.URI}, {@code URL} or OkHttp's {@code HttpUrl}: a helper of the project that makes one
     * ({@code client.accountUri(ORDERS)}, {@code dashboard.segments("addresses")}, {@code urls.account("addresses", id)})
     * is read like one that returns the text.
     */
    private static boolean isUrlType(@Nullable JavaType t) {
        return TypeUtils.isOfClassType(t, "java.net.URI") || TypeUtils.isOfClassType(t, "java.net.URL")
                || TypeUtils.isOfClassType(t, "okhttp3.HttpUrl");
    }

    public AssembledText assemble(Expression e) {
        consumed.add(e.getId());
        if (e instanceof J.Literal lit) {
            return literal(lit);
        }
        if (e instanceof J.Parentheses<?> p && p.getTree() instanceof Expression inner) {
            return assemble(inner);
        }
        if (e instanceof J.Binary b && b.getOperator() == J.Binary.Type.Addition) {
            return assemble(b.getLeft()).plus(assemble(b.getRight()));
        }
        if (e instanceof K.StringTemplate st) {
            return template(st);
        }
        if (e instanceof J.Identifier id) {
            return reference(id, id.getFieldType(), id.getSimpleName());
        }
        if (e instanceof J.FieldAccess fa) {
            consumed.add(fa.getName().getId());
            return reference(fa, fa.getName().getFieldType(), fa.getSimpleName());
        }
        if (e instanceof J.MethodInvocation m) {
            AssembledText q = QueryAssembly.isOwnQueryBuilderChain(m) ? ownQueryString(m) : null;
            if (q != null) {
                return q;
            }
            AssembledText t = call(m);
            if (t != null) {
                return t;
            }
            consumed.remove(e.getId());
            if (m.getSimpleName().equals("toString") && m.getArguments().stream().allMatch(a -> a instanceof J.Empty)
                    && m.getSelect() instanceof J.Identifier local && local.getFieldType() != null
                    && local.getFieldType().getOwner() instanceof JavaType.Method && isTextBuilderType(local.getType())) {
                return assemble(local); // path.toString() of a local StringJoiner or StringBuilder: the local, as built
            }
            String owner = accessorOwner(m);
            if (owner != null) {
                // a getter or record accessor: resolved through the field it returns, or a hole
                return AssembledText.of(new Part.ConstantRef(owner + "#" + accessorKey(m), m.getSimpleName() + "()",
                        new Origin(sourcePath, m.getId())));
            }
            AssembledText helper = helperCall(m);
            return helper != null ? helper : AssembledText.hole(m.getSimpleName() + "()");
        }
        if (e instanceof J.NewClass nc && isUrlWrapper(nc)) {
            List<Expression> args = JavaArgs.real(nc.getArguments());
            return args.isEmpty() ? AssembledText.empty() : assemble(args.get(0));
        }
        if (e instanceof J.TypeCast tc) {
            return assemble(tc.getExpression());
        }
        if (e instanceof J.Ternary t && isQuerySeparator(t.getTruePart()) && isQuerySeparator(t.getFalsePart())) {
            // first ? "?" : "&", the separator of a query built in a loop: one of the two, which neither can edit
            return AssembledText.of(new Part.Known("&", null, null, false));
        }
        consumed.remove(e.getId());
        return AssembledText.hole(e.getClass().getSimpleName());
    }

    /**
     * A Kotlin string template ({@code "$base/accounts/${id}/addresses"}): its text pieces as literals (escapes read,
     * unless the template is a raw string), each {@code $name} or {@code ${expression}} read like the expression.
     */
    private AssembledText template(K.StringTemplate st) {
        AssembledText out = AssembledText.empty();
        boolean raw = "\"\"\"".equals(st.getDelimiter());
        for (J piece : st.getStrings()) {
            consumed.add(piece.getId());
            if (piece instanceof J.Literal lit && lit.getValue() instanceof String s) {
                out = out.plus(withPlaceholders(raw ? s : KotlinText.unescape(s), new Origin(sourcePath, lit.getId())));
            } else if (piece instanceof K.StringTemplate.Expression x && x.getTree() instanceof Expression inner) {
                out = out.plus(assemble(inner));
            } else {
                out = out.plus(AssembledText.hole(piece.getClass().getSimpleName()));
            }
        }
        return out;
    }

    /**
     * The query a builder of the project's own makes ({@code QueryString.create().param("areaCode", ac).param("quantity",
     * q).build()}): {@code ?name=value&..}, the separators the builder's, the names and values the steps'.
     */
    private @Nullable AssembledText ownQueryString(J.MethodInvocation outer) {
        List<J.MethodInvocation> steps = new ArrayList<>();
        Expression cur = outer;
        while (cur instanceof J.MethodInvocation mi && QueryAssembly.isOwnQueryBuilderStep(mi)) {
            steps.add(0, mi);
            cur = mi.getSelect();
        }
        AssembledText text = AssembledText.empty();
        boolean first = true;
        for (J.MethodInvocation mi : steps) {
            List<Expression> a = JavaArgs.real(mi.getArguments());
            if (QueryAssembly.isParamCall(mi) && a.size() == 2) {
                consumed.add(mi.getId());
                text = withParam(text, !first, a);
                first = false;
            }
        }
        return first ? null : text;
    }

    /** Kotlin's {@code String.format(..)}, {@code "..".format(..)}, {@code trimIndent()} and {@code trimMargin()}. */
    private static boolean isKotlinTextCall(J.MethodInvocation m) {
        JavaType.Method mt = m.getMethodType();
        return mt != null && "kotlin.text.StringsKt".equals(mt.getDeclaringType().getFullyQualifiedName())
                && KOTLIN_TEXT_CALLS.contains(m.getSimpleName());
    }

    private static final Set<String> KOTLIN_TEXT_CALLS = Set.of("format", "trimIndent", "trimMargin", "buildString");

    private @Nullable AssembledText kotlinTextCall(J.MethodInvocation m, List<Expression> args) {
        if (m.getSimpleName().equals("buildString")) {
            return args.size() == 1 && args.get(0) instanceof J.Lambda l ? builtString(l) : null;
        }
        if (!m.getSimpleName().equals("format")) {
            return m.getSelect() != null && isStringBuilding(m.getSelect()) ? assemble(m.getSelect()) : null;
        }
        if (m.getSelect() != null && isStringBuilding(m.getSelect())) {
            return format(m.getSelect(), args); // "%s/accounts/%s".format(base, id)
        }
        if (m.getSelect() instanceof J.Identifier id && id.getSimpleName().equals("String") && !args.isEmpty()) {
            int fmt = args.size() > 1 && !isStringBuilding(args.get(0)) && isStringBuilding(args.get(1)) ? 1 : 0; // a Locale first
            return format(args.get(fmt), args.subList(fmt + 1, args.size()));
        }
        return null;
    }

    /**
     * {@code buildString { append(base); append("/accounts/").append(id) }}: what the lambda appends, in order; a
     * statement that is not an {@code append} chain on the builder is a hole.
     */
    private AssembledText builtString(J.Lambda lambda) {
        List<J> statements = lambda.getBody() instanceof J.Block b ? new java.util.ArrayList<>(b.getStatements())
                : List.of(lambda.getBody());
        AssembledText out = AssembledText.empty();
        for (J st : statements) {
            J e = st instanceof J.Return r && r.getExpression() != null ? r.getExpression() : st;
            List<J.MethodInvocation> chain = new java.util.ArrayList<>();
            J cur = e;
            while (cur instanceof J.MethodInvocation mi && (mi.getSimpleName().equals("append") || mi.getSimpleName().equals("appendLine"))) {
                chain.add(0, mi);
                cur = mi.getSelect();
            }
            if (chain.isEmpty() || cur != null) {
                out = out.plus(AssembledText.hole("buildString"));
                continue;
            }
            for (J.MethodInvocation mi : chain) {
                consumed.add(mi.getId());
                List<Expression> a = JavaArgs.real(mi.getArguments());
                out = out.plus(a.size() == 1 ? assemble(a.get(0)) : AssembledText.hole("append"));
                if (mi.getSimpleName().equals("appendLine")) {
                    out = out.plus(AssembledText.text("\n"));
                }
            }
        }
        return out;
    }

    private static boolean isQuerySeparator(Expression e) {
        return e instanceof J.Literal l && ("?".equals(l.getValue()) || "&".equals(l.getValue()));
    }

    private AssembledText literal(J.Literal lit) {
        Origin origin = new Origin(sourcePath, lit.getId());
        Object value = lit.getValue();
        if (value instanceof String s) {
            boolean raw = lit.getValueSource() != null && lit.getValueSource().startsWith("\"\"\"");
            return withPlaceholders(kotlin && !raw ? KotlinText.unescape(s) : s, origin);
        }
        String text = value == null ? "null" : String.valueOf(value);
        return AssembledText.of(new Part.Known(text, null, origin, false));
    }

    /** Splits {@code ${key:default}} placeholders out of a literal into property references. */
    static AssembledText withPlaceholders(String s, Origin origin) {
        Part.Known whole = new Part.Known(s, origin, origin, false);
        return AssembledText.replaced(whole, PLACEHOLDER.matcher(s), m -> {
            int key = m.group(1) != null ? 1 : 3;
            return AssembledText.of(new Part.PropertyRef(m.group(key).trim(),
                    m.group(key + 1) == null ? null : AssembledText.of(whole.slice(m.start(key + 1), m.end(key + 1))), origin));
        });
    }

    /** True when {@code s} holds a property placeholder ({@code ${key}}, Camel's {@code {{key}}}). */
    static boolean hasPlaceholder(String s) {
        return (s.contains("${") || s.contains("{{")) && PLACEHOLDER.matcher(s).find();
    }

    private AssembledText reference(J tree, JavaType.@Nullable Variable type, String name) {
        Origin anchor = new Origin(sourcePath, tree.getId());
        if (kotlin && tree instanceof J.Identifier && (type == null || KotlinText.isFileClass(type.getOwner()))) {
            // Kotlin's parser gives a name read inside a string template the file's own class as owner, whatever it
            // names: a parameter or local of the enclosing function is a hole, anything else is found by its name
            if (kotlinLocals.contains(name)) {
                consumed.remove(tree.getId());
                return AssembledText.of(new Part.Hole(name));
            }
            return AssembledText.of(new Part.ConstantRef("?#" + name, name, anchor));
        }
        if (type != null && type.getOwner() instanceof JavaType.FullyQualified owner) {
            return AssembledText.of(new Part.ConstantRef(owner.getFullyQualifiedName() + "#" + name, name, anchor));
        }
        if (type != null && type.getOwner() instanceof JavaType.Method method) {
            consumed.remove(tree.getId());
            return AssembledText.of(new Part.Hole(name, method.isConstructor() ? null : new Part.Param(
                    method.getDeclaringType().getFullyQualifiedName(), method.getName(), method.getParameterNames().size(),
                    method.getParameterNames().indexOf(name), name)));
        }
        if (tree instanceof J.FieldAccess fa && fa.getTarget() instanceof J.Identifier owner
                && !owner.getSimpleName().isEmpty() && Character.isUpperCase(owner.getSimpleName().charAt(0))) {
            // no types (an incomplete classpath): Owner.NAME still names the class, by its simple name
            return AssembledText.of(new Part.ConstantRef("?" + owner.getSimpleName() + "#" + name, name, anchor));
        }
        return AssembledText.of(new Part.ConstantRef("?#" + name, name, anchor));
    }

    // ---- method calls ---------------------------------------------------------------------------------------

    /**
     * A call of a method with parameters ({@code IrisPaths.addresses(accountId)}): the text that method returns, when
     * the project declares it as one {@code return} of a text or builds it in a local {@code StringBuilder}, with what
     * the call passes standing for its parameters (resolved later, like a constant). Null when the called method's
     * class is not known.
     */
    private @Nullable AssembledText helperCall(J.MethodInvocation m) {
        JavaType.Method mt = m.getMethodType();
        if (mt == null) {
            return null;
        }
        List<Expression> args = JavaArgs.real(m.getArguments());
        // the arguments are read as texts of their own: they stay roots of their own, so they are not consumed here
        JavaStringAssembler argAssembler = new JavaStringAssembler(sourcePath, new HashSet<>());
        List<AssembledText> texts = new ArrayList<>(args.size());
        for (Expression a : args) {
            texts.add(argAssembler.assemble(a));
        }
        return AssembledText.of(new Part.ConstantRef(
                Part.ConstantRef.methodKey(mt.getDeclaringType().getFullyQualifiedName(), m.getSimpleName(), args.size()),
                m.getSimpleName() + "()", new Origin(sourcePath, m.getId()), List.copyOf(texts)));
    }

    /** The class whose accessor a call without arguments may be: its declaring type, else its receiver's type. */
    private static @Nullable String accessorOwner(J.MethodInvocation m) {
        if (!JavaArgs.real(m.getArguments()).isEmpty()) {
            return null;
        }
        if (m.getMethodType() != null) {
            return m.getMethodType().getDeclaringType().getFullyQualifiedName();
        }
        return m.getSelect() != null && m.getSelect().getType() instanceof JavaType.FullyQualified fq
                ? fq.getFullyQualifiedName() : null;
    }

    /**
     * The constant key an accessor call reads: {@code getBaseUrl()}, which the owner declares as reading a field,
     * or, when the method is not in the sources (Lombok), the field its name implies.
     */
    private static String accessorKey(J.MethodInvocation m) {
        String name = m.getSimpleName();
        if (m.getMethodType() == null && name.length() > 3 && name.startsWith("get") && Character.isUpperCase(name.charAt(3))) {
            return Character.toLowerCase(name.charAt(3)) + name.substring(4);
        }
        return name + "()";
    }

    /**
     * {@code props.getProperty("iris.api.base", "https://...")}, {@code System.getProperty(..)},
     * {@code env.getProperty(..)}: a configuration key (resolved against the project's properties and YAML) with its
     * default.
     */
    private static boolean isPropertyRead(J.MethodInvocation m) {
        List<Expression> args = JavaArgs.real(m.getArguments());
        if (environmentLookupKey(m, args) >= 0) {
            return true; // get("DASHBOARD_BASE_URL", "dashboard.baseUrl", default)
        }
        if (args.isEmpty() || args.size() > 2 || !(args.get(0) instanceof J.Literal key && key.getValue() instanceof String k)) {
            return false;
        }
        boolean lookup = m.getSimpleName().equals("getProperty") && m.getSelect() != null
                || CONFIG_LOOKUPS.contains(m.getSimpleName()) && CONFIG_KEY.matcher(k).matches()
                && (args.size() == 2 || isOwnConfiguration(m))
                || m.getSimpleName().equals("getString") && args.size() == 1 && CONFIG_KEY.matcher(k).matches()
                && isTypesafeConfig(m.getSelect())
                || m.getSimpleName().equals("getString") && isCommonsConfiguration(m);
        return lookup && (args.size() == 1 || isPlainValue(args.get(1))
                || args.get(1) instanceof J.MethodInvocation conv && isNumberAsText(conv) && isPlainValue(JavaArgs.real(conv.getArguments()).get(0)));
    }

    /**
     * A lookup of the project's own that tries an environment variable before a configuration key, with a default,
     * is read as the key with its default, the variable's value being unknown here. Where the key is in it:
     * {@code get("DASHBOARD_BASE_URL", "dashboard.baseUrl", default)} (1) or
     * {@code get("diagnose.canary-tn", "NUMCTL_CANARY_TN", default)} (0); -1 when {@code m} is no such lookup.
     */
    private static int environmentLookupKey(J.MethodInvocation m, List<Expression> args) {
        if (args.size() != 3 || !CONFIG_LOOKUPS.contains(m.getSimpleName()) || !isPlainValue(args.get(2))
                || !(m.getSelect() == null || isOwnConfiguration(m))) {
            return -1;
        }
        for (int key = 0; key < 2; key++) {
            if (args.get(key) instanceof J.Literal k && k.getValue() instanceof String ks && CONFIG_KEY.matcher(ks).matches()
                    && args.get(1 - key) instanceof J.Literal env && env.getValue() instanceof String es && ENV_NAME.matcher(es).matches()) {
                return key;
            }
        }
        return -1;
    }

    /** An environment variable's name as written ({@code DASHBOARD_BASE_URL}). */
    private static final java.util.regex.Pattern ENV_NAME = java.util.regex.Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+");

    private static boolean isPlainValue(Expression e) {
        return e instanceof J.Literal || e instanceof J.Identifier || e instanceof J.FieldAccess;
    }

    /** {@code Long.toString(CANARY_TN)}, {@code Integer.toString(..)}, {@code String.valueOf(..)} of one value: its digits. */
    private static boolean isNumberAsText(J.MethodInvocation m) {
        String select = m.getSelect() instanceof J.Identifier id ? id.getSimpleName()
                : m.getSelect() instanceof J.FieldAccess fa ? fa.getSimpleName() : "";
        return JavaArgs.real(m.getArguments()).size() == 1
                && (m.getSimpleName().equals("toString") && (select.equals("Long") || select.equals("Integer"))
                || m.getSimpleName().equals("valueOf") && select.equals("String"));
    }

    /**
     * Apache Commons Configuration ({@code xml.getString("uri")} of an {@code XMLConfiguration} reading
     * {@code <iris><uri>..</uri></iris>}, {@code config.getString("iris.base-url", default)}): its keys name elements
     * and properties as they are, dotted or not.
     */
    private static boolean isCommonsConfiguration(J.MethodInvocation m) {
        JavaType.Method mt = m.getMethodType();
        String owner = mt == null ? "" : mt.getDeclaringType().getFullyQualifiedName();
        return owner.startsWith("org.apache.commons.configuration.") || owner.startsWith("org.apache.commons.configuration2.");
    }

    /**
     * A lookup method of the project's own configuration class ({@code AppConfig.get("beacon911.base-url")}), not of a
     * library's map or tree.
     */
    private static boolean isOwnConfiguration(J.MethodInvocation m) {
        JavaType.Method mt = m.getMethodType();
        if (mt == null || m.getSelect() == null) {
            return false;
        }
        String owner = mt.getDeclaringType().getFullyQualifiedName();
        return CONFIG_LIBRARY_PACKAGES.stream().noneMatch(owner::startsWith);
    }

    /** Packages of libraries whose one-argument {@code get("a.b")} reads a map, a tree or a record, not the project's settings. */
    private static final List<String> CONFIG_LIBRARY_PACKAGES = List.of("java.", "javax.", "jakarta.", "kotlin.", "scala.",
            "com.fasterxml.", "com.google.", "com.typesafe.", "com.jayway.", "net.minidev.", "org.json.", "org.apache.",
            "org.springframework.", "org.eclipse.", "org.jboss.", "org.hibernate.", "org.jooq.", "org.jdbi.", "org.yaml.",
            "org.openrewrite.", "org.junit.", "org.mockito.", "org.assertj.", "io.vertx.", "io.micronaut.", "io.quarkus.",
            "io.helidon.", "io.smallrye.", "io.netty.", "io.restassured.", "io.reactivex.", "io.micrometer.", "io.dropwizard.",
            "io.temporal.", "io.javalin.", "play.", "akka.", "com.bandwidth.", "feign.", "retrofit2.",
            "okhttp3.", "kong.unirest.", "reactor.", "redis.", "com.hazelcast.", "software.amazon.", "com.amazonaws.");

    /** Typesafe Config's {@code Config} ({@code config.getString("dashboard.base-url")}, read from HOCON). */
    private static boolean isTypesafeConfig(@Nullable Expression select) {
        JavaType.FullyQualified fq = select == null ? null : TypeUtils.asFullyQualified(select.getType());
        return fq != null && fq.getFullyQualifiedName().equals("com.typesafe.config.Config");
    }

    /**
     * Lookups of a configuration key with a default, as a project's own configuration class names them
     * ({@code get("iris.baseUrl", DEFAULT_BASE_URL)}, {@code getOrDefault("iris.url", ..)}): read like
     * {@code getProperty} when the key is dotted.
     */
    private static final Set<String> CONFIG_LOOKUPS = Set.of("get", "getOrDefault", "getString", "getValue", "property",
            "setting", "config", "value", "read", "lookup");
    private static final java.util.regex.Pattern CONFIG_KEY = java.util.regex.Pattern.compile("[A-Za-z][\\w-]*(?:\\.[\\w-]+)+");

    private boolean isKnownCall(J.MethodInvocation m) {
        String name = m.getSimpleName();
        if (isPropertyRead(m) || isOptionalValue(m)) {
            return true;
        }
        if (isStatic(m, "java.lang.String", "String") && (name.equals("format") || name.equals("join") || name.equals("valueOf"))) {
            return true;
        }
        if (isStatic(m, "java.text.MessageFormat", "MessageFormat") && name.equals("format")) {
            return true;
        }
        if (kotlin && isKotlinTextCall(m)) {
            return true;
        }
        if ((name.equals("formatted") || name.equals("concat")) && m.getSelect() != null && isStringBuilding(m.getSelect())) {
            return true;
        }
        if (name.equals("buildAccountModelUri") || name.equals("buildModelUri")) {
            return true;
        }
        return chainStart(m) != null;
    }

    /** The innermost expression of a builder chain when it is a builder this assembler knows, else null. */
    private @Nullable Expression chainStart(J.MethodInvocation m) {
        Expression cur = m;
        while (cur instanceof J.MethodInvocation mi) {
            if (isBuilderStart(mi) || isJaxRsTarget(mi, m) || isVertxRequest(mi) || isAsyncHttpRequest(mi) || isHelidonRequest(mi)
                    || isRestAssuredStart(mi)) {
                return mi;
            }
            if (mi != m && isOwnBuilderFactory(mi)) {
                return mi; // targets.account().path("addresses"): a method of the project's that returns a builder
            }
            if (mi.getSelect() == null) {
                // request(GET, path).query("areaCode", ac): a helper returning the project's own request builder
                if (mi != m && returnsOwnRequestBuilder(mi)) {
                    return mi;
                }
                // account().addPathSegment("x"): a builder from a helper method, its base unknown
                return mi != m && hasDistinctiveBuilderStep(m, mi) ? mi : null;
            }
            cur = mi.getSelect();
        }
        if (cur instanceof J.NewClass nc && isUrlWrapper(nc)) {
            return cur;
        }
        if (cur != m && cur != null && (isBuilderTyped(cur) || isWebTarget(cur, m) || isHeldVertxRequest(cur)
                || isRestAssuredSpecType(cur.getType()) && (cur instanceof J.Identifier || cur instanceof J.FieldAccess
                || cur instanceof J.NewClass))) {
            return cur;
        }
        if (cur instanceof J.MethodInvocation helper && cur != m && hasDistinctiveBuilderStep(m, helper)) {
            return cur; // account().addPathSegment("x"): a builder from a helper method, its base unknown
        }
        return null;
    }

    /** Path and query steps no other common API has; with types known, only on a builder type. */
    private static final Set<String> DISTINCTIVE_STEPS = Set.of("addPathSegment", "addPathSegments", "pathSegment",
            "addEncodedPathSegment", "addEncodedPathSegments", "setPathSegments", "addQueryParameter", "queryParam");

    private boolean hasDistinctiveBuilderStep(J.MethodInvocation outer, J.MethodInvocation start) {
        Expression cur = outer;
        while (cur instanceof J.MethodInvocation mi && cur != start) {
            if (DISTINCTIVE_STEPS.contains(mi.getSimpleName())) {
                JavaType.Method mt = mi.getMethodType();
                return mt == null || BUILDER_TYPES.contains(mt.getDeclaringType().getFullyQualifiedName())
                        || isOwnUrlBuilder(mt.getDeclaringType().getClassName());
            }
            cur = mi.getSelect();
        }
        return false;
    }

    /**
     * A URL builder of the project's own ({@code IrisUriBuilder}, {@code DashboardUrlBuilder},
     * {@code DashboardUris.of(base)}): by its name, as nothing else tells it from any other builder; its path and query
     * steps are read like the known builders'.
     */
    private static final Pattern OWN_URL_BUILDER = Pattern.compile("\\w*(?:Uri|Url|URI|URL)(?:Builder|s)");
    private static final Set<String> OWN_BUILDER_STARTS = Set.of("from", "of", "base", "on", "builder", "at", "to");

    /**
     * A static factory of a URL builder of the project's own that returns the builder and takes its base first
     * ({@code DashboardUrlBuilder.forAccount(baseUrl, accountId)}); typed only. The builder's own code is not read:
     * the URL is taken as the base, the account when a parameter is named for one ({@link #accountScoped}), then the
     * steps.
     */
    private static boolean isOwnUrlBuilderFactory(J.MethodInvocation mi) {
        JavaType.Method mt = mi.getMethodType();
        List<Expression> a = JavaArgs.real(mi.getArguments());
        if (mt == null || a.isEmpty() || !mt.hasFlags(org.openrewrite.java.tree.Flag.Static) || !TypeUtils.isString(a.get(0).getType())) {
            return false;
        }
        JavaType.FullyQualified ret = TypeUtils.asFullyQualified(mt.getReturnType());
        return ret != null && ret.getFullyQualifiedName().equals(mt.getDeclaringType().getFullyQualifiedName())
                && isOwnUrlBuilderClass(ret);
    }

    /**
     * A class of the project's own named for a URL builder ({@code DashboardUrlBuilder}), not a library's: its steps
     * are read. A class of URL helpers ({@code DashboardUrls}, whose methods return whole URLs) is read through its
     * methods instead.
     */
    private static boolean isOwnUrlBuilderClass(JavaType.FullyQualified type) {
        String name = Part.simpleClassName(type.getClassName());
        return name.endsWith("Builder") && isOwnUrlBuilder(name)
                && LIBRARY_PACKAGES.stream().noneMatch(type.getFullyQualifiedName()::startsWith);
    }

    /**
     * The base a URL builder's factory is given, followed by {@code /accounts/<account>} when the factory also takes
     * a parameter named for the account ({@code forAccount(baseUrl, accountId)}): every account-scoped path of the
     * Dashboard starts so, and nothing else would tell the builder's steps apart from the customer's own paths.
     */
    private AssembledText accountScoped(AssembledText base, J.MethodInvocation factory) {
        List<String> names = factory.getMethodType().getParameterNames();
        List<Expression> a = JavaArgs.real(factory.getArguments());
        for (int i = 1; i < Math.min(names.size(), a.size()); i++) {
            if (names.get(i).toLowerCase(java.util.Locale.ROOT).startsWith("account")
                    && !base.sketch().contains("/accounts/")) {
                consumed.add(a.get(i).getId());
                return base.plus("/accounts/").plus(segment(assemble(a.get(i))));
            }
        }
        return base;
    }

    private static boolean isOwnUrlBuilder(String className) {
        String name = Part.simpleClassName(className);
        return OWN_URL_BUILDER.matcher(name).matches() && !BUILDER_SIMPLE_NAMES.contains(name)
                && !name.equals("ServletUriComponentsBuilder");
    }

    /**
     * A request builder of the project's own: a nested {@code Builder} of a class named for a request
     * ({@code IrisRequest.Builder}, {@code DashboardCall.Builder}) that is not a library's. Its {@code base(..)},
     * {@code path(..)} (segments) and {@code query(name, value)} steps are read; its other steps (method, body,
     * headers) do not touch the URL.
     */
    private static final Pattern OWN_REQUEST_BUILDER = Pattern.compile("\\w*(?:Request|Call)\\.Builder|\\w+RequestBuilder");
    private static final List<String> LIBRARY_PACKAGES = List.of("java.", "javax.", "jdk.", "jakarta.", "okhttp3.",
            "org.springframework.", "org.apache.", "io.netty.", "com.squareup.", "feign.", "retrofit2.", "io.micronaut.",
            "io.quarkus.", "io.vertx.", "com.google.", "software.amazon.", "com.fasterxml.", "org.glassfish.",
            "org.eclipse.", "com.bandwidth.", "org.asynchttpclient.", "kong.unirest.");
    /** Unirest's calls that send a request and read its response ({@code asString()}, {@code asJson()}, {@code asObject(..)}). */
    private static final java.util.regex.Pattern UNIREST_RESPONSE = java.util.regex.Pattern.compile("as[A-Z]\\w*");

    private static boolean isOwnRequestBuilder(@Nullable JavaType type) {
        JavaType.FullyQualified fq = TypeUtils.asFullyQualified(type);
        if (fq == null || LIBRARY_PACKAGES.stream().anyMatch(fq.getFullyQualifiedName()::startsWith)) {
            return false;
        }
        return OWN_REQUEST_BUILDER.matcher(fq.getClassName()).matches() || isFluentOwnRequest(fq);
    }

    /** A class of the project's own named for a request or a call: {@code DashboardRequest}, {@code IrisCall}. */
    private static final Pattern OWN_REQUEST = Pattern.compile("\\w*(?:Request|Call)");

    /**
     * A request of the project's own that is its own builder ({@code DashboardRequest.post().account(id)
     * .path("addresses").query("page", 1)}): named for a request, with a {@code path} or {@code query} step that
     * returns the request itself.
     */
    private static boolean isFluentOwnRequest(JavaType.FullyQualified fq) {
        if (!OWN_REQUEST.matcher(fq.getClassName()).matches()) {
            return false;
        }
        for (JavaType.Method m : fq.getMethods()) {
            if ((m.getName().equals("path") || m.getName().equals("query")) && !m.getParameterTypes().isEmpty()
                    && TypeUtils.isOfClassType(m.getReturnType(), fq.getFullyQualifiedName())) {
                return true;
            }
        }
        return false;
    }

    /** Steps of a request of the project's own that scope it to an account: {@code account(id)}. */
    private static final Set<String> ACCOUNT_STEPS = Set.of("account", "accountId", "forAccount", "onAccount");


    private static boolean returnsOwnRequestBuilder(J.MethodInvocation mi) {
        return mi.getMethodType() != null && isOwnRequestBuilder(mi.getMethodType().getReturnType());
    }

    /**
     * {@code IrisRequest.builder()}: the start of a request builder of the project's own, with no URL yet; or a static
     * factory of one ({@code DashboardRequestBuilder.on(webClient)}, {@code IrisRequestBuilder.from(base)}).
     */
    private static boolean isOwnRequestBuilderStart(J.MethodInvocation mi) {
        if (mi.getSelect() != null && OWN_BUILDER_STARTS.contains(mi.getSimpleName()) && mi.getMethodType() != null
                && mi.getMethodType().hasFlags(org.openrewrite.java.tree.Flag.Static) && returnsOwnRequestBuilder(mi)
                && JavaArgs.real(mi.getArguments()).size() == 1) {
            return true; // DashboardRequestBuilder.on(web), IrisRequestBuilder.from(base)
        }
        if (mi.getSelect() != null && HTTP_METHOD_STARTS.contains(mi.getSimpleName()) && mi.getMethodType() != null
                && mi.getMethodType().hasFlags(org.openrewrite.java.tree.Flag.Static) && returnsOwnRequestBuilder(mi)
                && JavaArgs.real(mi.getArguments()).size() <= 1) {
            return true; // DashboardRequest.post(), DashboardRequest.get("/sites")
        }
        return mi.getSelect() != null && (mi.getSimpleName().equals("builder") || mi.getSimpleName().equals("newBuilder"))
                && JavaArgs.real(mi.getArguments()).isEmpty() && returnsOwnRequestBuilder(mi);
    }

    private boolean isBuilderStart(J.MethodInvocation mi) {
        if (isOwnRequestBuilderStart(mi) || isApacheRequestBuilderStart(mi)) {
            return true;
        }
        if (mi.getSelect() != null && OWN_BUILDER_STARTS.contains(mi.getSimpleName())) {
            JavaType.Method own = mi.getMethodType();
            String owner = own != null ? own.getDeclaringType().getClassName()
                    : mi.getSelect() instanceof J.Identifier id ? id.getSimpleName()
                    : mi.getSelect() instanceof J.FieldAccess fa ? fa.getSimpleName() : "";
            if (isOwnUrlBuilder(owner) && JavaArgs.real(mi.getArguments()).size() == 1) {
                return true;
            }
        }
        if (isOwnUrlBuilderFactory(mi)) {
            return true;
        }
        if (!CHAIN_STARTS.contains(mi.getSimpleName()) || mi.getSelect() == null) {
            return false;
        }
        Expression sel = mi.getSelect();
        if (sel instanceof J.Identifier id && BUILDER_SIMPLE_NAMES.contains(id.getSimpleName())) {
            return true;
        }
        if (sel instanceof J.FieldAccess fa && BUILDER_SIMPLE_NAMES.contains(fa.getSimpleName())) {
            return true;
        }
        JavaType.Method mt = mi.getMethodType();
        return mt != null && BUILDER_TYPES.contains(mt.getDeclaringType().getFullyQualifiedName());
    }

    /** Apache HttpClient's request builders, by type and by the simple names only they have. */
    private static final Set<String> APACHE_REQUEST_BUILDER_TYPES = Set.of(
            "org.apache.hc.core5.http.io.support.ClassicRequestBuilder", "org.apache.hc.client5.http.async.methods.SimpleRequestBuilder",
            "org.apache.hc.core5.http.support.AsyncRequestBuilder", "org.apache.http.client.methods.RequestBuilder");
    private static final Set<String> APACHE_REQUEST_BUILDER_NAMES = Set.of("ClassicRequestBuilder", "SimpleRequestBuilder",
            "AsyncRequestBuilder");
    private static final Set<String> HTTP_METHOD_STARTS = Set.of("get", "post", "put", "delete", "patch", "head", "options",
            "create");

    /**
     * {@code ClassicRequestBuilder.get(uri)} (HttpClient 5, also {@code SimpleRequestBuilder}, and HttpClient 4's
     * {@code RequestBuilder.get(uri)}): a request whose URL is the argument, its {@code addParameter(name, value)}
     * steps the query.
     */
    private static boolean isApacheRequestBuilderStart(J.MethodInvocation mi) {
        if (!HTTP_METHOD_STARTS.contains(mi.getSimpleName()) || JavaArgs.real(mi.getArguments()).size() != 1) {
            return false;
        }
        JavaType.Method mt = mi.getMethodType();
        if (mt != null) {
            return APACHE_REQUEST_BUILDER_TYPES.contains(mt.getDeclaringType().getFullyQualifiedName());
        }
        return mi.getSelect() instanceof J.Identifier id && APACHE_REQUEST_BUILDER_NAMES.contains(id.getSimpleName());
    }

    private static final Set<String> JAXRS_CLIENT_TYPES = Set.of("javax.ws.rs.client.Client", "jakarta.ws.rs.client.Client",
            "javax.ws.rs.client.WebTarget", "jakarta.ws.rs.client.WebTarget");
    /** What a JAX-RS {@code WebTarget} is built with after {@code target(base)}. */
    private static final Set<String> WEB_TARGET_STEPS = Set.of("path", "queryParam", "matrixParam", "resolveTemplate",
            "resolveTemplates", "request");

    /**
     * {@code client.target(base)}, the start of a JAX-RS request ({@code .path("accounts").path(id).request().get()}):
     * on a JAX-RS {@code Client} or {@code WebTarget}, or, when the types are unknown, followed by a step only a
     * {@code WebTarget} has in {@code outer}'s chain.
     */
    private static boolean isJaxRsTarget(J.MethodInvocation mi, J.MethodInvocation outer) {
        if (mi.getSimpleName().equals("create") && mi.getMethodType() != null && !JavaArgs.real(mi.getArguments()).isEmpty()
                && CXF_WEB_CLIENT.equals(mi.getMethodType().getDeclaringType().getFullyQualifiedName())) {
            return true; // CXF's WebClient.create(base, providers, ..): path(..) and query(..) steps follow
        }
        if (!mi.getSimpleName().equals("target") || mi.getSelect() == null || JavaArgs.real(mi.getArguments()).size() != 1) {
            return false;
        }
        JavaType.Method mt = mi.getMethodType();
        if (mt != null) {
            return JAXRS_CLIENT_TYPES.contains(mt.getDeclaringType().getFullyQualifiedName());
        }
        if (isClientName(mi.getSelect())) {
            return true; // this.portal = client.target(PORTAL_API): a JAX-RS client's target, kept for later steps
        }
        Expression cur = outer;
        while (cur instanceof J.MethodInvocation step && cur != mi) {
            if (WEB_TARGET_STEPS.contains(step.getSimpleName())) {
                return true;
            }
            cur = step.getSelect();
        }
        return false;
    }

    /**
     * A method of the project's (declared in a type that is no builder) returning a URI builder or a JAX-RS
     * {@code WebTarget}: {@code targets.account()}, {@code urls.accountUrl()}; typed only.
     */
    private static boolean isOwnBuilderFactory(J.MethodInvocation mi) {
        JavaType.Method mt = mi.getMethodType();
        if (mt == null) {
            return false;
        }
        String owner = mt.getDeclaringType().getFullyQualifiedName();
        if (BUILDER_TYPES.contains(owner) || JAXRS_CLIENT_TYPES.contains(owner) || owner.startsWith("java.")
                || owner.startsWith("javax.") || owner.startsWith("jakarta.") || owner.startsWith("org.springframework.")
                || owner.startsWith("okhttp3.") || owner.startsWith("org.apache.") || owner.startsWith("io.vertx.")) {
            return false;
        }
        JavaType.FullyQualified ret = TypeUtils.asFullyQualified(mt.getReturnType());
        return ret != null && !ret.getFullyQualifiedName().startsWith("java.lang.StringBu")
                && (BUILDER_TYPES.contains(ret.getFullyQualifiedName()) || isWebTargetType(ret) || isVertxRequestType(ret)
                || isPlayWsRequestType(ret) || isJettyRequestType(ret)
                || isOwnUrlBuilderClass(ret) && !mt.hasFlags(org.openrewrite.java.tree.Flag.Static));
    }

    /** Vert.x's web client, in its plain, RxJava and Mutiny forms. */
    private static final Set<String> VERTX_CLIENTS = Set.of("io.vertx.ext.web.client.WebClient",
            "io.vertx.ext.web.client.WebClientSession", "io.vertx.rxjava3.ext.web.client.WebClient",
            "io.vertx.reactivex.ext.web.client.WebClient", "io.vertx.mutiny.ext.web.client.WebClient");
    /** The methods of a Vert.x web client that start a request. */
    private static final Set<String> VERTX_REQUESTS = Set.of("get", "post", "put", "delete", "patch", "head", "getAbs",
            "postAbs", "putAbs", "deleteAbs", "patchAbs", "headAbs", "request", "requestAbs");

    /**
     * A request of Vert.x's {@code WebClient}: {@code web.get(443, host, "/api/accounts/..")}, {@code web.getAbs(url)},
     * {@code web.request(HttpMethod.GET, port, host, uri)}, whose {@code addQueryParam}/{@code setQueryParam} steps
     * add to its query.
     */
    private static boolean isVertxRequest(J.MethodInvocation mi) {
        JavaType.Method mt = mi.getMethodType();
        return mt != null && VERTX_REQUESTS.contains(mi.getSimpleName())
                && VERTX_CLIENTS.contains(mt.getDeclaringType().getFullyQualifiedName());
    }

    /**
     * A Vert.x request held in a variable, field or parameter ({@code request.basicAuthentication(u, p)} in a helper
     * that authorises the requests of its class): its URL is the variable's, its steps add headers or a query.
     */
    private static boolean isHeldVertxRequest(Expression e) {
        return (e instanceof J.Identifier || e instanceof J.FieldAccess) && isVertxRequestType(e.getType());
    }

    /**
     * A call of a method of the project's that takes a Vert.x request and returns one ({@code authorize(web.getAbs(url))},
     * which adds credentials): the request it returns is the one it was given, read through the method.
     */
    public static boolean isRequestHandedOn(Expression e) {
        if (!(e instanceof J.MethodInvocation m) || m.getMethodType() == null || !isVertxRequestType(m.getMethodType().getReturnType())
                || m.getMethodType().getDeclaringType().getFullyQualifiedName().startsWith("io.vertx.")) {
            return false;
        }
        return JavaArgs.real(m.getArguments()).stream().anyMatch(a -> isVertxRequestType(a.getType()));
    }

    /** The methods of AsyncHttpClient that start a request on a URL ({@code prepareGet(url)}, {@code prepare("GET", url)}). */
    private static final Set<String> ASYNC_HTTP_REQUESTS = Set.of("prepareGet", "preparePost", "preparePut", "prepareDelete",
            "preparePatch", "prepareHead", "prepareOptions", "prepare");

    /**
     * A request of AsyncHttpClient ({@code http.prepareGet(url).addQueryParam("areaCode", ac).execute()}): read like a
     * Vert.x request, its {@code addQueryParam} steps adding to its query; typed only.
     */
    private static boolean isAsyncHttpRequest(J.MethodInvocation mi) {
        JavaType.Method mt = mi.getMethodType();
        return mt != null && (ASYNC_HTTP_REQUESTS.contains(mi.getSimpleName())
                && mt.getDeclaringType().getFullyQualifiedName().startsWith("org.asynchttpclient.")
                // Play's WS client: ws.url(url).addQueryParameter("areaCode", ac).get()
                || mi.getSimpleName().equals("url") && JavaArgs.real(mi.getArguments()).size() == 1
                && mt.getDeclaringType().getFullyQualifiedName().startsWith("play.libs.ws.")
                || UNIREST_REQUESTS.contains(mi.getSimpleName()) && !JavaArgs.real(mi.getArguments()).isEmpty()
                && mt.getDeclaringType().getFullyQualifiedName().startsWith("kong.unirest.")
                // Jetty's client: http.newRequest(url).param("areaCode", ac).send()
                || mi.getSimpleName().equals("newRequest") && JavaArgs.real(mi.getArguments()).size() == 1
                && mt.getDeclaringType().getFullyQualifiedName().startsWith("org.eclipse.jetty.client."));
    }

    /** Jetty's client request ({@code org.eclipse.jetty.client.Request}, {@code ..client.api.Request} before Jetty 12). */
    private static boolean isJettyRequestType(@Nullable JavaType t) {
        JavaType.FullyQualified fq = TypeUtils.asFullyQualified(t);
        String name = fq == null ? "" : fq.getFullyQualifiedName();
        return name.equals("org.eclipse.jetty.client.Request") || name.equals("org.eclipse.jetty.client.api.Request");
    }

    /**
     * The methods of Unirest ({@code Unirest.get(url)}, {@code unirest.post(url)} of a {@code UnirestInstance}) that
     * start a request: read like AsyncHttpClient's, {@code queryString(name, value)} adding to the query.
     */
    private static final Set<String> UNIREST_REQUESTS = Set.of("get", "post", "put", "delete", "patch", "head", "options",
            "request");

    private static boolean isTextBuilderType(@Nullable JavaType t) {
        JavaType.FullyQualified fq = TypeUtils.asFullyQualified(t);
        return fq != null && (fq.getFullyQualifiedName().equals("java.util.StringJoiner")
                || fq.getFullyQualifiedName().equals("java.lang.StringBuilder") || fq.getFullyQualifiedName().equals("java.lang.StringBuffer"));
    }

    /** The methods of Helidon's web client that start a request. */
    private static final Set<String> HELIDON_REQUESTS = Set.of("get", "post", "put", "delete", "patch", "head", "options",
            "trace", "method");

    /**
     * A request of Helidon's {@code WebClient} (3 and 4): {@code web.get().uri(base + path).queryParam("areaCode", ac)
     * .request(String.class)}, whose {@code uri(..)} sets the URL, {@code path(..)} appends to it (to the client's base
     * URI when there is no {@code uri}) and {@code queryParam(name, values..)} adds to its query; typed only.
     */
    private static boolean isHelidonRequest(J.MethodInvocation mi) {
        JavaType.Method mt = mi.getMethodType();
        return mt != null && mi.getSelect() != null && HELIDON_REQUESTS.contains(mi.getSimpleName())
                && mt.getDeclaringType().getFullyQualifiedName().startsWith("io.helidon.webclient.");
    }

    /** Play's WS request ({@code play.libs.ws.WSRequest}, its standalone form): what {@code ws.url(..)} starts. */
    private static boolean isPlayWsRequestType(@Nullable JavaType t) {
        JavaType.FullyQualified fq = TypeUtils.asFullyQualified(t);
        String name = fq == null ? "" : fq.getFullyQualifiedName();
        return name.equals("play.libs.ws.WSRequest") || name.equals("play.libs.ws.StandaloneWSRequest");
    }

    /** Vert.x's {@code HttpRequest}, what a helper of the project may hand out ({@code dashboard.get(path)}). */
    private static boolean isVertxRequestType(@Nullable JavaType t) {
        JavaType.FullyQualified fq = TypeUtils.asFullyQualified(t);
        String name = fq == null ? "" : fq.getFullyQualifiedName();
        return name.startsWith("io.vertx.") && name.endsWith(".ext.web.client.HttpRequest");
    }

    /**
     * The URL a Vert.x request is started with: an absolute one ({@code getAbs(url)}), or its host and its request
     * URI ({@code get(port, host, uri)}, {@code get(host, uri)}, {@code get(uri)}); the port and the method are left out.
     */
    private AssembledText vertxRequestUrl(J.MethodInvocation start) {
        List<Expression> a = new ArrayList<>(JavaArgs.real(start.getArguments()));
        if (!a.isEmpty() && TypeUtils.asFullyQualified(a.get(0).getType()) != null
                && TypeUtils.asFullyQualified(a.get(0).getType()).getFullyQualifiedName().endsWith("HttpMethod")) {
            a.remove(0); // request(HttpMethod.GET, ..)
        }
        if (a.isEmpty()) {
            return AssembledText.hole(start.getSimpleName() + "()");
        }
        if (start.getSimpleName().endsWith("Abs") || a.size() == 1) {
            return assemble(a.get(0));
        }
        Expression host = a.get(a.size() - 2);
        AssembledText uri = assemble(a.get(a.size() - 1));
        return host.getType() == JavaType.Primitive.Int ? uri : assemble(host).plus(uri);
    }

    /** Apache CXF's JAX-RS {@code WebClient}: built step by step like a {@code WebTarget} ({@code path}, {@code query}). */
    private static final String CXF_WEB_CLIENT = "org.apache.cxf.jaxrs.client.WebClient";

    private static boolean isWebTargetType(@Nullable JavaType t) {
        JavaType.FullyQualified fq = TypeUtils.asFullyQualified(t);
        String name = fq == null ? "" : fq.getFullyQualifiedName();
        return (name.startsWith("javax.ws.rs.client.") || name.startsWith("jakarta.ws.rs.client."))
                && (name.endsWith(".WebTarget") || name.endsWith("$WebTarget")) || name.equals(CXF_WEB_CLIENT);
    }

    /** Steps that, after a {@code path} step, only a {@code WebTarget} or a URI builder has. */
    private static final Set<String> TARGET_ONLY_STEPS = Set.of("request", "queryParam", "resolveTemplate");

    /** A variable or field named for a client ({@code client}, {@code jaxrsClient}) whose type is unknown. */
    private static boolean isClientName(@Nullable Expression e) {
        String name = e instanceof J.Identifier id ? id.getSimpleName() : e instanceof J.FieldAccess fa ? fa.getSimpleName() : null;
        return name != null && (e.getType() == null || e.getType() instanceof JavaType.Unknown)
                && (name.equals("client") || name.endsWith("Client"));
    }

    /**
     * A JAX-RS {@code WebTarget} held in a variable or field ({@code account.path("addresses").request()}): typed so,
     * or, when the types are unknown, a name followed in {@code outer}'s chain by a {@code path} step and by
     * {@code request()} or a {@code queryParam}/{@code resolveTemplate} step, which only URI builders and
     * {@code WebTarget} have together.
     */
    private static boolean isWebTarget(Expression e, J.MethodInvocation outer) {
        if (!(e instanceof J.Identifier || e instanceof J.FieldAccess)) {
            return false;
        }
        if (TypeUtils.asFullyQualified(e.getType()) != null) {
            return isWebTargetType(e.getType());
        }
        boolean path = false;
        boolean request = false;
        Expression cur = outer;
        while (cur instanceof J.MethodInvocation step) {
            path |= step.getSimpleName().equals("path");
            request |= TARGET_ONLY_STEPS.contains(step.getSimpleName());
            cur = step.getSelect();
        }
        return path && request;
    }

    /** A URL builder's or URL's type this assembler reads the steps of ({@code GenericUrl}, {@code URIBuilder}, ..), text builders aside. */
    public static boolean isUrlBuilderType(@Nullable JavaType t) {
        JavaType.FullyQualified fq = TypeUtils.asFullyQualified(t);
        return fq != null && BUILDER_TYPES.contains(fq.getFullyQualifiedName()) && !fq.getFullyQualifiedName().startsWith("java.lang.");
    }

    private boolean isBuilderTyped(Expression e) {
        JavaType.FullyQualified fq = TypeUtils.asFullyQualified(e.getType());
        return fq != null && BUILDER_TYPES.contains(fq.getFullyQualifiedName());
    }

    private boolean isUrlWrapper(J.NewClass nc) {
        JavaType.FullyQualified fq = TypeUtils.asFullyQualified(nc.getType());
        if (fq != null && BUILDER_TYPES.contains(fq.getFullyQualifiedName())) {
            return true;
        }
        if (fq != null && isOwnUrlBuilder(fq.getClassName())) {
            return JavaArgs.real(nc.getArguments()).size() == 1;
        }
        if (nc.getClazz() instanceof J.Identifier id) {
            return BUILDER_SIMPLE_NAMES.contains(id.getSimpleName()) && !id.getSimpleName().equals("Builder")
                    || isOwnUrlBuilder(id.getSimpleName()) && JavaArgs.real(nc.getArguments()).size() == 1;
        }
        if (nc.getClazz() instanceof J.FieldAccess fa) {
            return fa.toString().endsWith("HttpUrl.Builder");
        }
        return false;
    }

    /**
     * A step of the Google HTTP Client's {@code GenericUrl} that changes the URL: {@code appendRawPath(path)},
     * {@code setRawPath(path)}, a query parameter's {@code set(name, value)} or {@code put(name, value)} (typed), or
     * its path parts set ({@code setPathParts}: read as unknown).
     */
    static boolean isGenericUrlStep(J.MethodInvocation mi) {
        int args = JavaArgs.real(mi.getArguments()).size();
        String name = mi.getSimpleName();
        JavaType.Method mt = mi.getMethodType();
        if (mt == null) {
            return (name.equals("appendRawPath") || name.equals("setRawPath")) && args == 1;
        }
        String owner = mt.getDeclaringType().getFullyQualifiedName();
        if (!owner.equals(GENERIC_URL) && !(owner.equals("com.google.api.client.util.GenericData")
                && mi.getSelect() != null && TypeUtils.isOfClassType(mi.getSelect().getType(), GENERIC_URL))) {
            return false;
        }
        return (name.equals("appendRawPath") || name.equals("setRawPath")) && args == 1
                || (name.equals("set") || name.equals("put")) && args == 2 || name.equals("setPathParts");
    }

    private static boolean isStatic(J.MethodInvocation m, String fqn, String simple) {
        JavaType.Method mt = m.getMethodType();
        if (mt != null) {
            return fqn.equals(mt.getDeclaringType().getFullyQualifiedName());
        }
        return m.getSelect() instanceof J.Identifier id && id.getSimpleName().equals(simple);
    }

    private @Nullable AssembledText call(J.MethodInvocation m) {
        String name = m.getSimpleName();
        List<Expression> args = JavaArgs.real(m.getArguments());
        if (isPropertyRead(m)) {
            // get("DASHBOARD_BASE_URL", "dashboard.baseUrl", default): the key, then the default last
            int at = Math.max(environmentLookupKey(m, args), 0);
            int byDefault = args.size() == 3 ? 2 : 1;
            String key = (String) ((J.Literal) args.get(at)).getValue();
            AssembledText fallback = args.size() > byDefault ? assemble(args.get(byDefault)) : null;
            if (args.size() > byDefault) {
                consumed.remove(args.get(byDefault).getId()); // a default written here is a text of its own, fixed where it is
            }
            return AssembledText.of(new Part.PropertyRef(key, fallback, new Origin(sourcePath, m.getId())));
        }
        if (isOptionalValue(m)) {
            // settings.canaryTn().orElse(null): the value the Optional holds (its default is a text of its own)
            return assemble(m.getSelect());
        }
        if (kotlin && isKotlinTextCall(m)) {
            AssembledText t = kotlinTextCall(m, args);
            if (t != null) {
                return t;
            }
        }
        if (isNumberAsText(m) && !name.equals("valueOf")) {
            return assemble(args.get(0)); // Long.toString(CANARY_TN): the constant's digits
        }
        if (isStatic(m, "java.lang.String", "String")) {
            if (name.equals("format") && !args.isEmpty()) {
                int fmt = args.get(0).getType() instanceof JavaType.FullyQualified fq
                        && fq.getFullyQualifiedName().equals("java.util.Locale") && args.size() > 1 ? 1 : 0;
                return format(args.get(fmt), args.subList(fmt + 1, args.size()));
            }
            if (name.equals("valueOf") && args.size() == 1) {
                return assemble(args.get(0));
            }
            if (name.equals("join") && !args.isEmpty()) {
                return join(args.get(0), args.subList(1, args.size()));
            }
        }
        String selectName = m.getSelect() instanceof J.Identifier id ? id.getSimpleName()
                : m.getSelect() instanceof J.FieldAccess fa ? fa.getSimpleName() : "";
        if (PASS_THROUGH.contains(name) && !args.isEmpty() && (!selectName.isEmpty() && Character.isUpperCase(selectName.charAt(0))
                || m.getSelect() == null && m.getMethodType() != null && m.getMethodType().hasFlags(org.openrewrite.java.tree.Flag.Static))) {
            // HtmlUtils.htmlEscape(tn), URLEncoder.encode(tn, UTF_8), Objects.requireNonNull(base), a static escape(tn)
            // of the class itself: the same text as far as a URL or a number in it goes
            return assemble(args.get(0));
        }
        if (isStatic(m, "java.text.MessageFormat", "MessageFormat") && name.equals("format") && !args.isEmpty()) {
            return messageFormat(args.get(0), args.subList(1, args.size()));
        }
        if (name.equals("formatted") && m.getSelect() != null) {
            return format(m.getSelect(), args);
        }
        if (name.equals("buildAccountModelUri") || name.equals("buildModelUri")) {
            AssembledText prefix = AssembledText.hole("irisClient").plus(name.equals("buildAccountModelUri")
                    ? AssembledText.text("/accounts/").plus(AssembledText.hole("accountId")) : AssembledText.empty());
            if (!args.isEmpty() && args.get(0) instanceof J.NewArray arr && arr.getInitializer() != null) {
                consumed.add(arr.getId());
                for (Expression el : JavaArgs.real(arr.getInitializer())) {
                    prefix = prefix.plus("/").plus(assemble(el));
                }
                return prefix;
            }
            return prefix.plus(AssembledText.hole("segments"));
        }
        return builderChain(m);
    }

    private @Nullable AssembledText builderChain(J.MethodInvocation outer) {
        Expression start = chainStart(outer);
        if (start == null && !(outer.getSelect() != null && isStringBuilding(outer.getSelect())
                && (outer.getSimpleName().equals("concat") || TRANSPARENT.contains(outer.getSimpleName())))) {
            return null;
        }
        List<J.MethodInvocation> calls = new ArrayList<>();
        Expression cur = outer;
        while (cur instanceof J.MethodInvocation mi && cur != start) {
            calls.add(0, mi);
            cur = mi.getSelect();
        }
        boolean jaxRs = cur instanceof J.MethodInvocation target && isJaxRsTarget(target, outer)
                || cur != null && !(cur instanceof J.MethodInvocation) && isWebTarget(cur, outer);
        // a client's request (Vert.x, AsyncHttpClient), also one a helper of the project hands out: query steps only
        boolean clientRequest = cur instanceof J.MethodInvocation vs && (isVertxRequest(vs) || isAsyncHttpRequest(vs) || isOwnBuilderFactory(vs)
                && (isVertxRequestType(vs.getMethodType().getReturnType()) || isPlayWsRequestType(vs.getMethodType().getReturnType())
                || isJettyRequestType(vs.getMethodType().getReturnType())))
                || cur != null && isHeldVertxRequest(cur);
        AssembledText text;
        if (cur == null) {
            return null;
        } else if (cur instanceof J.MethodInvocation startCall && isRestAssuredStart(startCall)) {
            consumed.add(startCall.getId());
            return restAssuredUrl(AssembledText.empty(), calls);
        } else if (cur instanceof J.NewClass nc && isRestAssuredSpecType(nc.getType())) {
            consumed.add(nc.getId());
            return restAssuredUrl(AssembledText.empty(), calls);
        } else if (!(cur instanceof J.MethodInvocation) && isRestAssuredSpecType(cur.getType())) {
            return restAssuredUrl(assemble(cur), calls);
        } else if (cur instanceof J.MethodInvocation startCall && isAsyncHttpRequest(startCall)) {
            consumed.add(startCall.getId());
            List<Expression> a = JavaArgs.real(startCall.getArguments());
            text = a.isEmpty() ? AssembledText.hole(startCall.getSimpleName() + "()") : assemble(a.get(a.size() - 1));
        } else if (cur instanceof J.MethodInvocation startCall && isVertxRequest(startCall)) {
            consumed.add(startCall.getId());
            text = vertxRequestUrl(startCall);
        } else if (cur instanceof J.MethodInvocation startCall && isHelidonRequest(startCall)) {
            consumed.add(startCall.getId());
            return helidonRequestUrl(startCall, calls);
        } else if (cur instanceof J.MethodInvocation startCall && startCall.getSelect() == null
                && returnsOwnRequestBuilder(startCall)) {
            // request(GET, path): what the helper's own builder chain holds, its parameters bound to the call's
            AssembledText helper = helperCall(startCall);
            text = helper != null ? helper : AssembledText.hole(startCall.getSimpleName() + "()");
        } else if (cur instanceof J.MethodInvocation startCall && isOwnBuilderFactory(startCall)) {
            // what the project's method builds (its accessor or helper text), the steps after it appended
            jaxRs = isWebTargetType(startCall.getMethodType().getReturnType());
            text = assemble(startCall);
        } else if (cur instanceof J.MethodInvocation startCall && !isBuilderStart(startCall) && !jaxRs) {
            text = AssembledText.hole(startCall.getSimpleName() + "()"); // a helper that returns a builder
        } else if (cur instanceof J.MethodInvocation startCall) {
            consumed.add(startCall.getId());
            List<Expression> a = JavaArgs.real(startCall.getArguments());
            // DashboardRequestBuilder.on(webClient): a request builder of the project's own started on its client
            boolean onClient = !a.isEmpty() && returnsOwnRequestBuilder(startCall)
                    && !TypeUtils.isString(a.get(0).getType()) && a.get(0).getType() != null;
            text = a.isEmpty() || onClient ? AssembledText.empty() : assemble(a.get(0));
            if (isOwnUrlBuilderFactory(startCall)) {
                text = accountScoped(text, startCall);
            }
        } else if (cur instanceof J.NewClass nc) {
            consumed.add(nc.getId());
            List<Expression> a = JavaArgs.real(nc.getArguments());
            text = a.isEmpty() ? AssembledText.empty() : assemble(a.get(0));
        } else {
            text = assemble(cur);
        }
        boolean hasQuery = false;
        boolean slashing = jaxRs || isSlashingUriBuilder(cur);
        boolean ownRequest = !calls.isEmpty() && isOwnRequestBuilder(calls.get(0).getSelect() == null ? null
                : calls.get(0).getSelect().getType());
        for (J.MethodInvocation mi : calls) {
            consumed.add(mi.getId());
            List<Expression> a = JavaArgs.real(mi.getArguments());
            if (ownRequest) {
                String step = mi.getSimpleName();
                if ((step.equals("base") || step.equals("baseUrl") || step.equals("baseUri") || step.equals("endpoint"))
                        && a.size() == 1 || step.equals("host") && !a.isEmpty()) {
                    text = assemble(a.get(0)).plus(text); // host(host, port, ssl): the host, its port and scheme aside
                } else if (ACCOUNT_STEPS.contains(step) && a.size() == 1 && !text.sketch().contains("/accounts/")) {
                    // account(id): every account-scoped path of the Dashboard starts with /accounts/<account>, and
                    // nothing else would tell the request's steps apart from the customer's own paths
                    text = text.plus(text.sketch().endsWith("/") ? "accounts/" : "/accounts/").plus(segment(assemble(a.get(0))));
                } else if (step.equals("path") && !a.isEmpty()) {
                    for (Expression seg : a) {
                        text = slashJoined(text, assemble(seg)); // each argument a path of its own
                    }
                } else if ((step.equals("segments") || step.equals("segment")) && !a.isEmpty()) {
                    for (Expression seg : a) {
                        text = slashJoined(text, segment(assemble(seg))); // each argument one segment
                    }
                } else if ((step.equals("query") || step.equals("param") || step.equals("queryParam")) && a.size() == 2) {
                    text = withParam(text, hasQuery, a);
                    hasQuery = true;
                }
                continue; // the method, the body, headers: not the URL
            }
            if (clientRequest) {
                if ((mi.getSimpleName().equals("addQueryParam") || mi.getSimpleName().equals("setQueryParam")
                        || mi.getSimpleName().equals("queryString") || mi.getSimpleName().equals("addQueryParameter")
                        || mi.getSimpleName().equals("setQueryParameter")
                        || mi.getSimpleName().equals("param") && mi.getMethodType() != null
                        && isJettyRequestType(mi.getMethodType().getDeclaringType())) && a.size() == 2) {
                    text = withParam(text, hasQuery || text.sketch().contains("?"), a);
                    hasQuery = true;
                } else if (mi.getSimpleName().startsWith("send") || mi.getSimpleName().equals("execute")
                        || UNIREST_RESPONSE.matcher(mi.getSimpleName()).matches()) {
                    break; // the request goes: its body and handlers follow
                }
                continue; // headers, credentials, codecs, timeouts: not the URL
            }
            if (jaxRs && (mi.getSimpleName().equals("request") || mi.getSimpleName().startsWith("resolveTemplate"))) {
                if (mi.getSimpleName().equals("request")) {
                    break; // headers, the entity and the method follow: the URL is complete
                }
                continue; // fills a {name} of the path in: the template stands for the value
            }
            if (jaxRs && mi.getSimpleName().equals("query") && a.size() >= 2) {
                text = withParam(text, hasQuery, a); // CXF's WebClient.query(name, values..)
                hasQuery = true;
                continue;
            }
            if (isGenericUrlStep(mi)) {
                switch (mi.getSimpleName()) {
                    case "appendRawPath" -> text = text.plus(assemble(a.get(0)));
                    case "setRawPath" -> text = authorityOf(text).plus(assemble(a.get(0)));
                    case "set", "put" -> {
                        text = withParam(text, hasQuery || text.sketch().contains("?"), a);
                        hasQuery = true;
                    }
                    default -> text = text.plus(AssembledText.hole(mi.getSimpleName() + "()"));
                }
                continue;
            }
            if (slashing && mi.getSimpleName().equals("path") && !a.isEmpty()) {
                // WebTarget.path and JAX-RS's and Micronaut's UriBuilder.path put a slash between the two unless one is
                // there, whatever the argument holds
                text = slashJoined(text, assemble(a.get(0)));
                continue;
            }
            switch (mi.getSimpleName()) {
                case "scheme", "setScheme" -> text = a.isEmpty() ? text : assemble(a.get(0)).plus("://").plus(text);
                case "host", "setHost" -> text = a.isEmpty() ? text : text.plus(assemble(a.get(0)));
                case "port", "setPort" -> text = a.isEmpty() ? text : text.plus(":").plus(assemble(a.get(0)));
                case "path", "appendPath", "replacePath", "setPath", "encodedPath", "addEncodedPathSegments" -> {
                    if (!a.isEmpty()) {
                        AssembledText p = assemble(a.get(0));
                        if (mi.getSimpleName().equals("setPath") || mi.getSimpleName().equals("replacePath")
                                || mi.getSimpleName().equals("encodedPath")) {
                            text = authorityOf(text);
                        }
                        text = joinPath(text, p);
                    }
                }
                case "pathSegment", "addPathSegment", "setPathSegments", "appendPathSegments", "addEncodedPathSegment",
                        "segment", "segments", "pathSegments" -> {
                    if (mi.getSimpleName().equals("setPathSegments")) {
                        text = authorityOf(text);
                    }
                    for (Expression seg : a) {
                        text = text.plus("/").plus(segment(assemble(seg)));
                    }
                }
                case "addPathSegments" -> {
                    for (Expression seg : a) {
                        text = text.plus("/").plus(assemble(seg));
                    }
                }
                case "queryParam", "addQueryParameter", "setQueryParameter", "addParameter", "setParameter",
                        "addEncodedQueryParameter", "queryParamIfPresent", "replaceQueryParam" -> {
                    if (!a.isEmpty()) {
                        text = withParam(text, hasQuery, a);
                        hasQuery = true;
                    }
                }
                case "query", "replaceQuery", "setCustomQuery", "encodedQuery" -> {
                    if (a.size() == 2 && mi.getSimpleName().equals("query")) {
                        text = withParam(text, hasQuery, a); // query(name, value) of a builder of the project's own
                        hasQuery = true;
                    } else if (!a.isEmpty()) {
                        text = text.plus("?").plus(assemble(a.get(0)));
                        hasQuery = true;
                    }
                }
                case "append", "concat" -> {
                    for (Expression x : a) {
                        text = text.plus(assemble(x));
                    }
                }
                default -> {
                    if (!TRANSPARENT.contains(mi.getSimpleName()) && !mi.getSimpleName().startsWith("encode")) {
                        // an unknown step (fragment, userInfo, ...) keeps the text but adds an unknown tail
                        text = text.plus(AssembledText.hole(mi.getSimpleName() + "()"));
                    }
                }
            }
        }
        return text;
    }

    /** REST Assured's request specification and its builder, whose steps give the URL. */
    private static final Set<String> REST_ASSURED_SPECS = Set.of("io.restassured.specification.RequestSpecification",
            "io.restassured.builder.RequestSpecBuilder");
    /** The calls of a REST Assured request that send it, its path their first argument (after the method for {@code request}). */
    private static final Set<String> REST_ASSURED_SENDS = Set.of("get", "post", "put", "delete", "patch", "head", "options");

    /** {@code given()}, {@code with()}, {@code when()} of REST Assured: the start of a request; typed only. */
    private static boolean isRestAssuredStart(J.MethodInvocation mi) {
        JavaType.Method mt = mi.getMethodType();
        return mt != null && (mi.getSimpleName().equals("given") || mi.getSimpleName().equals("with") || mi.getSimpleName().equals("when"))
                && mt.getDeclaringType().getFullyQualifiedName().equals("io.restassured.RestAssured");
    }

    /** A REST Assured request specification or its builder ({@code RequestSpecification spec}, {@code new RequestSpecBuilder()}). */
    private static boolean isRestAssuredSpecType(@Nullable JavaType t) {
        JavaType.FullyQualified fq = TypeUtils.asFullyQualified(t);
        return fq != null && REST_ASSURED_SPECS.contains(fq.getFullyQualifiedName());
    }

    /**
     * The URL of a REST Assured request or specification: the base URI (of a {@code spec(..)} it is given, or its own
     * {@code baseUri}), its base path, the path it is sent to ({@code get("/accounts/{accountId}/availableNumbers")}),
     * then the query parameters its {@code queryParam(name, value)} and {@code param(name, value)} steps add, in order.
     * What follows the send ({@code then()}, the response's checks) is not read.
     */
    private AssembledText restAssuredUrl(AssembledText base, List<J.MethodInvocation> calls) {
        AssembledText basePath = AssembledText.empty();
        AssembledText path = AssembledText.empty();
        List<List<Expression>> params = new ArrayList<>();
        for (J.MethodInvocation mi : calls) {
            List<Expression> a = JavaArgs.real(mi.getArguments());
            String step = mi.getSimpleName();
            if (step.equals("then") || step.equals("extract")) {
                break;
            }
            consumed.add(mi.getId());
            switch (step) {
                case "spec", "specification", "addRequestSpecification", "baseUri", "setBaseUri" ->
                        base = a.size() == 1 ? assemble(a.get(0)) : base;
                case "basePath", "setBasePath" -> basePath = a.size() == 1 ? assemble(a.get(0)) : basePath;
                case "queryParam", "param", "addQueryParam", "addParam" -> {
                    if (a.size() >= 2) {
                        params.add(a);
                    }
                }
                default -> {
                    if (REST_ASSURED_SENDS.contains(step) && !a.isEmpty() && TypeUtils.isString(a.get(0).getType())) {
                        path = assemble(a.get(0));
                    } else if (step.equals("request") && a.size() >= 2 && TypeUtils.isString(a.get(1).getType())) {
                        path = assemble(a.get(1));
                    }
                }
            }
        }
        AssembledText text = base.plus(basePath).plus(path);
        boolean hasQuery = text.sketch().contains("?");
        for (List<Expression> p : params) {
            text = withParam(text, hasQuery, p);
            hasQuery = true;
        }
        return text;
    }

    /**
     * The URL of a Helidon request: the client's base URI (unknown here) unless a {@code uri(..)} step sets it, its
     * {@code path(..)} steps appended, its {@code queryParam(name, value..)} steps added; the request is sent by
     * {@code request(..)}, {@code submit(..)} and the like, after which nothing touches the URL.
     */
    private AssembledText helidonRequestUrl(J.MethodInvocation start, List<J.MethodInvocation> calls) {
        AssembledText text = AssembledText.hole(start.getSimpleName() + "()");
        boolean hasQuery = false;
        for (J.MethodInvocation mi : calls) {
            consumed.add(mi.getId());
            List<Expression> a = JavaArgs.real(mi.getArguments());
            String step = mi.getSimpleName();
            if (step.equals("uri") && a.size() == 1) {
                text = assemble(a.get(0));
                hasQuery = text.sketch().contains("?");
            } else if (step.equals("path") && a.size() == 1) {
                text = joinPath(text, assemble(a.get(0)));
            } else if (step.equals("queryParam") && a.size() >= 2) {
                text = withParam(text, hasQuery, a);
                hasQuery = true;
            } else if (step.startsWith("request") || step.startsWith("submit") || step.equals("outputStream")) {
                break;
            }
        }
        return text;
    }

    private static AssembledText segment(AssembledText t) {
        AssembledText out = AssembledText.empty();
        for (Part p : t.parts()) {
            out = out.plus(AssembledText.of(p instanceof Part.Known k ? k.asSegment() : p));
        }
        return out;
    }

    /** The URI builders whose {@code path(..)} puts a slash before the path it appends when there is none. */
    private static final Set<String> SLASHING_BUILDERS = Set.of("javax.ws.rs.core.UriBuilder", "jakarta.ws.rs.core.UriBuilder",
            "io.micronaut.http.uri.UriBuilder");

    /**
     * A chain started by JAX-RS's {@code UriBuilder.fromUri(..)} or Micronaut's {@code UriBuilder.of(..)}: by its type,
     * or, untyped, by the class it is called on (Spring's {@code UriBuilder} has no static factory).
     */
    private static boolean isSlashingUriBuilder(@Nullable Expression start) {
        if (!(start instanceof J.MethodInvocation sc) || sc.getSelect() == null) {
            return false;
        }
        JavaType.Method mt = sc.getMethodType();
        if (mt != null) {
            return SLASHING_BUILDERS.contains(mt.getDeclaringType().getFullyQualifiedName());
        }
        return sc.getSelect() instanceof J.Identifier id && id.getSimpleName().equals("UriBuilder")
                || sc.getSelect() instanceof J.FieldAccess fa && fa.getSimpleName().equals("UriBuilder");
    }

    /** {@code text} with {@code path} after exactly one slash, whatever {@code path} holds (a segment, a hole). */
    private static AssembledText slashJoined(AssembledText text, AssembledText path) {
        return text.sketch().endsWith("/") || path.sketch().startsWith("/") ? text.plus(path) : text.plus("/").plus(path);
    }

    /** {@code text} with the query parameter named by {@code args[0]} and valued by {@code args[1]} (when given). */
    private AssembledText withParam(AssembledText text, boolean hasQuery, List<Expression> args) {
        return text.plus(hasQuery ? "&" : "?").plus(assemble(args.get(0))).plus("=")
                .plus(args.size() > 1 ? assemble(args.get(1)) : AssembledText.empty());
    }

    /** Joins a path to a base the way URI builders do: exactly one slash between them. */
    private static AssembledText joinPath(AssembledText base, AssembledText path) {
        String b = base.sketch();
        String p = path.sketch();
        if (b.isEmpty() || p.isEmpty() || b.endsWith("/") || p.startsWith("/") || p.charAt(0) == AssembledText.HOLE) {
            return base.plus(path);
        }
        return base.plus("/").plus(path);
    }

    /** Keeps scheme and authority of a URL text, dropping its path (for setPath-style calls). */
    private static AssembledText authorityOf(AssembledText t) {
        String sketch = t.sketch();
        int schemeEnd = sketch.indexOf("//");
        if (schemeEnd < 0) {
            return t;
        }
        int pathStart = sketch.indexOf('/', schemeEnd + 2);
        if (pathStart < 0) {
            return t;
        }
        AssembledText out = AssembledText.empty();
        int pos = 0;
        for (Part p : t.parts()) {
            int len = p instanceof Part.Known k ? k.text().length() : 1;
            if (pos + len <= pathStart) {
                out = out.plus(AssembledText.of(p));
            } else if (pos < pathStart && p instanceof Part.Known k) {
                out = out.plus(AssembledText.of(new Part.Known(k.text().substring(0, pathStart - pos), k.origin(), k.anchor(), k.segment())));
            }
            pos += len;
        }
        return out;
    }

    private AssembledText format(Expression template, List<Expression> args) {
        AssembledText fmt = assemble(template);
        AssembledText out = AssembledText.empty();
        int next = 0;
        for (Part p : fmt.parts()) {
            if (!(p instanceof Part.Known k)) {
                out = out.plus(AssembledText.of(p));
                continue;
            }
            Matcher m = FORMAT_SPEC.matcher(k.text());
            int last = 0;
            while (m.find()) {
                out = out.plus(slice(k, last, m.start()));
                String spec = m.group();
                if (spec.endsWith("%")) {
                    out = out.plus("%");
                } else if (spec.endsWith("n")) {
                    out = out.plus("\n");
                } else {
                    int index = m.group(1) != null ? Integer.parseInt(m.group(1).substring(0, m.group(1).length() - 1)) - 1 : next++;
                    out = out.plus(index >= 0 && index < args.size() ? assemble(args.get(index)) : AssembledText.hole(spec));
                }
                last = m.end();
            }
            out = out.plus(slice(k, last, k.text().length()));
        }
        return out;
    }

    private AssembledText messageFormat(Expression template, List<Expression> args) {
        AssembledText fmt = assemble(template);
        AssembledText out = AssembledText.empty();
        for (Part p : fmt.parts()) {
            if (!(p instanceof Part.Known k)) {
                out = out.plus(AssembledText.of(p));
                continue;
            }
            Matcher m = MESSAGE_FORMAT_ARG.matcher(k.text());
            int last = 0;
            while (m.find()) {
                out = out.plus(slice(k, last, m.start()));
                int index = Integer.parseInt(m.group(1));
                out = out.plus(index < args.size() ? assemble(args.get(index)) : AssembledText.hole(m.group()));
                last = m.end();
            }
            out = out.plus(slice(k, last, k.text().length()));
        }
        return out;
    }

    private AssembledText join(Expression separator, List<Expression> elements) {
        AssembledText sep = assemble(separator);
        AssembledText out = AssembledText.empty();
        List<Expression> items = elements;
        if (elements.size() == 1 && elements.get(0) instanceof J.NewArray arr && arr.getInitializer() != null) {
            consumed.add(arr.getId());
            items = JavaArgs.real(arr.getInitializer());
        }
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out = out.plus(sep);
            }
            out = out.plus(assemble(items.get(i)));
        }
        return out;
    }

    private static AssembledText slice(Part.Known k, int from, int to) {
        if (to <= from) {
            return AssembledText.empty();
        }
        Origin o = k.origin() == null ? null : k.origin().shifted(from);
        return AssembledText.of(new Part.Known(k.text().substring(from, to), o, k.anchor(), k.segment()));
    }


    private static boolean isStringTyped(Expression e) {
        return KotlinText.isText(e.getType());
    }

    private static boolean containsStringLiteral(J.Binary b) {
        return b.getLeft() instanceof J.Literal l && l.getValue() instanceof String
                || b.getRight() instanceof J.Literal r && r.getValue() instanceof String
                || b.getLeft() instanceof K.StringTemplate || b.getRight() instanceof K.StringTemplate
                || b.getLeft() instanceof J.Binary lb && lb.getOperator() == J.Binary.Type.Addition && containsStringLiteral(lb);
    }
}
