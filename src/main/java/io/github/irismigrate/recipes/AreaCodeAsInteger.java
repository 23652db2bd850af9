package io.github.irismigrate.recipes;

import io.github.irismigrate.analysis.SourcePaths;
import io.github.irismigrate.analysis.JavaArgs;
import io.github.irismigrate.analysis.QueryAssembly;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.irismigrate.analysis.DashboardTalk;
import io.github.irismigrate.analysis.Origin;
import io.github.irismigrate.analysis.ProjectFacts;
import io.github.irismigrate.catalog.Rule;
import org.jspecify.annotations.Nullable;
import org.openrewrite.Cursor;
import org.openrewrite.ExecutionContext;
import org.openrewrite.TreeVisitor;
import org.openrewrite.java.JavaIsoVisitor;
import org.openrewrite.java.tree.Expression;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.JavaSourceFile;
import org.openrewrite.java.tree.JavaType;
import org.openrewrite.java.tree.TypeUtils;

import java.util.List;
import java.util.Set;

/**
 * BW008 area-code-as-integer: in classes that talk to the Dashboard API, area codes held in {@code int},
 * {@code Integer} or {@code long} fields, variables, parameters and getters, parsed with {@code Integer.parseInt}, or
 * compared as numbers. v2 area codes are strings holding country and area code ({@code "+1919"}, {@code "+27098"}).
 */
public class AreaCodeAsInteger extends IrisRecipe {
    private static final Set<String> PARSERS = Set.of("Integer.parseInt", "Integer.valueOf", "Long.parseLong",
            "Long.valueOf", "Short.parseShort");

    @JsonCreator
    public AreaCodeAsInteger(@JsonProperty("reportOnly") @Nullable Boolean reportOnly) {
        super(reportOnly);
    }

    public AreaCodeAsInteger() {
        this(null);
    }

    @Override
    public Rule rule() {
        return Rule.BW008;
    }

    static String message(String what) {
        return Rule.BW008.message("v2 area codes are strings holding country and area code (\"+1919\", \"+27098\"; a leading "
                + "zero is significant), so " + what + " breaks", "keep area codes as String and compare them as text");
    }

