package io.github.irismigrate.recipes;

import io.github.irismigrate.analysis.SourcePaths;
import io.github.irismigrate.analysis.JavaArgs;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.irismigrate.analysis.Origin;
import io.github.irismigrate.analysis.Part;
import io.github.irismigrate.analysis.ProjectFacts;
import io.github.irismigrate.analysis.QueryAssembly;
import io.github.irismigrate.analysis.ResolvedText;
import io.github.irismigrate.catalog.Rule;
import org.jspecify.annotations.Nullable;
import org.openrewrite.Cursor;
import org.openrewrite.ExecutionContext;
import org.openrewrite.Option;
import org.openrewrite.Tree;
import org.openrewrite.TreeVisitor;
import org.openrewrite.java.JavaIsoVisitor;
import org.openrewrite.java.tree.Expression;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.JavaSourceFile;
import org.openrewrite.kotlin.tree.K;
import org.openrewrite.java.tree.JRightPadded;
import org.openrewrite.java.tree.JavaType;
import org.openrewrite.java.tree.Space;
import org.openrewrite.java.tree.Statement;
import org.openrewrite.marker.Markers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * BW005 area-code-needs-country: a Dashboard request that filters by {@code areaCode} (or v1's {@code areacode})
 * without {@code countryCodeA3} gets {@code countryCodeA3=<countryCode>} next to the area code: in the query text,
 * as a builder call right after the area-code call, or as a map entry right after the area-code entry. Lower-case
 * {@code areacode} becomes {@code areaCode}. A query built in a loop is flagged, not fixed.
 */
public class AreaCodeNeedsCountry extends IrisRecipe {
    @Option(displayName = "Country code",
            description = "ISO 3166 alpha-3 code added as countryCodeA3 next to every areaCode filter.",
            required = false,
            example = "USA")
    private final @Nullable String countryCode;

    @JsonCreator
    public AreaCodeNeedsCountry(@JsonProperty("reportOnly") @Nullable Boolean reportOnly,
                                @JsonProperty("countryCode") @Nullable String countryCode) {
        super(reportOnly);
        this.countryCode = countryCode;
    }

    public AreaCodeNeedsCountry() {
        this(null, null);
    }

    public @Nullable String getCountryCode() {
        return countryCode;
    }

    String country() {
        return countryCode == null || countryCode.isBlank() ? "USA" : countryCode.trim();
    }

    @Override
    public Rule rule() {
        return Rule.BW005;
    }

    @Override
    protected String planKey() {
        return getClass().getName() + "|" + country();
    }

    String message() {
        return Rule.BW005.message("v2 requires countryCodeA3 with every areaCode filter (an area code alone is not unique "
                + "across countries)", "add countryCodeA3=" + country() + " next to areaCode");
    }

    String nameConstantMessage() {
        return Rule.BW005.message("v2 requires countryCodeA3 with every areaCode filter, and this text, the name of the "
                + "areaCode parameter, goes into a query without it", "add countryCodeA3=" + country()
                + " to the queries built with it (the name itself must stay as it is)");
    }

    String loopMessage() {
        return Rule.BW005.message("v2 requires countryCodeA3 with every areaCode filter, and this query is built in a loop",
                "add countryCodeA3=" + country() + " once to this request, outside the loop");
    }

    /** What planning decided: edits of query texts, and the area-code names of builder chains that need a call. */
    record Plan(Map<UUID, List<PlannedFinding>> texts, Set<UUID> builderNames) {
    }

    @Override
    public TreeVisitor<?, ExecutionContext> getVisitor(ProjectFacts facts) {
        Plan plan = facts.derive(planKey(), f -> plan(new RuleContext(f), f));
        Set<String> dashboardFiles = facts.dashboardFiles();
        boolean fix = fixing();
        return new TreeVisitor<Tree, ExecutionContext>() {
            @Override
            public @Nullable Tree visit(@Nullable Tree tree, ExecutionContext ctx) {
                if (!(tree instanceof JavaSourceFile cu)) { // Java, and Kotlin, whose trees are Java's but a few
                    return new PlanApplier(plan.texts(), fix).visit(tree, ctx);
                }
                Set<UUID> bindingsToRename = new HashSet<>();
                Map<UUID, List<PlannedFinding>> local = localTextPlan(cu, plan.texts(), bindingsToRename);
                Tree t = new PlanApplier(local, fix).visit(cu, ctx);
                boolean dashboardFile = dashboardFiles.contains(SourcePaths.of(cu));
                JavaFixes fixes = new JavaFixes(plan.builderNames(), dashboardFile, fix, facts);
                if (fix) {
                    fixes.keysToRename.addAll(bindingsToRename); // @QueryValue("areacode") of a renamed template variable
                }
                return fixes.visit(t, ctx);
            }
        };
    }

    private Plan plan(RuleContext context, ProjectFacts facts) {
        List<PlannedFinding> texts = new ArrayList<>();
        Set<UUID> builderNames = new HashSet<>();
        Set<UUID> covered = new HashSet<>();
        List<Object[]> candidates = new ArrayList<>();
        // the queries of other APIs' URLs, by file: a test asserting "areaCode=919&quantity=5" of its own endpoint's URL
        Set<String> otherQueries = new HashSet<>();
        for (ProjectFacts.ResolvedRoot rr : facts.resolvedRoots()) {
            int q = rr.text().flat().indexOf('?');
            if (q >= 0 && rr.target().isElsewhere()) {
                otherQueries.add(rr.root().sourcePath() + "?" + rr.text().flat().substring(q + 1));
            }
        }
        for (ProjectFacts.ResolvedRoot rr : facts.resolvedRoots()) {
            ResolvedText text = rr.text();
            QueryAssembly.TextQuery query = QueryAssembly.ofText(text.flat());
            List<QueryAssembly.Param> areaCodes = query.areaCodes();
            if (areaCodes.isEmpty()) {
                if (!otherQueries.contains(rr.root().sourcePath() + "?" + text.flat())) {
                    bareQuery(context, rr, texts);
                }
                continue;
            }
            if (query.has(QueryAssembly.COUNTRY)) {
                for (QueryAssembly.Param p : areaCodes) {
                    ResolvedText.Located loc = text.locate(p.start(), p.end());
                    if (loc != null && loc.part().origin() != null) {
                        covered.add(loc.part().origin().treeId());
                    }
                }
                continue;
            }
            if (!context.reachesDashboard(rr)
                    || rr.target() == io.github.irismigrate.analysis.ApiTarget.UNKNOWN && OWN_API_PATH.matcher(text.flat()).lookingAt()) {
                continue;
            }
            for (QueryAssembly.Param p : areaCodes) {
                candidates.add(new Object[]{rr, p});
            }
        }
        for (Object[] c : candidates) {
            ProjectFacts.ResolvedRoot rr = (ProjectFacts.ResolvedRoot) c[0];
            QueryAssembly.Param p = (QueryAssembly.Param) c[1];
            ResolvedText text = rr.text();
            ResolvedText.Located name = text.locate(p.start(), p.end());
            boolean bareName = name != null && name.part().origin() != null && name.part().text().equalsIgnoreCase(p.name());
            if (!bareName && name != null && name.part().origin() != null && covered.contains(name.part().origin().treeId())) {
                continue; // the same literal also goes into a request that carries the country
            }
            ResolvedText.Located sep = p.start() > 0 ? text.locate(p.start() - 1, p.start()) : null;
            boolean addedByBuilder = sep != null && sep.part().origin() == null && sep.part().anchor() == null
                    && name != null && name.part().text().equals(p.name());
            if (addedByBuilder) {
                if (name.part().origin() != null) {
                    builderNames.add(name.part().origin().treeId());
                }
                continue;
            }
            if (p.isTemplateVariable()) {
                texts.addAll(templateFinding(text, p));
                continue;
            }
            if (bareName) {
                // a literal that is nothing but the parameter's name (a constant AREA_CODE = "areaCode", say) also
                // names it for builders, maps and JSON: "countryCodeA3=USA&" inserted there would break those uses
                texts.add(new PlannedFinding(Rule.BW005, name.part().origin(), nameConstantMessage(), null));
                continue;
            }
            // after a separator the code chooses (a loop's '?' then '&'), the country cannot go in at this place
            PlannedFinding f = finding(Rule.BW005, text, p.start(), p.end(), p.afterUnknown(text.flat()) ? null
                    : QueryAssembly.TextQuery.countryBefore(country()) + QueryAssembly.AREA_CODE, message());
            if (f != null) {
                texts.add(f);
            }
        }
        return new Plan(index(keepSharedLeaves(texts, facts)), builderNames);
    }

    /**
     * A text that is a query string and nothing else, with no {@code ?} ({@code "areaCode=919&size=500"} a test asserts
     * the fake server received), in code that talks to the Dashboard: an area code filter without the country. Flagged, not fixed: where the country goes depends on how
     * the query is put together.
     */
    private void bareQuery(RuleContext context, ProjectFacts.ResolvedRoot rr, List<PlannedFinding> out) {
        String flat = rr.text().flat();
        java.util.regex.Matcher m = BARE_QUERY.matcher(flat);
        if (!m.matches() || !m.group(1).equalsIgnoreCase(QueryAssembly.AREA_CODE)
                || flat.toLowerCase(java.util.Locale.ROOT).contains("countrycodea3=")
                || rr.root().kind() == io.github.irismigrate.analysis.RootKind.CONFIG || !context.reachesDashboard(rr)) {
            return;
        }
        PlannedFinding f = finding(Rule.BW005, rr.text(), m.start(1), m.end(1), null, message());
        if (f != null) {
            out.add(f);
        }
    }

    /** A query string alone, its first parameter's name first: {@code areaCode=919&size=500}, {@code areacode=}. */
    private static final java.util.regex.Pattern BARE_QUERY = java.util.regex.Pattern.compile(
            "([A-Za-z][A-Za-z0-9_]*)=[^&\\s/=]*(?:&[A-Za-z][A-Za-z0-9_]*=[^&\\s/=]*)*");

    /**
     * An area code that is a variable of a URI template's query expression ({@code /availableNumbers{?areaCode,quantity}}
     * of a Micronaut client): the country goes in as a literal query before the expression, which then continues it
     * ({@code ?countryCodeA3=USA{&areaCode,quantity}}). A lower-case {@code areacode} is renamed too, with the value
     * of the {@code @QueryValue("areacode")} that binds it to the method's parameter (see {@link #localTextPlan}: with
     * no such annotation it is flagged).
     */
    private List<PlannedFinding> templateFinding(ResolvedText text, QueryAssembly.Param p) {
        String flat = text.flat();
        String opener = flat.substring(p.expression(), p.expression() + 2);
        String country = (opener.equals("{?") ? "?" : "&") + QueryAssembly.COUNTRY + "=" + country() + "{&";
        PlannedFinding f;
        if (!p.name().equals(QueryAssembly.AREA_CODE)) {
            String between = flat.substring(p.expression() + 2, p.start());
            f = finding(Rule.BW005, text, p.expression(), p.end(), country + between + QueryAssembly.AREA_CODE,
                    templateRenameMessage(p.name()));
        } else {
            f = finding(Rule.BW005, text, p.expression(), p.expression() + 2, country, message());
        }
        return f == null ? List.of() : List.of(f);
    }

    String templateRenameMessage(String name) {
        return Rule.BW005.message("v2 requires countryCodeA3 with every areaCode filter, and this URI template's " + name
                + " variable goes without it", "add countryCodeA3=" + country() + " to the template and rename " + name
                + " to areaCode there and in the @QueryValue(\"" + name + "\") that binds it");
    }

    /** The lower-case area-code variable of a URI template's query in {@code value} (<code>{?areacode,page}</code>), or null. */
    private static @Nullable String lowerCaseTemplateAreaCode(@Nullable Object value) {
        if (value instanceof String s) {
            for (QueryAssembly.Param p : QueryAssembly.ofText(s).areaCodes()) {
                if (p.isTemplateVariable() && !p.name().equals(QueryAssembly.AREA_CODE)) {
                    return p.name();
                }
            }
        }
        return null;
    }

    /** The {@code @QueryValue("areacode")} of {@code md}'s parameters that binds {@code name}, or null. */
    private static J.@Nullable Literal queryValueBinding(J.MethodDeclaration md, String name) {
        for (Statement st : md.getParameters()) {
            if (st instanceof J.VariableDeclarations p) {
                for (J.Annotation a : p.getLeadingAnnotations()) {
                    if (a.getSimpleName().equals("QueryValue") && a.getArguments() != null) {
                        for (Expression arg : a.getArguments()) {
                            Expression v = arg instanceof J.Assignment as ? as.getAssignment() : arg;
                            if (v instanceof J.Literal l && name.equals(l.getValue())) {
                                return l;
                            }
                        }
                    }
                }
            }
        }
        return null;
    }

    private static Map<UUID, List<PlannedFinding>> index(List<PlannedFinding> findings) {
        Map<UUID, List<PlannedFinding>> byTree = new HashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (PlannedFinding f : findings) {
            String key = f.anchor().treeId() + "|" + (f.edit() == null ? f.message() : f.edit().start() + ":" + f.edit().oldText());
            if (seen.add(key)) {
                byTree.computeIfAbsent(f.anchor().treeId(), k -> new ArrayList<>()).add(f);
            }
        }
        return byTree;
    }

    /**
     * The text plan for one Java file, with what only the tree shows: a literal in a method that adds countryCodeA3
     * elsewhere (a builder across statements) needs nothing, one inside a loop is flagged, not fixed, and a URI
     * template whose lower-case areacode is renamed puts the {@code @QueryValue} binding renamed with it in
     * {@code bindingsToRename} (without one, it is flagged).
     */
    private Map<UUID, List<PlannedFinding>> localTextPlan(JavaSourceFile cu, Map<UUID, List<PlannedFinding>> plan,
                                                          Set<UUID> bindingsToRename) {
        Map<UUID, List<PlannedFinding>> local = new HashMap<>(plan);
        new JavaIsoVisitor<Integer>() {
            @Override
            public J.Literal visitLiteral(J.Literal literal, Integer p) {
                List<PlannedFinding> fs = plan.get(literal.getId());
                if (fs == null) {
                    return literal;
                }
                J.MethodDeclaration md = getCursor().firstEnclosing(J.MethodDeclaration.class);
                String lower = lowerCaseTemplateAreaCode(literal.getValue());
                if (lower != null) {
                    // an edit that renames it is only right with the @QueryValue binding renamed too
                    J.Literal binding = md == null ? null : queryValueBinding(md, lower);
                    List<PlannedFinding> renames = new ArrayList<>();
                    for (PlannedFinding f : fs) {
                        if (f.edit() == null || !f.edit().oldText().contains(lower)) {
                            renames.add(f);
                        } else if (binding != null) {
                            renames.add(f);
                            bindingsToRename.add(binding.getId());
                        } else {
                            // bound by the parameter's own name, or not seen: the rename is the reviewer's
                            renames.add(new PlannedFinding(f.rule(), f.anchor(), templateRenameMessage(lower), null));
                        }
                    }
                    local.put(literal.getId(), renames);
                }
                if (md != null && QueryAssembly.mentionsCountry(countryScope(md, getCursor()), true)) {
                    local.remove(literal.getId());
                } else if (QueryAssembly.inLoop(getCursor())) {
                    List<PlannedFinding> flags = new ArrayList<>();
                    for (PlannedFinding f : fs) {
                        flags.add(new PlannedFinding(f.rule(), f.anchor(), loopMessage(), null));
                    }
                    local.put(literal.getId(), flags);
                }
                return literal;
            }
        }.visit(cu, 0);
        return local;
    }

    /**
     * Where a countryCodeA3 added elsewhere may reach the request of the literal at {@code cursor}: the method, or only
     * the literal's statement when that statement is a chain of its own that nothing else in the method can add to
     * (a Camel route, {@code from(..).setHeader(..).toD(..)}, one of several in {@code configure()}).
     */
    private static @Nullable J countryScope(J.MethodDeclaration md, Cursor cursor) {
        J statement = null;
        for (Cursor c = cursor; c != null && c.getValue() != md; c = c.getParent()) {
            if (c.getValue() instanceof J j && c.getParentTreeCursor().getValue() instanceof J.Block b && b == md.getBody()) {
                statement = j;
                break;
            }
        }
        if (statement instanceof J.MethodInvocation chain) {
            Expression root = chain;
            while (root instanceof J.MethodInvocation m && m.getSelect() != null) {
                root = m.getSelect();
            }
            if (root instanceof J.MethodInvocation || root instanceof J.NewClass) {
                return statement;
            }
        }
        return md.getBody();
    }

    String kotlinMapMessage(String key) {
        return Rule.BW005.message("v2 requires countryCodeA3 with every areaCode filter, and this query map has "
                + key + " without it", "add \"countryCodeA3\" to \"" + country() + "\" to the map"
                + (key.equals(QueryAssembly.AREA_CODE) ? "" : " and rename " + key + " to areaCode"));
    }

    /** Builder chains and query maps: what is fixed on the tree. */
    private final class JavaFixes extends JavaIsoVisitor<ExecutionContext> {
        private final Set<UUID> builderNames;
        private final boolean dashboardFile;
        private final boolean fix;
        /** Per method: map entries to extend, by the id of the put statement or Map.of call, and key literals to rename. */
        private final Set<UUID> putsToFollow = new HashSet<>();
        private final Map<UUID, UUID> mapOfsToExtend = new HashMap<>();
        private final Set<UUID> keysToRename = new HashSet<>();
        /** Area-code name-value pairs a countryCodeA3 pair goes before, by the pair's id. */
        private final Set<UUID> pairsToPrecede = new HashSet<>();
        private final Map<UUID, String> flags = new HashMap<>();
        /** Report-only findings the fixing run would rewrite (an added put, pair or query call). */
        private final java.util.Set<UUID> fixableInReport = new java.util.HashSet<>();

        /** Resolves a constant argument ({@code queryParam(Params.AREA_CODE, ac)}); null in a file off the Dashboard. */
        private final @Nullable ProjectFacts facts;

        /**
         * Kotlin's query maps, flagged (not fixed) on their areaCode key (see {@link QueryAssembly#kotlinAreaCodeKeys}):
         * a fix would insert {@code "countryCodeA3" to "USA"} in Kotlin's syntax.
         */
        private J.MethodDeclaration kotlinQueryMaps(J.MethodDeclaration md, K.CompilationUnit file) {
            Set<UUID> keys = QueryAssembly.kotlinAreaCodeKeys(md, file, dashboardFile);
            if (keys.isEmpty()) {
                return md;
            }
            return (J.MethodDeclaration) new JavaIsoVisitor<Integer>() {
                @Override
                public J.Literal visitLiteral(J.Literal literal, Integer p) {
                    if (!keys.contains(literal.getId())) {
                        return literal;
                    }
                    return PlanApplier.mark(literal, List.of(new PlannedFinding(Rule.BW005,
                            new io.github.irismigrate.analysis.Origin("", literal.getId()),
                            kotlinMapMessage((String) literal.getValue()), null)));
                }
            }.visit(md, 0, getCursor().getParentOrThrow());
        }

        JavaFixes(Set<UUID> builderNames, boolean dashboardFile, boolean fix, @Nullable ProjectFacts facts) {
            this.facts = facts;
            this.builderNames = builderNames;
            this.dashboardFile = dashboardFile;
            this.fix = fix;
        }

        @Override
        public J.MethodDeclaration visitMethodDeclaration(J.MethodDeclaration method, ExecutionContext ctx) {
            K.CompilationUnit kotlin = getCursor().firstEnclosing(K.CompilationUnit.class);
            if (kotlin != null) {
                return kotlinQueryMaps(super.visitMethodDeclaration(method, ctx), kotlin);
            }
            if (method.getBody() == null && dashboardFile) {
                clientQueryParameters(method);
            }
            J.CompilationUnit cu = getCursor().firstEnclosing(J.CompilationUnit.class);
            if (cu != null && method.getBody() != null && !QueryAssembly.mentionsCountry(method.getBody())) {
                QueryAssembly.KeyNames keys = key -> keyName(key, cu);
                List<QueryAssembly.MapQuery> maps = new ArrayList<>(QueryAssembly.mapsIn(method, cu, keys, this::clientQueryMap, this::walksMap));
                String key = JavaArgs.methodKey(method);
                if (facts != null && key != null && facts.dashboardQuerySource(key)) {
                    // a query map this method returns, which a caller hands to an SDK search or a Dashboard client's
                    // query-map parameter
                    for (QueryAssembly.MapQuery q : QueryAssembly.returnedMaps(method, cu, keys)) {
                        maps.add(new QueryAssembly.MapQuery(q.variable(), q.entries(), null, true));
                    }
                }
                for (QueryAssembly.MapQuery q : maps) {
                    if (!q.toDashboard() && !dashboardFile || q.has(QueryAssembly.COUNTRY)
                            || !q.toDashboard() && q.sink() != null && sentElsewhere(method, q.sink(), cu)) {
                        continue;
                    }
                    for (QueryAssembly.MapEntry e : q.areaCodes()) {
                        planMapEntry(e, method);
                    }
                }
                if (dashboardFile) {
                    filterTables(method.getBody());
                    namePairs(method, cu);
                }
            }
            return super.visitMethodDeclaration(method, ctx);
        }

        /** Whether argument {@code index} of {@code call} is a map a method of the project joins into a query. */
        private boolean walksMap(J.MethodInvocation call, int index) {
            String key = JavaArgs.methodKey(call);
            return facts != null && key != null && facts.walksMapParameter(key, index);
        }

        /** Whether argument {@code index} of {@code call} is the whole query of a Dashboard client's method. */
        private boolean clientQueryMap(J.MethodInvocation call, int index) {
            String key = JavaArgs.methodKey(call);
            return facts != null && key != null && facts.dashboardQueryMapParameters().getOrDefault(key, Set.of()).contains(index);
        }

        /**
         * Whether the builder chain {@code sink} is a step of ({@code UriComponentsBuilder.fromUriString(PORTAL)
         * .queryParams(query)}) goes to another API than the Dashboard, as its URL says.
         */
        private boolean sentElsewhere(J.MethodDeclaration method, J.MethodInvocation sink, J.CompilationUnit cu) {
            if (facts == null) {
                return false;
            }
            Cursor at = locate(method, sink);
            if (at == null) {
                return false;
            }
            J.MethodInvocation outer = sink;
            for (Cursor c = at.getParentTreeCursor(); c.getValue() instanceof J.MethodInvocation up && up.getSelect() == outer;
                 c = c.getParentTreeCursor()) {
                outer = up;
            }
            String path = SourcePaths.of(cu);
            ResolvedText t = facts.resolve(new io.github.irismigrate.analysis.JavaStringAssembler(path, new HashSet<>())
                    .assemble(outer), path);
            return io.github.irismigrate.analysis.DashboardUrl.classify(t.flat()).isElsewhere();
        }

        /**
         * A table of query filters a loop turns into the query string ({@code String[][] filters = {{"areaCode", ac},
         * {"state", st}}; for (String[] f : filters) query.append(f[0]).append('=').append(f[1]);}) in a method of a
         * class that talks to the Dashboard and never names countryCodeA3: flagged on the areaCode name.
         */
        private void filterTables(J.Block body) {
            Map<String, J.Literal> areaCodeRows = new java.util.HashMap<>();
            Set<String> iterated = new java.util.HashSet<>();
            new JavaIsoVisitor<Integer>() {
                @Override
                public J.VariableDeclarations.NamedVariable visitVariable(J.VariableDeclarations.NamedVariable v, Integer p) {
                    if (v.getInitializer() instanceof J.NewArray table && table.getInitializer() != null) {
                        for (Expression row : table.getInitializer()) {
                            if (row instanceof J.NewArray r && r.getInitializer() != null && r.getInitializer().size() >= 2
                                    && r.getInitializer().get(0) instanceof J.Literal name && name.getValue() instanceof String n
                                    && n.equalsIgnoreCase(QueryAssembly.AREA_CODE)) {
                                areaCodeRows.put(v.getSimpleName(), name);
                            }
                        }
                    }
                    return super.visitVariable(v, p);
                }

                @Override
                public J.ForEachLoop visitForEachLoop(J.ForEachLoop loop, Integer p) {
                    if (loop.getControl().getIterable() instanceof J.Identifier table) {
                        iterated.add(table.getSimpleName());
                    }
                    return super.visitForEachLoop(loop, p);
                }
            }.visit(body, 0);
            areaCodeRows.forEach((table, name) -> {
                if (iterated.contains(table)) {
                    flags.put(name.getId(), loopMessage());
                }
            });
        }

        /**
         * A query given as name-value pairs ({@code new NameValuePair("areaCode", ac)} of Commons HttpClient 3,
         * {@code new BasicNameValuePair(..)} of Apache HttpClient 4/5) in a method of a class that talks to the Dashboard
         * and never names countryCodeA3: the area code goes without the country. Where the pair is one of an array's
         * items or of a call's trailing arguments ({@code http.get(path, new NameValuePair("areaCode", ac))}, a varargs
         * method, {@code List.of}, {@code Arrays.asList}), the fix puts a countryCodeA3 pair of the same class right
         * before it; elsewhere (a list's {@code add}) it is flagged. Pairs handed with a URL of another API are left alone.
         */
        private void namePairs(J.MethodDeclaration method, J.CompilationUnit cu) {
            new JavaIsoVisitor<Integer>() {
                @Override
                public J.NewClass visitNewClass(J.NewClass nc, Integer p) {
                    List<Expression> args = JavaArgs.real(nc.getArguments());
                    String type = nc.getClazz() == null ? "" : nc.getClazz().toString();
                    String name = args.size() == 2 && type.endsWith("NameValuePair") ? keyName(args.get(0), cu) : null;
                    if (name != null && name.equalsIgnoreCase(QueryAssembly.AREA_CODE) && !sentElsewhere(getCursor(), cu)) {
                        Object parent = getCursor().getParentTreeCursor().getValue();
                        boolean amongItems = parent instanceof J.NewArray
                                || parent instanceof J.MethodInvocation call && takesItems(call, call.getArguments().indexOf(nc));
                        boolean inLoop = QueryAssembly.inLoop(getCursor());
                        boolean canFix = amongItems && !inLoop && args.get(0) instanceof J.Literal;
                        if (fix && canFix) {
                            pairsToPrecede.add(nc.getId());
                            if (!QueryAssembly.AREA_CODE.equals(name)) {
                                keysToRename.add(args.get(0).getId());
                            }
                        } else {
                            flags.put(args.get(0).getId(), inLoop ? loopMessage() : message());
                            if (canFix) {
                                fixableInReport.add(args.get(0).getId()); // the report run: what the fixing run adds
                            }
                        }
                    }
                    return super.visitNewClass(nc, p);
                }
            }.visit(method.getBody(), 0, getCursor());
        }

        /**
         * Whether argument {@code index} of {@code call} is one of its items, before which another can go: a varargs
         * method's trailing arguments, {@code List.of}, {@code Arrays.asList}, {@code Stream.of}.
         */
        private static boolean takesItems(J.MethodInvocation call, int index) {
            JavaType.Method mt = call.getMethodType();
            return index >= 0 && (mt != null && mt.hasFlags(org.openrewrite.java.tree.Flag.Varargs)
                    && index >= mt.getParameterTypes().size() - 1
                    || Set.of("of", "asList").contains(call.getSimpleName()) && call.getSelect() instanceof J.Identifier owner
                    && Set.of("List", "Arrays", "Stream", "Set").contains(owner.getSimpleName()));
        }

        /** Whether the call a pair is handed to (directly, or in an array or list) also takes a URL of another API. */
        private boolean sentElsewhere(Cursor pair, J.CompilationUnit cu) {
            if (facts == null) {
                return false;
            }
            String path = SourcePaths.of(cu);
            for (Cursor c = pair.getParentTreeCursor(); c.getValue() instanceof J j && !(j instanceof J.Block); c = c.getParentTreeCursor()) {
                if (j instanceof J.MethodInvocation call) {
                    for (Expression arg : JavaArgs.real(call.getArguments())) {
                        if (!(arg instanceof J.NewClass) && io.github.irismigrate.analysis.DashboardUrl.classify(facts.resolve(
                                new io.github.irismigrate.analysis.JavaStringAssembler(path, new HashSet<>()).assemble(arg), path)
                                .flat()).isElsewhere()) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /** Puts a countryCodeA3 pair of the same class before each planned area-code pair among {@code items}. */
        private List<Expression> withCountryPairs(List<Expression> items) {
            List<Expression> out = new ArrayList<>();
            for (Expression e : items) {
                if (e instanceof J.NewClass nc && pairsToPrecede.contains(nc.getId())) {
                    List<Expression> args = JavaArgs.real(nc.getArguments());
                    out.add(nc.withId(Tree.randomId()).withMarkers(Markers.EMPTY).withArguments(List.of(
                            literal(QueryAssembly.COUNTRY, args.get(0).getPrefix()), literal(country(), args.get(1).getPrefix()))));
                }
                out.add(e);
            }
            return out;
        }

        @Override
        public J.NewArray visitNewArray(J.NewArray newArray, ExecutionContext ctx) {
            J.NewArray a = super.visitNewArray(newArray, ctx);
            return a.getInitializer() == null || pairsToPrecede.isEmpty() ? a : a.withInitializer(withCountryPairs(a.getInitializer()));
        }

        /**
         * A method of a declarative client of the Dashboard (Feign, Spring HTTP interface, Retrofit, JAX-RS or
         * MicroProfile client) whose query parameters include areaCode and not countryCodeA3: flagged on the areaCode
         * parameter's annotation. A parameter that is a whole query map may hold countryCodeA3: then nothing is said.
         */
        private void clientQueryParameters(J.MethodDeclaration method) {
            if (templatesAreaCode(method)) {
                return; // @Get("/availableNumbers{?areaCode,quantity}"): the template's variable is the finding
            }
            J.Annotation areaCode = null;
            for (Statement st : method.getParameters()) {
                if (!(st instanceof J.VariableDeclarations p) || p.getVariables().isEmpty()) {
                    continue;
                }
                if (QueryAssembly.isQueryMapParameter(p)) {
                    return;
                }
                for (J.Annotation a : p.getLeadingAnnotations()) {
                    String kind = a.getSimpleName();
                    if (!QueryAssembly.QUERY_PARAM_ANNOTATIONS.contains(kind)) {
                        continue;
                    }
                    String name = annotationName(a, p.getVariables().get(0).getSimpleName());
                    if (QueryAssembly.COUNTRY.equalsIgnoreCase(name)) {
                        return;
                    }
                    if (QueryAssembly.AREA_CODE.equalsIgnoreCase(name) && areaCode == null) {
                        areaCode = a;
                    }
                }
            }
            if (areaCode != null) {
                flags.put(areaCode.getId(), Rule.BW005.message("v2 requires countryCodeA3 with every areaCode filter (an "
                        + "area code alone is not unique across countries), and this client method sends areaCode without it",
                        "add a countryCodeA3 query parameter (" + country() + ") to this method and pass it from its callers"));
            }
        }

        @Override
        public J.Annotation visitAnnotation(J.Annotation annotation, ExecutionContext ctx) {
            J.Annotation a = super.visitAnnotation(annotation, ctx);
            String flag = flags.get(a.getId());
            return flag == null ? a : PlanApplier.mark(a, List.of(new PlannedFinding(Rule.BW005, new Origin("", a.getId()), flag, null)));
        }

        /**
         * The name a query map's key gives: a string literal's value, or the value of a constant that holds the whole
         * name ({@code Map.of(AREA_CODE, ac)} with {@code AREA_CODE = "areaCode"}, in this class or another).
         */
        private @Nullable String keyName(Expression key, J.CompilationUnit cu) {
            String literal = QueryAssembly.KeyNames.LITERALS.of(key);
            if (literal != null) {
                return literal;
            }
            Part.Known k = constantText(key, cu);
            return k == null ? null : k.text();
        }

        private void planMapEntry(QueryAssembly.MapEntry e, J.MethodDeclaration method) {
            if (!(e.key() instanceof J.Literal) && !QueryAssembly.AREA_CODE.equals(e.name())) {
                flags.put(e.key().getId(), Rule.BW005.message("v2 requires countryCodeA3 with every areaCode filter, and this "
                        + "query map has " + e.name() + " (the constant's value) without it", "add countryCodeA3=" + country()
                        + " to the map and spell the key areaCode (the constant may be used elsewhere: the reviewer's call)"));
                return;
            }
            if (!fix) {
                Cursor at0 = locate(method, e.call());
                boolean canFix = at0 != null && !QueryAssembly.inLoop(at0) && (e.viaMapOf()
                        ? JavaArgs.real(e.call().getArguments()).size() < 20
                        : at0.getParentTreeCursor().getValue() instanceof J.Block);
                flags.put(e.key().getId(), at0 != null && QueryAssembly.inLoop(at0) ? loopMessage() : message());
                if (canFix) {
                    fixableInReport.add(e.key().getId());
                }
                return;
            }
            Cursor at = locate(method, e.call());
            if (at == null || QueryAssembly.inLoop(at)) {
                flags.put(e.key().getId(), loopMessage());
                return;
            }
            if (e.viaMapOf()) {
                if (JavaArgs.real(e.call().getArguments()).size() >= 20) {
                    flags.put(e.key().getId(), message());
                    return;
                }
                mapOfsToExtend.put(e.call().getId(), e.key().getId());
            } else if (at.getParentTreeCursor().getValue() instanceof J.Block) {
                putsToFollow.add(e.call().getId());
            } else {
                flags.put(e.key().getId(), message());
                return;
            }
            if (!QueryAssembly.AREA_CODE.equals(e.name())) {
                keysToRename.add(e.key().getId());
            }
        }

        private @Nullable Cursor locate(J.MethodDeclaration method, J target) {
            Cursor[] found = {null};
            new JavaIsoVisitor<Integer>() {
                @Override
                public J.MethodInvocation visitMethodInvocation(J.MethodInvocation m, Integer p) {
                    if (m.getId().equals(target.getId())) {
                        found[0] = getCursor();
                    }
                    return super.visitMethodInvocation(m, p);
                }
            }.visit(method, 0, getCursor().getParentOrThrow());
            return found[0];
        }

        @Override
        public J.Block visitBlock(J.Block block, ExecutionContext ctx) {
            J.Block b = super.visitBlock(block, ctx);
            if (putsToFollow.isEmpty()) {
                return b;
            }
            List<Statement> out = new ArrayList<>();
            boolean changed = false;
            for (Statement s : b.getStatements()) {
                out.add(s);
                if (s instanceof J.MethodInvocation put && putsToFollow.contains(put.getId())) {
                    List<Expression> args = JavaArgs.real(put.getArguments());
                    String indent = put.getPrefix().getIndent();
                    out.add(put.withId(Tree.randomId()).withPrefix(Space.format("\n" + indent)).withMarkers(Markers.EMPTY)
                            .withArguments(List.of(literal(QueryAssembly.COUNTRY, args.get(0).getPrefix()),
                                    literal(country(), args.get(1).getPrefix()))));
                    changed = true;
                }
            }
            return changed ? b.withStatements(out) : b;
        }

        /**
         * A constant that holds the name areaCode, as the first argument of a query-parameter call of a chain the
         * plan knows goes to the Dashboard (its area-code name, resolved through the constant, is in builderNames
         * by the constant's literal).
         */
        private boolean namesAreaCode(Expression arg, Cursor at) {
            J.CompilationUnit cu = at.firstEnclosing(J.CompilationUnit.class);
            Part.Known k = cu == null ? null : constantText(arg, cu);
            return k != null && k.text().equals(QueryAssembly.AREA_CODE) && k.origin() != null
                    && builderNames.contains(k.origin().treeId());
        }

        /**
         * The text a constant holds, whole and known ({@code AREA_CODE = "areaCode"} of this class or another, as the
         * project's facts resolve it); null for anything else, and in a file off the Dashboard (no facts).
         */
        private Part.@Nullable Known constantText(Expression e, J.CompilationUnit cu) {
            if (facts == null || !(e instanceof J.Identifier || e instanceof J.FieldAccess)) {
                return null;
            }
            String path = SourcePaths.of(cu);
            ResolvedText t = facts.resolve(new io.github.irismigrate.analysis.JavaStringAssembler(path, new HashSet<>())
                    .assemble(e), path);
            return t.parts().size() == 1 && t.parts().get(0) instanceof Part.Known k ? k : null;
        }

        /** A query map's key that is a constant ({@code Map.of(AREA_CODE, ac)}): flagged where the plan says so. */
        @Override
        public J.Identifier visitIdentifier(J.Identifier identifier, ExecutionContext ctx) {
            return markKey(super.visitIdentifier(identifier, ctx));
        }

        @Override
        public J.FieldAccess visitFieldAccess(J.FieldAccess fieldAccess, ExecutionContext ctx) {
            return markKey(super.visitFieldAccess(fieldAccess, ctx));
        }

        private <T extends J> T markKey(T key) {
            String flag = flags.get(key.getId());
            return flag == null ? key : PlanApplier.mark(key, List.of(new PlannedFinding(Rule.BW005, new Origin("", key.getId()),
                    flag, null, fixableInReport.contains(key.getId()))));
        }

        @Override
        public J.Literal visitLiteral(J.Literal literal, ExecutionContext ctx) {
            J.Literal l = super.visitLiteral(literal, ctx);
            if (keysToRename.contains(l.getId()) || fix && builderNames.contains(l.getId()) && isLowerCaseAreaCode(l)
                    && getCursor().getParentTreeCursor().getValue() instanceof J.MethodInvocation m
                    && QueryAssembly.isParamCall(m) && !QueryAssembly.inLoop(getCursor())) {
                l = l.withValue(QueryAssembly.AREA_CODE).withValueSource("\"" + QueryAssembly.AREA_CODE + "\"");
            }
            String flag = flags.get(l.getId());
            return flag == null ? l : PlanApplier.mark(l, List.of(new PlannedFinding(Rule.BW005, new Origin("", l.getId()), flag, null,
                    fixableInReport.contains(l.getId()))));
        }

        @Override
        public J.MethodInvocation visitMethodInvocation(J.MethodInvocation method, ExecutionContext ctx) {
            Cursor before = getCursor();
            J.MethodInvocation m = super.visitMethodInvocation(method, ctx);
            if (!pairsToPrecede.isEmpty() && m.getArguments().stream().anyMatch(a -> pairsToPrecede.contains(a.getId()))) {
                return m.withArguments(withCountryPairs(m.getArguments()));
            }
            UUID mapOfKey = mapOfsToExtend.get(m.getId());
            if (mapOfKey != null) {
                return extendMapOf(m, mapOfKey);
            }
            if (!QueryAssembly.isParamCall(m)) {
                return m;
            }
            List<Expression> args = JavaArgs.real(m.getArguments());
            if (args.isEmpty() || !(args.get(0) instanceof J.Literal && builderNames.contains(args.get(0).getId())
                    || namesAreaCode(args.get(0), before))) {
                return m;
            }
            Expression name = args.get(0);
            J.MethodDeclaration md = before.firstEnclosing(J.MethodDeclaration.class);
            if (md != null && QueryAssembly.mentionsCountry(md.getBody())) {
                return m;
            }
            J.CompilationUnit file = before.firstEnclosing(J.CompilationUnit.class);
            for (QueryAssembly.ParamCall pc : QueryAssembly.chainOf(method, before)) {
                List<Expression> pa = JavaArgs.real(pc.call().getArguments());
                String paramName = pa.isEmpty() || file == null ? pc.name() : keyName(pa.get(0), file);
                if (QueryAssembly.COUNTRY.equalsIgnoreCase(paramName)) {
                    return m; // .queryParam(COUNTRY_CODE_A3, country) too: the constant holds the name
                }
            }
            if (!fix || QueryAssembly.inLoop(before) || m.getSelect() == null) {
                String msg = fix ? loopMessage() : message();
                List<Expression> marked = new ArrayList<>(m.getArguments());
                boolean wouldFix = !fix && !QueryAssembly.inLoop(before) && m.getSelect() != null;
                marked.set(m.getArguments().indexOf(name), PlanApplier.mark(name,
                        List.of(new PlannedFinding(Rule.BW005, new Origin("", name.getId()), msg, null, wouldFix))));
                return m.withArguments(marked);
            }
            // x.queryParam("areaCode", ac)  ->  x.queryParam("countryCodeA3", "USA").queryParam("areaCode", ac): the country
            // right before the area code, as the query strings get it (?countryCodeA3=USA&areaCode=919)
            Space dotPrefix = m.getPadding().getSelect() == null ? Space.EMPTY : m.getPadding().getSelect().getAfter();
            Space valuePrefix = args.size() > 1 ? args.get(1).getPrefix() : Space.SINGLE_SPACE;
            J.MethodInvocation added = m.withId(Tree.randomId()).withMarkers(Markers.EMPTY).withPrefix(Space.EMPTY)
                    .withArguments(List.of(literal(QueryAssembly.COUNTRY, name.getPrefix()), literal(country(), valuePrefix)));
            return m.getPadding().withSelect(JRightPadded.build((Expression) added).withAfter(dotPrefix));
        }

        private J.MethodInvocation extendMapOf(J.MethodInvocation mapOf, UUID keyId) {
            List<Expression> args = new ArrayList<>(JavaArgs.real(mapOf.getArguments()));
            for (int i = 0; i + 1 < args.size(); i += 2) {
                if (args.get(i).getId().equals(keyId)) {
                    Space keyPrefix = i + 2 < args.size() ? args.get(i + 2).getPrefix()
                            : i > 0 ? args.get(i).getPrefix() : Space.SINGLE_SPACE;
                    args.add(i + 2, literal(QueryAssembly.COUNTRY, keyPrefix));
                    args.add(i + 3, literal(country(), args.get(i + 1).getPrefix()));
                    return mapOf.withArguments(args);
                }
            }
            return mapOf;
        }
    }

    /** Annotations that make a client method's parameter one query parameter. */
    /**
     * A path of the customer's own API without a scheme, versioned or not, after a bare host at most
     * ({@code /api/v1/numbers/search?areaCode=919} of a MockMvc request in a test, {@code localhost/api/numbers?areaCode=}
     * of a Vert.x {@code get(port, "localhost", uri)}): the Dashboard's paths under {@code /api/..} start with
     * {@code accounts}, {@code tns} and the like (BW001 reads the same).
     */
    private static final java.util.regex.Pattern OWN_API_PATH = java.util.regex.Pattern.compile(
            "[\\w.:-]*/api/(?:v\\d+(?:\\.\\d+)?/)?(?!accounts|tns|cities|rateCenters|coveredRateCenters|v\\d)[A-Za-z]");


    /** The query parameter an annotation names: its value, {@code name=} or {@code value=}, else the parameter's name. */
    private static String annotationName(J.Annotation a, String parameterName) {
        String named = io.github.irismigrate.analysis.Annotations.string(a, Set.of("value", "name"));
        return named != null ? named : parameterName;
    }

    /**
     * True when a mapping of {@code method} has the area code as a variable of its URI template's query
     * (<code>{?areaCode,quantity}</code>).
     */
    private static boolean templatesAreaCode(J.MethodDeclaration method) {
        for (J.Annotation a : method.getLeadingAnnotations()) {
            String value = io.github.irismigrate.analysis.Annotations.string(a, Set.of("value", "uri"));
            if (value != null && QueryAssembly.ofText(value).areaCodes().stream().anyMatch(QueryAssembly.Param::isTemplateVariable)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLowerCaseAreaCode(J.Literal l) {
        return l.getValue() instanceof String s && s.equalsIgnoreCase(QueryAssembly.AREA_CODE) && !s.equals(QueryAssembly.AREA_CODE);
    }

    private static J.Literal literal(String value, Space prefix) {
        return new J.Literal(Tree.randomId(), prefix, Markers.EMPTY, value, "\"" + value + "\"", null, JavaType.Primitive.String);
    }
}
