package io.github.irismigrate.analysis;

import org.jspecify.annotations.Nullable;
import org.openrewrite.Cursor;
import org.openrewrite.java.JavaIsoVisitor;
import org.openrewrite.java.tree.Expression;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.JavaSourceFile;
import org.openrewrite.java.tree.JavaType;
import org.openrewrite.java.tree.TypeUtils;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which query parameters one request carries, and where a new one goes. A query is built in one of three ways:
 * <ul>
 *     <li>in the text of the URL ({@code "?areaCode=919"}, concatenated, formatted, from constants or config):
 *     {@link #ofText(String)} reads the parameters of a resolved text;</li>
 *     <li>in a builder chain ({@code .queryParam("areaCode", ac)}, OkHttp {@code addQueryParameter}, Apache
 *     {@code URIBuilder.addParameter/setParameter}): {@link #chainOf(J.MethodInvocation, Cursor)} gives every
 *     parameter call of the chain that holds a call;</li>
 *     <li>in a {@code Map} built for the request ({@code query.put("areaCode", ..)}, {@code Map.of("areaCode", ..)})
 *     and handed to the Iris SDK's searches or to an HTTP client: {@link #mapsIn(J.MethodDeclaration, J.CompilationUnit, KeyNames, BiPredicate)}.</li>
 * </ul>
 */
public final class QueryAssembly {
    public static final String COUNTRY = "countryCodeA3";
    public static final String AREA_CODE = "areaCode";

    /** Builder calls that add one query parameter, name first. */
    public static final Set<String> PARAM_CALLS = Set.of("queryParam", "addQueryParameter", "setQueryParameter",
            "addParameter", "setParameter", "addEncodedQueryParameter", "setEncodedQueryParameter", "queryParamIfPresent",
            "replaceQueryParam", "addQueryParam", "setQueryParam", "queryString");

    /**
     * A builder call that adds one query parameter, name first: one of {@link #PARAM_CALLS}, or {@code query(name,
     * value)} of a request builder of the project's own (Spring's one-argument {@code query(..)} takes a whole query).
     */
    public static boolean isParamCall(J.MethodInvocation m) {
        return PARAM_CALLS.contains(m.getSimpleName())
                || m.getSimpleName().equals("query") && JavaArgs.real(m.getArguments()).size() == 2
                || (m.getSimpleName().equals("set") || m.getSimpleName().equals("put")) && JavaStringAssembler.isGenericUrlStep(m)
                || OWN_QUERY_STEPS.contains(m.getSimpleName()) && JavaArgs.real(m.getArguments()).size() == 2
                && isOwnQueryBuilderStep(m)
                || m.getSimpleName().equals("param") && JavaArgs.real(m.getArguments()).size() == 2 && isJettyRequestStep(m);
    }

    /** A step of Jetty's client request ({@code http.newRequest(url).param("areaCode", ac)}); typed only. */
    private static boolean isJettyRequestStep(J.MethodInvocation m) {
        return m.getMethodType() != null
                && m.getMethodType().getDeclaringType().getFullyQualifiedName().startsWith("org.eclipse.jetty.client.");
    }

    /**
     * A call on a query-string builder of the project's own: by the method's type, or, when the project's classes are
     * not compiled (the type unknown), by the class the chain starts from ({@code QueryString.create()},
     * {@code new QueryString()}).
     */
    public static boolean isOwnQueryBuilderStep(J.MethodInvocation m) {
        if (m.getMethodType() != null) {
            return isOwnQueryBuilderType(m.getMethodType());
        }
        Expression root = m;
        while (root instanceof J.MethodInvocation mi && mi.getSelect() != null) {
            if (mi.getMethodType() != null) {
                return isOwnQueryBuilderType(mi.getMethodType());
            }
            root = mi.getSelect();
        }
        String name = root instanceof J.Identifier id && !id.getSimpleName().isEmpty() && Character.isUpperCase(id.getSimpleName().charAt(0))
                ? id.getSimpleName() : root instanceof J.NewClass nc && nc.getClazz() != null ? nc.getClazz().toString() : null;
        return name != null && OWN_QUERY_BUILDER.matcher(name).matches();
    }

    /** The steps of a query builder of the project's own that add one parameter, name first. */
    private static final Set<String> OWN_QUERY_STEPS = Set.of("param", "add", "with", "put", "set", "queryParam");
    /** A class of the project's own that builds a query string: {@code QueryString}, {@code QueryBuilder}, {@code UrlQuery}. */
    private static final Pattern OWN_QUERY_BUILDER = Pattern.compile("\\w*Query(?:String|Builder|Params|Parameters)?");

    /** True when {@code mt} is a method of a query-string builder of the project's own (not a library's). */
    public static boolean isOwnQueryBuilderType(JavaType.@Nullable Method mt) {
        if (mt == null) {
            return false;
        }
        String fqn = mt.getDeclaringType().getFullyQualifiedName();
        String simple = fqn.substring(Math.max(fqn.lastIndexOf('.'), fqn.lastIndexOf('$')) + 1);
        return OWN_QUERY_BUILDER.matcher(simple).matches() && QUERY_LIBRARIES.stream().noneMatch(fqn::startsWith);
    }

    /** Libraries with query builders of their own (search, database, HTTP): theirs build other queries. */
    private static final List<String> QUERY_LIBRARIES = List.of("java.", "javax.", "jdk.", "jakarta.", "org.springframework.",
            "org.apache.", "org.elasticsearch.", "co.elastic.", "org.opensearch.", "org.jooq.", "com.mongodb.", "org.mongodb.",
            "org.hibernate.", "com.querydsl.", "io.vertx.", "io.micronaut.", "io.quarkus.", "com.google.", "com.squareup.",
            "okhttp3.", "kong.unirest.", "org.glassfish.", "org.eclipse.", "com.fasterxml.", "software.amazon.", "com.azure.",
            "com.bandwidth.", "graphql.", "org.neo4j.", "com.datastax.", "io.r2dbc.");

    /**
     * A chain on such a builder that ends in its text ({@code QueryString.create().param(..).build()}, or its
     * {@code toString()}) and adds at least one parameter.
     */
    public static boolean isOwnQueryBuilderChain(J.MethodInvocation m) {
        if (!isOwnQueryBuilderStep(m)) {
            return false;
        }
        for (Expression cur = m; cur instanceof J.MethodInvocation mi; cur = mi.getSelect()) {
            if (OWN_QUERY_STEPS.contains(mi.getSimpleName()) && JavaArgs.real(mi.getArguments()).size() == 2) {
                return true;
            }
        }
        return false;
    }

    /** The Iris SDK's searches that take a query map: {@code AvailableNumbers.search(client, query)} and the like. */
    public static final Map<String, String> SDK_QUERY_CALLS = Map.of(
            IrisSdk.MODEL_PACKAGE + ".AvailableNumbers", "search",
            IrisSdk.MODEL_PACKAGE + ".InserviceNumber", "list",
            IrisSdk.MODEL_PACKAGE + ".AvailableNpaNxx", "list");

    /** Calls of HTTP clients and URI builders that take a map of query parameters or URI variables. */
    private static final Set<String> HTTP_MAP_CALLS = Set.of("getForObject", "getForEntity", "exchange", "uri",
            "queryParams", "buildAndExpand", "expand", "get", "execute", "request", "send", "params", "queryParameters",
            "withQueryParams", "buildAccountModelUri", "buildModelUri", "search", "list");

    /**
     * True when {@code md} walks the entries of its parameter {@code index}, a map ({@code values.forEach(q::param)},
     * {@code for (var e : params.entrySet())}): a helper that joins a query map into a query string.
     */
    public static boolean walksMapParameter(J.MethodDeclaration md, int index) {
        if (md.getBody() == null || index >= md.getParameters().size()
                || !(md.getParameters().get(index) instanceof J.VariableDeclarations param) || param.getVariables().size() != 1
                || param.getTypeAsFullyQualified() == null
                || !TypeUtils.isAssignableTo("java.util.Map", param.getTypeAsFullyQualified())) {
            return false;
        }
        String name = param.getVariables().get(0).getSimpleName();
        boolean[] walks = {false};
        boolean[] logs = {false};
        new JavaIsoVisitor<Integer>() {
            @Override
            public J.MethodInvocation visitMethodInvocation(J.MethodInvocation call, Integer p) {
                if (walks(call, name)) {
                    walks[0] = true;
                }
                if (LogCalls.isLog(call)) {
                    logs[0] = true; // audit(Map<String, ?> fields) that logs each entry: no query
                }
                return super.visitMethodInvocation(call, p);
            }
        }.visit(md.getBody(), 0);
        return walks[0] && !logs[0];
    }

    /** Walks over a map's entries, by which code joins a query map into a query string itself. */
    private static final Set<String> MAP_WALKS = Set.of("entrySet", "forEach");

    /** {@code name.entrySet()}, {@code name.forEach(..)}: a walk over the entries of the map variable {@code name}. */
    private static boolean walks(J.MethodInvocation call, String name) {
        return MAP_WALKS.contains(call.getSimpleName()) && call.getSelect() instanceof J.Identifier walked
                && walked.getSimpleName().equals(name);
    }

    private static final Pattern PARAM = Pattern.compile("(?<=[?&" + AssembledText.HOLE + "])([A-Za-z0-9_.\\-\\[\\]]+)(?==)");
    /** An RFC 6570 query expression: <code>{?areaCode,quantity}</code>, or <code>{&amp;page}</code> after a literal query. */
    private static final Pattern QUERY_EXPRESSION = Pattern.compile("\\{[?&]([A-Za-z0-9_.,*:%]+)}");
    /** One variable of such an expression, without its modifier ({@code areaCode*}, {@code areaCode:3}). */
    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("(?:^|,)([A-Za-z0-9_.%]+)");

    private QueryAssembly() {
    }

    // ---- query in the text ----------------------------------------------------------------------------------

    /** One parameter of a query text: its name and where the name sits in the text. */
    /**
     * One query parameter of a text: its name's offsets, and for a variable of an RFC 6570 query expression
     * ({@code /availableNumbers{?areaCode,quantity}}, Micronaut's and Spring's URI templates) the offset of that
     * expression's <code>{</code>, else -1.
     */
    public record Param(String name, int start, int end, int expression) {
        public Param(String name, int start, int end) {
            this(name, start, end, -1);
        }

        /**
         * True when an unknown part comes right before the name, in place of the {@code ?} or {@code &}: a separator
         * a loop switches ({@code url.append(separator).append("areaCode=")}), whose query is read but not edited.
         */
        public boolean afterUnknown(String flat) {
            return expression < 0 && start > 0 && flat.charAt(start - 1) == AssembledText.HOLE;
        }

        public boolean isAreaCode() {
            return name.equalsIgnoreCase(AREA_CODE);
        }

        /** True for a variable of a URI template's query expression, whose value the caller's argument gives. */
        public boolean isTemplateVariable() {
            return expression >= 0;
        }
    }

    /** The query of one request text: the parameters after its {@code ?} (or after an {@code &} when the rest is elsewhere). */
    public record TextQuery(List<Param> params) {
        public boolean has(String name) {
            return params.stream().anyMatch(p -> p.name().equalsIgnoreCase(name));
        }

        public List<Param> areaCodes() {
            return params.stream().filter(Param::isAreaCode).toList();
        }

        /** Text to insert right before an area-code parameter's name so the request carries the country too. */
        public static String countryBefore(String countryCode) {
            return COUNTRY + "=" + countryCode + "&";
        }
    }

    /** The query parameters of a resolved request text; an empty query when it has none. */
    public static TextQuery ofText(String flat) {
        int q = flat.indexOf('?');
        int from = q < 0 ? 0 : q;
        int hash = flat.indexOf('#', from);
        String region = hash < 0 ? flat.substring(from) : flat.substring(from, hash);
        List<Param> out = new ArrayList<>();
        Matcher m = PARAM.matcher(region);
        while (m.find()) {
            out.add(new Param(m.group(1), from + m.start(1), from + m.end(1)));
        }
        Matcher e = QUERY_EXPRESSION.matcher(hash < 0 ? flat : flat.substring(0, hash));
        while (e.find()) {
            Matcher v = TEMPLATE_VARIABLE.matcher(e.group(1));
            while (v.find()) {
                int at = e.start(1) + v.start(1);
                out.add(new Param(v.group(1), at, at + v.group(1).length(), e.start()));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Param::start));
        return new TextQuery(out);
    }

    // ---- query in a builder chain -----------------------------------------------------------------------------

    /** One parameter call of a builder chain. */
    public record ParamCall(J.MethodInvocation call, @Nullable String name) {
    }

    /** The parameter calls of the whole builder chain that holds {@code call} (the cursor points at {@code call}). */
    public static List<ParamCall> chainOf(J.MethodInvocation call, Cursor cursor) {
        J.MethodInvocation outer = call;
        Cursor c = cursor;
        while (true) {
            Cursor parent = c.getParentTreeCursor();
            if (parent.getValue() instanceof J.MethodInvocation pm && pm.getSelect() == outer) {
                outer = pm;
                c = parent;
            } else {
                break;
            }
        }
        List<ParamCall> out = new ArrayList<>();
        Expression cur = outer;
        while (cur instanceof J.MethodInvocation mi) {
            if (isParamCall(mi)) {
                out.add(0, new ParamCall(mi, nameOf(mi)));
            }
            cur = mi.getSelect();
        }
        return out;
    }

    /** The literal parameter name of a parameter call, or null when it is not a literal. */
    public static @Nullable String nameOf(J.MethodInvocation paramCall) {
        List<Expression> args = JavaArgs.real(paramCall.getArguments());
        return args.isEmpty() ? null : KeyNames.LITERALS.of(args.get(0));
    }

    // ---- query in a map ---------------------------------------------------------------------------------------

    /**
     * One entry of a query map: the key (a literal, or a constant that holds the name) with the name it gives, and
     * the call that adds it ({@code put} or {@code Map.of}).
     */
    public record MapEntry(Expression key, String name, J.MethodInvocation call, boolean viaMapOf) {
        public MapEntry(J.Literal key, J.MethodInvocation call, boolean viaMapOf) {
            this(key, (String) java.util.Objects.requireNonNull(key.getValue()), call, viaMapOf);
        }

        /** The value given for the key: the argument after it in {@code Map.of}, the second of {@code put}. */
        public Expression value() {
            List<Expression> args = JavaArgs.real(call.getArguments());
            for (int i = 0; viaMapOf && i + 1 < args.size(); i++) {
                if (args.get(i) == key) {
                    return args.get(i + 1);
                }
            }
            return args.get(1);
        }
    }

    /**
     * A map built in one method and handed to a request.
     *
     * @param variable    the local variable holding it, or null for a {@code Map.of(..)} passed directly
     * @param sink        the call it is handed to; null for a map the method returns
     * @param toDashboard true when that call sends it to the Dashboard whatever the file is (one of the Iris SDK's
     *                    searches, a Dashboard client's query-map parameter), false when to an HTTP client call
     */
    public record MapQuery(@Nullable String variable, List<MapEntry> entries, J.@Nullable MethodInvocation sink, boolean toDashboard) {
        public boolean has(String name) {
            return entries.stream().anyMatch(e -> e.name().equalsIgnoreCase(name));
        }

        public List<MapEntry> areaCodes() {
            return entries.stream().filter(e -> e.name().equalsIgnoreCase(AREA_CODE)).toList();
        }
    }

    /** The name a query map's key gives: its value when it is a string literal or a constant known to hold one. */
    @FunctionalInterface
    public interface KeyNames {
        @Nullable String of(Expression key);

        /** String literals only. */
        KeyNames LITERALS = k -> k instanceof J.Literal l && l.getValue() instanceof String s ? s : null;
    }

    /**
     * The query maps a method builds and hands to a request (SDK search or HTTP client call), keys named by {@code keys};
     * {@code clientQueryMap} tells the calls whose argument (by index) is a Dashboard client's whole query, and
     * {@code walksMap} the calls of methods of the project that join their argument's entries into a query
     * ({@code QueryString.of(query)} with {@code values.forEach(q::param)}).
     */
    public static List<MapQuery> mapsIn(J.MethodDeclaration md, J.CompilationUnit cu, KeyNames keys,
                                        BiPredicate<J.MethodInvocation, Integer> clientQueryMap,
                                        BiPredicate<J.MethodInvocation, Integer> walksMap) {
        return maps(md, cu, false, keys, clientQueryMap, walksMap);
    }

    /**
     * The query maps {@code md} builds and returns ({@code return query;}, {@code return Map.of("areaCode", ac);}),
     * for a method whose callers hand its result to a request; {@code toDashboard} is false and {@code sink} null.
     */
    public static List<MapQuery> returnedMaps(J.MethodDeclaration md, J.CompilationUnit cu, KeyNames keys) {
        return maps(md, cu, true, keys, (m, i) -> false, (m, i) -> false);
    }

    /** A map handed as argument {@code index} of a call of a method of the project's, which may send it. */
    private record HandedOn(J.MethodInvocation call, int index, Expression map) {
    }

    private static List<MapQuery> maps(J.MethodDeclaration md, J.CompilationUnit cu, boolean returned, KeyNames keys,
                                       BiPredicate<J.MethodInvocation, Integer> clientQueryMap,
                                       BiPredicate<J.MethodInvocation, Integer> walksMap) {
        if (md.getBody() == null) {
            return List.of();
        }
        Map<String, List<MapEntry>> byVariable = new LinkedHashMap<>();
        List<J.MethodInvocation[]> sinks = new ArrayList<>(); // {sink, inline Map.of or null}
        Map<J.MethodInvocation, String> sinkVariables = new LinkedHashMap<>();
        List<String> returnedVariables = new ArrayList<>();
        List<J.MethodInvocation> returnedMapOfs = new ArrayList<>();
        List<HandedOn> handedOn = new ArrayList<>();
        Set<J.MethodInvocation> clientSinks = new java.util.HashSet<>();
        new JavaIsoVisitor<Integer>() {
            @Override
            public J.VariableDeclarations.NamedVariable visitVariable(J.VariableDeclarations.NamedVariable v, Integer p) {
                J.MethodInvocation init = mapOfIn(v.getInitializer());
                if (init != null) {
                    byVariable.computeIfAbsent(v.getSimpleName(), k -> new ArrayList<>()).addAll(mapOfEntries(init, keys));
                }
                return super.visitVariable(v, p);
            }

            @Override
            public J.Return visitReturn(J.Return r, Integer p) {
                J.MethodInvocation mapOf = mapOfIn(r.getExpression());
                if (r.getExpression() instanceof J.Identifier id && isMapTyped(id)) {
                    returnedVariables.add(id.getSimpleName());
                } else if (mapOf != null) {
                    returnedMapOfs.add(mapOf);
                }
                return super.visitReturn(r, p);
            }

            @Override
            public J.Lambda visitLambda(J.Lambda lambda, Integer p) {
                // a lambda's return is not the method's
                return returned ? lambda : super.visitLambda(lambda, p);
            }

            @Override
            public J.MethodInvocation visitMethodInvocation(J.MethodInvocation m, Integer p) {
                if (m.getSelect() instanceof J.Identifier target && (m.getSimpleName().equals("put")
                        || MULTI_MAP_ADDS.contains(m.getSimpleName()) && isMultiValueMap(target))) {
                    List<Expression> args = JavaArgs.real(m.getArguments());
                    String name = args.size() == 2 ? keys.of(args.get(0)) : null;
                    if (name != null && isMapTyped(target)) {
                        byVariable.computeIfAbsent(target.getSimpleName(), k -> new ArrayList<>())
                                .add(new MapEntry(args.get(0), name, m, false));
                    }
                }
                if (MAP_WALKS.contains(m.getSimpleName()) && m.getSelect() instanceof J.Identifier walked
                        && isMapTyped(walked)) {
                    // for (var p : params.entrySet()) qs.add(p.getKey() + "=" + ..): the map becomes a query string
                    sinkVariables.put(m, walked.getSimpleName());
                }
                boolean sdk = isSdkQueryCall(m, cu);
                boolean http = sdk || HTTP_MAP_CALLS.contains(m.getSimpleName());
                List<Expression> args = JavaArgs.real(m.getArguments());
                for (int i = 0; i < args.size(); i++) {
                    Expression a = args.get(i);
                    J.MethodInvocation mapOf = mapOfIn(a);
                    boolean variable = a instanceof J.Identifier id && isMapTyped(id);
                    if ((variable || mapOf != null) && clientQueryMap.test(m, i)) {
                        clientSinks.add(m); // api.search(id, filters) of search(.., @QueryMap Map<String, Object> filters)
                        if (variable) {
                            sinkVariables.put(m, ((J.Identifier) a).getSimpleName());
                        } else {
                            sinks.add(new J.MethodInvocation[]{m, mapOf});
                        }
                    } else if (variable && http) {
                        sinkVariables.put(m, ((J.Identifier) a).getSimpleName());
                    } else if (mapOf != null && http) {
                        sinks.add(new J.MethodInvocation[]{m, mapOf});
                    } else if ((variable || mapOf != null) && m.getMethodType() != null) {
                        handedOn.add(new HandedOn(m, i, a));
                    }
                }
                return super.visitMethodInvocation(m, p);
            }
        }.visit(md.getBody(), 0);
        List<MapQuery> out = new ArrayList<>();
        if (returned) {
            for (String v : returnedVariables) {
                List<MapEntry> entries = byVariable.get(v);
                if (entries != null) {
                    out.add(new MapQuery(v, entries, null, false));
                }
            }
            for (J.MethodInvocation m : returnedMapOfs) {
                out.add(new MapQuery(null, mapOfEntries(m, keys), null, false));
            }
            return out;
        }
        for (HandedOn h : handedOn) {
            // audit(Map.of("areaCode", ac)) where audit walks its map into a query string: only for maps with an area code
            J.MethodInvocation mapOf = mapOfIn(h.map());
            String variable = h.map() instanceof J.Identifier id ? id.getSimpleName() : null;
            List<MapEntry> entries = mapOf != null ? mapOfEntries(mapOf, keys) : byVariable.getOrDefault(variable, List.of());
            if (entries.stream().anyMatch(e -> AREA_CODE.equalsIgnoreCase(e.name()))
                    && (sendsMapParameter(h.call(), h.index(), cu) || walksMap.test(h.call(), h.index()))) {
                if (mapOf != null) {
                    sinks.add(new J.MethodInvocation[]{h.call(), mapOf});
                } else {
                    sinkVariables.put(h.call(), variable);
                }
            }
        }
        for (Map.Entry<J.MethodInvocation, String> s : sinkVariables.entrySet()) {
            List<MapEntry> entries = byVariable.get(s.getValue());
            if (entries != null) {
                out.add(new MapQuery(s.getValue(), entries, s.getKey(), isSdkQueryCall(s.getKey(), cu) || clientSinks.contains(s.getKey())));
            }
        }
        for (J.MethodInvocation[] s : sinks) {
            out.add(new MapQuery(null, mapOfEntries(s[1], keys), s[0], isSdkQueryCall(s[0], cu) || clientSinks.contains(s[0])));
        }
        return out;
    }

    /**
     * The method of the project whose result {@code arg} is, as a query map handed on: a call
     * ({@code Queries.byAreaCode(npa)}), a copy of one ({@code new HashMap<>(Queries.byAreaCode(npa))}), or a local
     * variable of {@code md} initialised with either. Null when it is none of these.
     */
    public static @Nullable String queryMapSource(Expression arg, J.@Nullable MethodDeclaration md) {
        Expression e = arg;
        for (int step = 0; step < 4 && e != null && !(e instanceof J.MethodInvocation); step++) {
            if (e instanceof J.NewClass copy && JavaArgs.real(copy.getArguments()).size() == 1) {
                e = JavaArgs.real(copy.getArguments()).get(0);
            } else if (e instanceof J.Identifier id && md != null && md.getBody() != null) {
                e = initializer(md, id.getSimpleName());
            } else {
                return null;
            }
        }
        if (!(e instanceof J.MethodInvocation call) || call.getMethodType() == null || isMapOf(call)) {
            return null;
        }
        return JavaArgs.methodKey(call);
    }

    /** The initializer of the local variable {@code name} of {@code md}, or null. */
    private static @Nullable Expression initializer(J.MethodDeclaration md, String name) {
        Expression[] init = {null};
        new JavaIsoVisitor<Integer>() {
            @Override
            public J.VariableDeclarations.NamedVariable visitVariable(J.VariableDeclarations.NamedVariable v, Integer p) {
                if (v.getSimpleName().equals(name) && v.getInitializer() != null) {
                    init[0] = v.getInitializer();
                }
                return v;
            }
        }.visit(md.getBody(), 0);
        return init[0];
    }

    /**
     * The {@code Map.of(..)} that {@code e} is, or that it copies into a map of its own
     * ({@code new HashMap<>(Map.of("areaCode", ac, "quantity", 1))}, which can take more entries); else null.
     */
    private static J.@Nullable MethodInvocation mapOfIn(@Nullable Expression e) {
        if (e instanceof J.NewClass copy && copy.getBody() == null && JavaArgs.real(copy.getArguments()).size() == 1) {
            e = JavaArgs.real(copy.getArguments()).get(0);
        }
        return e instanceof J.MethodInvocation m && isMapOf(m) ? m : null;
    }

    /** {@code Map.of(k, v, ...)} or {@code ImmutableMap.of(..)}. */
    public static boolean isMapOf(J.MethodInvocation m) {
        if (!m.getSimpleName().equals("of") || !(m.getSelect() instanceof J.Identifier id)) {
            return false;
        }
        return id.getSimpleName().equals("Map") || id.getSimpleName().equals("ImmutableMap");
    }

    /**
     * The entries {@code variable.put("key", value)} adds to a map in {@code tree}, by their literal keys, wherever
     * they are.
     */
    public static List<MapEntry> putEntries(J tree, String variable) {
        List<MapEntry> out = new ArrayList<>();
        new JavaIsoVisitor<Integer>() {
            @Override
            public J.MethodInvocation visitMethodInvocation(J.MethodInvocation put, Integer p) {
                List<Expression> kv = JavaArgs.real(put.getArguments());
                if (put.getSimpleName().equals("put") && put.getSelect() instanceof J.Identifier target
                        && target.getSimpleName().equals(variable) && kv.size() == 2
                        && kv.get(0) instanceof J.Literal key && key.getValue() instanceof String) {
                    out.add(new MapEntry(key, put, false));
                }
                return super.visitMethodInvocation(put, p);
            }
        }.visit(tree, 0);
        return out;
    }

    /** The entries of {@code Map.of(k, v, ..)} whose keys are string literals. */
    public static List<MapEntry> mapOfEntries(J.MethodInvocation mapOf) {
        return mapOfEntries(mapOf, KeyNames.LITERALS);
    }

    /** The entries of {@code Map.of(k, v, ..)} whose keys {@code keys} names. */
    public static List<MapEntry> mapOfEntries(J.MethodInvocation mapOf, KeyNames keys) {
        List<MapEntry> out = new ArrayList<>();
        List<Expression> args = JavaArgs.real(mapOf.getArguments());
        for (int i = 0; i + 1 < args.size(); i += 2) {
            String name = keys.of(args.get(i));
            if (name != null) {
                out.add(new MapEntry(args.get(i), name, mapOf, true));
            }
        }
        return out;
    }

    /** What adds one value to a multi-value map ({@code query.add("areaCode", ac)} of Spring's {@code MultiValueMap}). */
    private static final Set<String> MULTI_MAP_ADDS = Set.of("add", "set");

    /** Spring's {@code MultiValueMap} ({@code LinkedMultiValueMap}), by type; or, without types, by its declared name. */
    private static boolean isMultiValueMap(J.Identifier id) {
        JavaType t = id.getType();
        if (t == null || t instanceof JavaType.Unknown) {
            return false;
        }
        return TypeUtils.isAssignableTo("org.springframework.util.MultiValueMap", t);
    }

    private static boolean isMapTyped(J.Identifier id) {
        JavaType t = id.getType();
        if (t == null || t instanceof JavaType.Unknown) {
            return true; // without types, a variable that receives put(String, ..) and goes to a request counts
        }
        return TypeUtils.isAssignableTo("java.util.Map", t);
    }

    /**
     * True when {@code m} calls a method of the same file that sends its parameter {@code index}, a map, as a query:
     * it walks the map's entries ({@code for (var e : filters.entrySet()) url.append(sep).append(e.getKey())..}) or
     * hands it to an HTTP or SDK call ({@code get(path, query)}). {@code audit(Map.of("areaCode", ac))} is then a
     * query map like {@code get(path, Map.of("areaCode", ac))}.
     */
    private static boolean sendsMapParameter(J.MethodInvocation m, int index, J.CompilationUnit cu) {
        JavaType.Method mt = m.getMethodType();
        if (mt == null || m.getSelect() != null && !(m.getSelect() instanceof J.Identifier self && self.getSimpleName().equals("this"))) {
            return false;
        }
        String owner = mt.getDeclaringType().getFullyQualifiedName();
        int arity = JavaArgs.real(m.getArguments()).size();
        boolean[] sends = {false};
        new JavaIsoVisitor<Integer>() {
            @Override
            public J.MethodDeclaration visitMethodDeclaration(J.MethodDeclaration md, Integer p) {
                JavaType.Method declared = md.getMethodType();
                if (sends[0] || md.getBody() == null || !md.getSimpleName().equals(m.getSimpleName()) || JavaArgs.arity(md) != arity
                        || declared == null || !declared.getDeclaringType().getFullyQualifiedName().equals(owner)
                        || !(md.getParameters().get(index) instanceof J.VariableDeclarations param)
                        || param.getVariables().size() != 1) {
                    return md;
                }
                String name = param.getVariables().get(0).getSimpleName();
                new JavaIsoVisitor<Integer>() {
                    @Override
                    public J.MethodInvocation visitMethodInvocation(J.MethodInvocation call, Integer q) {
                        if (walks(call, name)
                                || (HTTP_MAP_CALLS.contains(call.getSimpleName()) || isSdkQueryCall(call, cu))
                                && JavaArgs.real(call.getArguments()).stream()
                                .anyMatch(a -> a instanceof J.Identifier id && id.getSimpleName().equals(name))) {
                            sends[0] = true;
                        }
                        return super.visitMethodInvocation(call, q);
                    }
                }.visit(md.getBody(), 0);
                return md;
            }
        }.visit(cu, 0);
        return sends[0];
    }

    /** Annotations of a client method's parameter that make it the whole query, whatever its type. */
    private static final Set<String> QUERY_MAP_ANNOTATIONS = Set.of("QueryMap", "SpringQueryMap", "BeanParam");
    /** Annotations of a client method's parameter that make it one query parameter, or the whole query when a map. */
    public static final Set<String> QUERY_PARAM_ANNOTATIONS = Set.of("RequestParam", "Query", "QueryParam", "QueryValue");

    /**
     * True when a declarative client method's parameter is the whole query: {@code @QueryMap Map<String, Object>
     * filters} (Feign, Retrofit), {@code @SpringQueryMap}, {@code @BeanParam}, or a {@code Map} given by
     * {@code @RequestParam} (Spring's HTTP interfaces).
     */
    public static boolean isQueryMapParameter(J.VariableDeclarations p) {
        for (J.Annotation a : p.getLeadingAnnotations()) {
            if (QUERY_MAP_ANNOTATIONS.contains(a.getSimpleName()) || QUERY_PARAM_ANNOTATIONS.contains(a.getSimpleName())
                    && p.getTypeAsFullyQualified() != null && p.getTypeAsFullyQualified().getFullyQualifiedName().endsWith("Map")) {
                return true;
            }
        }
        return false;
    }

    /** Kotlin's calls that build a map ({@code mapOf("areaCode" to ac)}). */
    private static final Set<String> KOTLIN_MAPS = Set.of("mapOf", "mutableMapOf", "hashMapOf", "linkedMapOf", "sortedMapOf");
    /** Calls that fill a map, not hand it on. */
    private static final Set<String> MAP_BUILDING = Set.of("put", "putAll", "set", "apply", "also", "plus");

    /**
     * The areaCode keys (by the ids of their literals, {@code areacode} too) of the Kotlin query maps function {@code md}
     * builds: {@code mapOf("areaCode" to ac)}, {@code hashMapOf<..>().apply { put("areaCode", ac) }},
     * {@code query["areacode"] = ac}. None when the function names countryCodeA3. A map counts when the function calls
     * one of the SDK's searches, or, with {@code toAnyCall} (a file that talks to the Dashboard), when it hands the
     * map to a call: built inline as an argument, or a variable passed to a call.
     */
    public static Set<UUID> kotlinAreaCodeKeys(J.MethodDeclaration md, JavaSourceFile file, boolean toAnyCall) {
        if (md.getBody() == null || mentionsCountry(md.getBody())) {
            return Set.of();
        }
        boolean[] sdk = {false};
        Set<String> handed = new HashSet<>(); // names handed to a call of the function: a map may be one
        Set<UUID> handedMaps = new HashSet<>(); // maps built inline as an argument
        new JavaIsoVisitor<Integer>() {
            @Override
            public J.MethodInvocation visitMethodInvocation(J.MethodInvocation m, Integer p) {
                sdk[0] |= isSdkQueryCall(m, file);
                if (m.getSimpleName().equals("to") || KOTLIN_MAPS.contains(m.getSimpleName())
                        || MAP_BUILDING.contains(m.getSimpleName())) {
                    return super.visitMethodInvocation(m, p); // building the map, not handing it on
                }
                for (Expression a : JavaArgs.real(m.getArguments())) {
                    if (a instanceof J.Identifier id) {
                        handed.add(id.getSimpleName());
                    } else {
                        handedMaps.add(a.getId());
                    }
                }
                return super.visitMethodInvocation(m, p);
            }
        }.visit(md.getBody(), 0);
        if (!sdk[0] && !toAnyCall) {
            return Set.of();
        }
        Set<UUID> keys = new HashSet<>();
        new JavaIsoVisitor<Integer>() {
            @Override
            public J.Literal visitLiteral(J.Literal literal, Integer p) {
                if (literal.getValue() instanceof String key && key.equalsIgnoreCase(AREA_CODE) && isKotlinMapKey(literal, getCursor())
                        && (sdk[0] || sentFrom(getCursor(), handed, handedMaps))) {
                    keys.add(literal.getId());
                }
                return literal;
            }
        }.visit(md, 0);
        return keys;
    }

    /** {@code "areaCode" to ac} in a map builder, {@code put("areaCode", ac)}, {@code query["areaCode"] = ac}. */
    private static boolean isKotlinMapKey(J.Literal key, Cursor at) {
        Cursor parent = at.getParentTreeCursor();
        if (!(parent.getValue() instanceof J.MethodInvocation call)) {
            return false;
        }
        List<Expression> args = JavaArgs.real(call.getArguments());
        if (call.getSimpleName().equals("to") && call.getSelect() == key) {
            return parent.getParentTreeCursor().getValue() instanceof J.MethodInvocation maker
                    && KOTLIN_MAPS.contains(maker.getSimpleName());
        }
        if (call.getSimpleName().equals("put") && args.size() == 2 && args.get(0) == key) {
            return true;
        }
        return parent.getParentTreeCursor().getValue() instanceof J.Assignment set && set.getVariable() == call;
    }

    /** Whether the map around {@code at} is handed to a call: built inline as an argument, or a variable handed on. */
    private static boolean sentFrom(Cursor at, Set<String> handed, Set<UUID> handedMaps) {
        for (Cursor c = at; c != null && !(c.getValue() instanceof J.MethodDeclaration); c = c.getParent()) {
            Object v = c.getValue();
            if (v instanceof J j && handedMaps.contains(j.getId())) {
                return true;
            }
            if (v instanceof J.VariableDeclarations.NamedVariable nv && handed.contains(nv.getSimpleName())) {
                return true;
            }
            if (v instanceof J.MethodInvocation m && m.getSelect() instanceof J.Identifier target
                    && handed.contains(target.getSimpleName())) {
                return true; // query.put(..) / query[..] = .. on a map handed on
            }
            if (v instanceof J.Assignment a && a.getVariable() instanceof J.MethodInvocation set
                    && set.getSelect() instanceof J.Identifier target && handed.contains(target.getSimpleName())) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code m} is {@code AvailableNumbers.search}, {@code InserviceNumber.list} or {@code AvailableNpaNxx.list}. */
    public static boolean isSdkQueryCall(J.MethodInvocation m, JavaSourceFile cu) {
        JavaType.Method mt = m.getMethodType();
        if (mt != null && SDK_QUERY_CALLS.containsKey(mt.getDeclaringType().getFullyQualifiedName())) {
            return SDK_QUERY_CALLS.get(mt.getDeclaringType().getFullyQualifiedName()).equals(m.getSimpleName());
        }
        if (m.getSelect() instanceof J.Identifier id) {
            for (Map.Entry<String, String> e : SDK_QUERY_CALLS.entrySet()) {
                String simple = e.getKey().substring(e.getKey().lastIndexOf('.') + 1);
                if (id.getSimpleName().equals(simple) && e.getValue().equals(m.getSimpleName())
                        && IrisSdk.is(id.getType(), id, e.getKey(), cu)) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- context -----------------------------------------------------------------------------------------------

    /** True when a tree sits inside a loop of its method: a parameter added there would be added once per turn. */
    public static boolean inLoop(Cursor cursor) {
        for (Cursor c = cursor; c != null; c = c.getParent()) {
            Object v = c.getValue();
            if (v instanceof J.MethodDeclaration || v instanceof J.ClassDeclaration || v instanceof J.Lambda) {
                return false;
            }
            if (v instanceof J.ForLoop || v instanceof J.ForEachLoop || v instanceof J.WhileLoop || v instanceof J.DoWhileLoop) {
                return true;
            }
        }
        return false;
    }

    /** True when a method's code names {@code countryCodeA3} in any string: the request gets it somewhere there. */
    /**
     * A path with its own query and its own area code ({@code "/api/v2/accounts/1/availableNumbers?countryCodeA3=USA&
     * areaCode=919"}, a request a test asserts): its country goes with that area code, not to another request of the
     * same method.
     */
    private static boolean isWholeRequest(String s) {
        int slash = s.indexOf('/');
        int q = s.indexOf('?');
        return slash >= 0 && q > slash && s.substring(q).toLowerCase(Locale.ROOT).contains("areacode=");
    }

    /** True when a literal of {@code tree} names countryCodeA3. */
    public static boolean mentionsCountry(@Nullable J tree) {
        return mentionsCountry(tree, false);
    }

    /**
     * True when a literal of {@code tree} names countryCodeA3; with {@code otherRequests}, one that could add it to
     * another request of the tree: not a whole request with its own area code.
     */
    public static boolean mentionsCountry(@Nullable J tree, boolean otherRequests) {
        if (tree == null) {
            return false;
        }
        boolean[] found = {false};
        new JavaIsoVisitor<Integer>() {
            @Override
            public J.Literal visitLiteral(J.Literal literal, Integer p) {
                if (literal.getValue() instanceof String s && s.toLowerCase(Locale.ROOT).contains(COUNTRY.toLowerCase(Locale.ROOT))
                        && !(otherRequests && isWholeRequest(s))) {
                    found[0] = true;
                }
                return literal;
            }
        }.visit(tree, 0);
        return found[0];
    }
}