    @Override
    protected TreeVisitor<?, ExecutionContext> treeVisitor(ProjectFacts facts) {
        Set<String> dashboardFiles = facts.dashboardFiles();
        Set<String> reportModels = facts.reportModelTypes();
        Set<String> callbackModels = facts.callbackModelTypes();
        Set<String> fedFields = facts.numericFieldsFedByDashboardCode();
        return new JavaIsoVisitor<ExecutionContext>() {
            private @Nullable DashboardTalk talk;

            /**
             * A Java or Kotlin file: read only when one of its classes talks to the Dashboard, or declares a model whose
             * field such code gives a parsed number.
             */
            private boolean startFile(J tree) {
                if (tree instanceof JavaSourceFile cu) {
                    talk = DashboardTalk.of(cu, dashboardFiles.contains(SourcePaths.of(cu)), reportModels, callbackModels);
                    if (!talk.any() && !NumberNames.declaresAny(cu, fedFields)) {
                        stopAfterPreVisit();
                        return false;
                    }
                    ownBodies = ownEndpointBodies(cu);
                }
                return true;
            }

            @Override
            public J preVisit(J tree, ExecutionContext ctx) {
                return startFile(tree) ? super.preVisit(tree, ctx) : tree;
            }

            /** The types the file's own endpoints take as their request's body, by fully qualified name. */
            private Set<String> ownBodies = Set.of();

            /** Whether {@code e} is read from the body of the project's own endpoint ({@code request.areaCode()}). */
            private boolean readFromOwnBody(Expression e) {
                Expression root = e;
                while (root instanceof J.MethodInvocation mi && mi.getSelect() != null) {
                    root = mi.getSelect();
                }
                while (root instanceof J.FieldAccess fa) {
                    root = fa.getTarget();
                }
                JavaType.FullyQualified t = root == e ? null : TypeUtils.asFullyQualified(root.getType());
                return t != null && ownBodies.contains(t.getFullyQualifiedName());
            }

            /** Whether the visited declaration is a field or record component of a body of the project's own endpoint. */
            private boolean inOwnBody() {
                J.ClassDeclaration cd = getCursor().firstEnclosing(J.ClassDeclaration.class);
                return cd != null && cd.getType() != null && ownBodies.contains(cd.getType().getFullyQualifiedName())
                        && getCursor().firstEnclosing(J.MethodDeclaration.class) == null; // a field, a record's component
            }

            private <T extends J> T flag(T tree, String what) {
                if (talk == null || !talk.talksAt(getCursor())) {
                    return tree;
                }
                return PlanApplier.mark(tree, List.of(new PlannedFinding(Rule.BW008, new Origin("", tree.getId()), message(what), null)));
            }

            @Override
            public J.VariableDeclarations visitVariableDeclarations(J.VariableDeclarations vd, ExecutionContext ctx) {
                if (NumberNames.isFedField(vd, getCursor().getParentTreeCursor(), fedFields) && isNumericAreaCode(vd)) {
                    // a model's field that code talking to the Dashboard gives the area code it parsed
                    return vd.withTypeExpression(PlanApplier.mark(vd.getTypeExpression(), List.of(new PlannedFinding(
                            Rule.BW008, new Origin("", vd.getTypeExpression().getId()), message("a numeric area code"), null))));
                }
                if (isNumericAreaCode(vd) && !isServerParameter(vd) && !overOwnData(vd) && !isConfigurationField() && !inOwnBody()
                        && !NumberNames.isPlainParameter(vd, getCursor().getParentTreeCursor())) {
                    // on the type, where the edit goes (an annotation above it is not the usage)
                    return vd.withTypeExpression(flag(vd.getTypeExpression(), "a numeric area code"));
                }
                return super.visitVariableDeclarations(vd, ctx);
            }

            /**
             * A field of the project's configuration class ({@code DashboardConfiguration} of a Dropwizard service,
             * {@code NumberingProperties}, one annotated {@code @ConfigurationProperties} or {@code @ConfigMapping}):
             * {@code private int defaultAreaCode = 919} is what the project chose, whatever the file mapping it.
             */
            private boolean isConfigurationField() {
                if (!(getCursor().getParentTreeCursor().getValue() instanceof J.Block body)
                        || !(getCursor().getParentTreeCursor().getParentTreeCursor().getValue() instanceof J.ClassDeclaration cd)
                        || cd.getBody() != body) {
                    return false;
                }
                return CONFIGURATION_CLASS.matcher(cd.getSimpleName()).matches() || cd.getLeadingAnnotations().stream()
                        .anyMatch(a -> a.getSimpleName().equals("ConfigurationProperties") || a.getSimpleName().equals("ConfigMapping"));
            }

            /**
             * The variable of a loop over the project's own area codes: a constant of its own
             * ({@code for (int areaCode : HOME_AREA_CODES)}) or its configuration ({@code provisioning.getWarmPoolAreaCodes()}
             * of a {@code ...Properties} bean). They hold what the project chose, not what the Dashboard answered.
             */
            private boolean overOwnData(J.VariableDeclarations vd) {
                if (!(getCursor().getParentTreeCursor().getValue() instanceof J.ForEachLoop.Control control)
                        || control.getVariable() != vd) {
                    return false;
                }
                Expression root = control.getIterable();
                while (root instanceof J.MethodInvocation mi && mi.getSelect() != null) {
                    root = mi.getSelect();
                }
                if (root == control.getIterable() && root instanceof J.Identifier id && id.getFieldType() != null) {
                    return id.getFieldType().hasFlags(org.openrewrite.java.tree.Flag.Static, org.openrewrite.java.tree.Flag.Final);
                }
                org.openrewrite.java.tree.JavaType.FullyQualified t = root == control.getIterable() ? null
                        : org.openrewrite.java.tree.TypeUtils.asFullyQualified(root.getType());
                return t != null && OWN_CONFIGURATION.matcher(t.getClassName()).matches();
            }

            @Override
            public J.MethodDeclaration visitMethodDeclaration(J.MethodDeclaration md, ExecutionContext ctx) {
                J.MethodDeclaration m = super.visitMethodDeclaration(md, ctx);
                // a method with a body returns a field or a parse, which are reported themselves; an abstract one
                // (an interface's accessor, a projection) has nothing else to report
                if (m.getBody() == null && NumberNames.isAreaCode(m.getSimpleName()) && NumberNames.isNumeric(m.getReturnTypeExpression())) {
                    return m.withReturnTypeExpression(flag(m.getReturnTypeExpression(), "a numeric area code"));
                }
                return m;
            }

            @Override
            public J.MethodInvocation visitMethodInvocation(J.MethodInvocation method, ExecutionContext ctx) {
                J.MethodInvocation m = super.visitMethodInvocation(method, ctx);
                List<Expression> args = JavaArgs.real(m.getArguments());
                if (m.getSelect() instanceof J.Identifier owner && PARSERS.contains(owner.getSimpleName() + "." + m.getSimpleName())
                        && args.size() == 1 && isAreaCodeText(args.get(0)) && !(sentAsFilter(args.get(0)) && !comparedLater())) {
                    return flag(m, "parsing the area code as a number");
                }
                if (TenDigitNumberExpected.isColumnRead(m) && args.get(0) instanceof J.Literal column && column.getValue() instanceof String c
                        && NumberNames.isAreaCode(c)) {
                    return flag(m, "reading the area code as a number"); // fieldSet.readInt("AreaCode") of a report
                }
                if (KOTLIN_CONVERSIONS.contains(m.getSimpleName()) && args.isEmpty() && m.getSelect() != null
                        && isAreaCodeText(m.getSelect())) {
                    return flag(m, "parsing the area code as a number"); // Kotlin's npa.toInt()
                }
                return m;
            }

            /**
             * Whether the method sends the area code {@code e} (a variable) as a search filter ({@code "?areacode=" +
             * npa}, {@code queryParam("areaCode", npa)}, {@code filters.put("areaCode", npa)}): an area code the code
             * searches by is its own (a configured watch list), not one the Dashboard answered; its parse is still
             * reported when the number is then compared ({@link #comparedLater}), with what the search answered.
             */
            private boolean sentAsFilter(Expression e) {
                J.MethodDeclaration md = getCursor().firstEnclosing(J.MethodDeclaration.class);
                if (!(e instanceof J.Identifier id) || md == null || md.getBody() == null) {
                    return false;
                }
                boolean[] sent = {false};
                new JavaIsoVisitor<Integer>() {
                    @Override
                    public J.Binary visitBinary(J.Binary b, Integer p) {
                        if (b.getOperator() == J.Binary.Type.Addition && isVariable(b.getRight(), id)
                                && endsWithFilterName(b.getLeft())) {
                            sent[0] = true;
                        }
                        return super.visitBinary(b, p);
                    }

                    @Override
                    public J.MethodInvocation visitMethodInvocation(J.MethodInvocation call, Integer p) {
                        List<Expression> a = JavaArgs.real(call.getArguments());
                        if (a.size() == 2 && a.get(0) instanceof J.Literal name && name.getValue() instanceof String n
                                && n.equalsIgnoreCase(QueryAssembly.AREA_CODE) && isVariable(a.get(1), id)) {
                            sent[0] = true;
                        }
                        return super.visitMethodInvocation(call, p);
                    }
                }.visit(md.getBody(), 0);
                return sent[0];
            }

            /**
             * Whether the parse being visited initialises a local that the method then compares ({@code int requested =
             * Integer.parseInt(areaCode); .. b.getNpa() == requested}): the number is matched against the Dashboard's.
             */
            private boolean comparedLater() {
                J.MethodDeclaration md = getCursor().firstEnclosing(J.MethodDeclaration.class);
                if (!(getCursor().getParentTreeCursor().getValue() instanceof J.VariableDeclarations.NamedVariable local)
                        || md == null || md.getBody() == null) {
                    return false;
                }
                J.Identifier id = local.getName();
                boolean[] compared = {false};
                new JavaIsoVisitor<Integer>() {
                    @Override
                    public J.Binary visitBinary(J.Binary b, Integer p) {
                        if (isComparison(b) && (isVariable(b.getLeft(), id) || isVariable(b.getRight(), id))) {
                            compared[0] = true;
                        }
                        return super.visitBinary(b, p);
                    }
                }.visit(md.getBody(), 0);
                return compared[0];
            }

            private static boolean isVariable(Expression e, J.Identifier id) {
                return e instanceof J.Identifier other && other.getSimpleName().equals(id.getSimpleName());
            }

            /** A concatenation's left side that ends with {@code areaCode=} (any case): the next part is its value. */
            private static boolean endsWithFilterName(Expression left) {
                Expression last = left instanceof J.Binary b ? b.getRight() : left;
                return last instanceof J.Literal l && l.getValue() instanceof String v
                        && v.toLowerCase(java.util.Locale.ROOT).endsWith("areacode=");
            }

            /**
             * An area code as text: named so ({@code areaCode}, {@code getNpa()}, {@code areaCodeOf(tn)}), or a number's
             * first three digits ({@code tn.substring(0, 3)}), directly or through a local given it
             * ({@code String prefix = tn.substring(0, 3);}, {@code String ac = order.getAreaCode();}).
             */
            private boolean isAreaCodeText(Expression e) {
                if (namesAreaCode(e) || e instanceof J.MethodInvocation call && NumberNames.isAreaCode(call.getSimpleName())
                        || isFirstThreeDigits(e)) {
                    return true;
                }
                return e instanceof J.Identifier id && JavaArgs.localInitializers(
                        getCursor().firstEnclosing(J.MethodDeclaration.class), id.getSimpleName()).stream()
                        .anyMatch(AreaCodeAsInteger::isFirstThreeDigits);
            }

            @Override
            public J.Binary visitBinary(J.Binary binary, ExecutionContext ctx) {
                J.Binary b = super.visitBinary(binary, ctx);
                if (isComparison(b) && (NumberNames.isNumericLiteral(b.getRight()) && namesAreaCode(b.getLeft())
                        || NumberNames.isNumericLiteral(b.getLeft()) && namesAreaCode(b.getRight())
                        || isNumericAreaCode(b.getLeft()) && isNumber(b.getRight().getType())
                        || isNumber(b.getLeft().getType()) && isNumericAreaCode(b.getRight()))
                        && !readFromOwnBody(b.getLeft()) && !readFromOwnBody(b.getRight())) {
                    return firstInCondition(b) ? flag(b, "comparing the area code as a number") : b;
                }
                return b;
            }

            /**
             * An area code by its name ({@code npa}, {@code getAreaCode()}), or a local given one
             * ({@code int ac = details.getAreaCode();}).
             */
            private boolean namesAreaCode(Expression e) {
                if (NumberNames.isAreaCode(NumberNames.nameOf(e))) {
                    return true;
                }
                return e instanceof J.Identifier id && JavaArgs.localInitializers(getCursor().firstEnclosing(J.MethodDeclaration.class),
                        id.getSimpleName()).stream().anyMatch(init -> init instanceof J.MethodInvocation call
                        && NumberNames.isAreaCode(call.getSimpleName()));
            }

            /** Conditions (the outermost {@code &&}/{@code ||} around a comparison) with an area code already reported. */
            private final Set<String> reportedConditions = new java.util.HashSet<>();

            /**
             * The first comparison of an area code in its condition: {@code npa == 800 || npa == 833 || npa == 844} is
             * one finding, on its first comparison, not one per toll-free code.
             */
            private boolean firstInCondition(J.Binary comparison) {
                J condition = comparison;
                for (Cursor c = getCursor().getParentTreeCursor(); c.getValue() instanceof J.Binary b
                        && (b.getOperator() == J.Binary.Type.Or || b.getOperator() == J.Binary.Type.And)
                        || c.getValue() instanceof J.Parentheses<?>; c = c.getParentTreeCursor()) {
                    condition = c.getValue();
                }
                String name = NumberNames.nameOf(comparison.getLeft());
                if (!namesAreaCode(comparison.getLeft())) {
                    name = NumberNames.nameOf(comparison.getRight());
                }
                return reportedConditions.add(condition.getId() + "/" + name);
            }
        };
    }

    /** The annotations of a method that serves a request of the project's own API (JAX-RS, Spring, Micronaut). */
    private static final Set<String> ENDPOINT_METHODS = Set.of("POST", "PUT", "PATCH", "GET", "DELETE", "PostMapping",
            "PutMapping", "PatchMapping", "GetMapping", "DeleteMapping", "RequestMapping", "Post", "Put", "Patch");

    /**
     * The types the file's endpoints take as their request's body: a parameter of a method annotated for an HTTP
     * method, annotated {@code @RequestBody}/{@code @Body} or, in JAX-RS, not annotated at all (the entity).
     */
    private static Set<String> ownEndpointBodies(JavaSourceFile cu) {
        Set<String> out = new java.util.HashSet<>();
        new JavaIsoVisitor<Integer>() {
            @Override
            public J.MethodDeclaration visitMethodDeclaration(J.MethodDeclaration md, Integer p) {
                if (md.getLeadingAnnotations().stream().anyMatch(a -> ENDPOINT_METHODS.contains(a.getSimpleName()))) {
                    for (org.openrewrite.java.tree.Statement st : md.getParameters()) {
                        if (st instanceof J.VariableDeclarations param && (param.getLeadingAnnotations().isEmpty()
                                || param.getLeadingAnnotations().stream().anyMatch(a -> BODY_PARAMETERS.contains(a.getSimpleName())))) {
                            JavaType.FullyQualified t = TypeUtils.asFullyQualified(param.getType());
                            if (t != null && !t.getFullyQualifiedName().startsWith("java.")) {
                                out.add(t.getFullyQualifiedName());
                            }
                        }
                    }
                }
                return super.visitMethodDeclaration(md, p);
            }
        }.visit(cu, 0);
        return out;
    }

    private static final Set<String> BODY_PARAMETERS = Set.of("RequestBody", "Body", "Valid", "Validated", "NotNull");

    /** A parameter of the customer's own endpoint ({@code @RequestParam areaCodes: List<Int>}): their API, not the Dashboard's. */
    private static boolean isServerParameter(J.VariableDeclarations vd) {
        return vd.getLeadingAnnotations().stream().anyMatch(a -> SERVER_PARAMETERS.contains(a.getSimpleName()));
    }

    /** A class of the project's configuration by its name; not {@code ...Settings}, which Dashboard payloads have too. */
    private static final java.util.regex.Pattern CONFIGURATION_CLASS = java.util.regex.Pattern.compile(
            "\\w*(?:Properties|Config|Configuration)");

    /** A configuration class of the project's ({@code ProvisioningProperties}, {@code NumberingConfig}). */
    private static final java.util.regex.Pattern OWN_CONFIGURATION = java.util.regex.Pattern.compile(
            "(?:\\w+\\.)*\\w*(?:Properties|Config|Configuration|Settings)");

    /**
     * What the customer's own endpoint, command line or configuration hands in: their input, not the Dashboard's
     * data (Spring, JAX-RS, Micronaut, picocli, JCommander, Spring's, MicroProfile's and Micronaut's configuration).
     */
    private static final Set<String> SERVER_PARAMETERS = Set.of("RequestParam", "PathVariable", "RequestBody",
            "RequestHeader", "QueryParam", "PathParam", "FormParam", "Option", "Parameters", "Parameter", "Value",
            "ConfigProperty", "QueryValue", "Property");

    private static final Set<String> KOTLIN_CONVERSIONS = Set.of("toInt", "toIntOrNull", "toLong", "toLongOrNull", "toShort");

    /** {@code x.substring(0, 3)} (Kotlin's {@code x.take(3)} too): the first three digits of a national number, its area code. */
    private static boolean isFirstThreeDigits(Expression e) {
        if (e instanceof J.MethodInvocation take && take.getSimpleName().equals("take") && take.getSelect() != null
                && JavaArgs.real(take.getArguments()).size() == 1
                && JavaArgs.real(take.getArguments()).get(0) instanceof J.Literal n && Integer.valueOf(3).equals(n.getValue())) {
            return true;
        }
        if (!(e instanceof J.MethodInvocation m) || !m.getSimpleName().equals("substring") || m.getSelect() == null) {
            return false;
        }
        List<Expression> args = JavaArgs.real(m.getArguments());
        return args.size() == 2 && args.get(0) instanceof J.Literal a && Integer.valueOf(0).equals(a.getValue())
                && args.get(1) instanceof J.Literal b && Integer.valueOf(3).equals(b.getValue());
    }

    private static boolean isNumericAreaCode(J.VariableDeclarations vd) {
        return NumberNames.isNumeric(vd.getTypeExpression())
                && vd.getVariables().stream().anyMatch(v -> NumberNames.isAreaCode(v.getSimpleName()));
    }

    /**
     * An area code held as a number, by its name and its type: compared with another number
     * ({@code blockAreaCode != region.areaCode()}, {@code row.areaCode() == RALEIGH}, an {@code Integer} too).
     */
    private static boolean isNumericAreaCode(Expression e) {
        return NumberNames.isAreaCode(NumberNames.nameOf(e)) && isNumber(e.getType());
    }

    /** An integral number type, primitive or boxed. */
    private static boolean isNumber(@Nullable JavaType t) {
        return t instanceof JavaType.Primitive p
                && (p == JavaType.Primitive.Int || p == JavaType.Primitive.Long || p == JavaType.Primitive.Short)
                || TypeUtils.isOfClassType(t, "java.lang.Integer") || TypeUtils.isOfClassType(t, "java.lang.Long")
                || TypeUtils.isOfClassType(t, "java.lang.Short") || TypeUtils.isOfClassType(t, "kotlin.Int")
                || TypeUtils.isOfClassType(t, "kotlin.Long") || TypeUtils.isOfClassType(t, "kotlin.Short");
    }

    private static boolean isComparison(J.Binary b) {
        return switch (b.getOperator()) {
            case Equal, NotEqual, LessThan, LessThanOrEqual, GreaterThan, GreaterThanOrEqual -> true;
            default -> false;
        };
    }
}
