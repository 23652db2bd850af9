package io.github.irismigrate.recipes;

import io.github.irismigrate.analysis.Annotations;
import io.github.irismigrate.analysis.LogCalls;
import io.github.irismigrate.analysis.SourcePaths;
import io.github.irismigrate.analysis.JavaArgs;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.irismigrate.analysis.DashboardTalk;
import io.github.irismigrate.analysis.IrisSdk;
import io.github.irismigrate.analysis.Origin;
import io.github.irismigrate.analysis.ProjectFacts;
import io.github.irismigrate.catalog.Rule;
import org.jspecify.annotations.Nullable;
import org.openrewrite.Cursor;
import org.openrewrite.ExecutionContext;
import org.openrewrite.Option;
import org.openrewrite.TreeVisitor;
import org.openrewrite.java.JavaIsoVisitor;
import org.openrewrite.java.tree.Expression;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.JavaType;
import org.openrewrite.java.tree.TypeUtils;
import org.openrewrite.java.tree.JavaSourceFile;
import org.openrewrite.kotlin.tree.K;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * BW007 ten-digit-number-expected: in classes that talk to the Dashboard API (send to it, parse its payloads, handle
 * its callbacks or reports), code that assumes numbers come back in 10 digits: {@code length() == 10},
 * {@code \d{10}} patterns, {@code substring(0, 3)} as the area code, {@code "1" + tn}, {@code Long.parseLong(tn)},
 * numeric types for numbers, and lookups of callback numbers in stores keyed by 10-digit numbers. With
 * {@code numberFormat} LEGACY, callbacks and reports keep 10 digits (BW010), so only API-response code is flagged.
 */
public class TenDigitNumberExpected extends IrisRecipe {
    /** The country code put before a number, alone or in a SIP or tel URI: {@code "1"}, {@code "+1"}, {@code "sip:1"}. */
    private static final Pattern COUNTRY_PREFIX = Pattern.compile("(?:(?:sips?|tel):)?\\+?1");
    /** Stream steps that keep the items as they are. */
    private static final Set<String> STREAM_PASS = Set.of("filter", "distinct", "sorted", "peek", "limit", "skip");

    private static final Pattern TEN_DIGITS = Pattern.compile("\\\\d\\{10}|\\[0-9]\\{10}|\\\\d\\{3}-?\\\\d\\{3}-?\\\\d\\{4}");
    private static final Set<String> LOOKUPS = Set.of("get", "containsKey", "getOrDefault", "remove", "contains",
            "computeIfPresent", "take", "claim", "pop");
    private static final Pattern LOOKUP_NAME = Pattern.compile(
            "(?:find|exists|lookup|load|fetch|delete|count)(?:By\\w*|One)?|getBy\\w*|lookup\\w*");

    @Option(displayName = "Number format",
            description = "E164 (default): every 10-digit assumption is flagged. LEGACY: callbacks and reports keep "
                    + "10-digit numbers (BW010 adds NumberFormat LEGACY), so only code that reads API responses is flagged.",
            required = false,
            valid = {"E164", "LEGACY"},
            example = "LEGACY")
    private final @Nullable String numberFormat;

    @JsonCreator
    public TenDigitNumberExpected(@JsonProperty("reportOnly") @Nullable Boolean reportOnly,
                                  @JsonProperty("numberFormat") @Nullable String numberFormat) {
        super(reportOnly);
        this.numberFormat = numberFormat;
    }

    public TenDigitNumberExpected() {
        this(null, null);
    }

    public @Nullable String getNumberFormat() {
        return numberFormat;
    }

    boolean legacy() {
        return numberFormat != null && numberFormat.trim().equalsIgnoreCase("LEGACY");
    }

    @Override
    public Rule rule() {
        return Rule.BW007;
    }

    @Override
    protected String planKey() {
        return getClass().getName() + "|" + legacy();
    }

    static String message(String what, DashboardTalk.Source source) {
        if (source == DashboardTalk.Source.API_RESPONSE) {
            return Rule.BW007.message("v2 returns numbers in E.164 (+19195551234) in API responses, and " + what + " assumes 10 digits",
                    "normalise numbers to E.164 (preferred by Bandwidth); NumberFormat LEGACY (BW010) keeps 10 digits "
                            + "only on callbacks and reports, not on API responses");
        }
        return Rule.BW007.message("v2 sends numbers in E.164 (+19195551234) in callbacks and reports unless they ask for "
                        + "NumberFormat LEGACY, and " + what + " assumes 10 digits",
                "normalise numbers to E.164 (preferred by Bandwidth), or keep 10 digits on callbacks and reports with "
                        + "NumberFormat LEGACY (BW010)");
    }

    /** Annotations that bind a field to an element or member of a payload by name (Jackson, JAXB, Simple XML, Gson). */
    private static final Set<String> ELEMENT_MAPPINGS = Set.of("JacksonXmlProperty", "JsonProperty", "XmlElement",
            "XmlAttribute", "Element", "ElementList", "SerializedName", "JsonAlias");

    /** The attributes of those annotations that give the element's name ({@code entry}: an item of an element list). */
    private static final Set<String> ELEMENT_NAMES = Set.of("localName", "name", "value", "entry");

    /** Reads of a named child of a JSON or XML tree: Jackson's {@code path}/{@code get}/{@code at}, DOM and JDOM's. */
    private static final Set<String> TREE_READS = Set.of("path", "get", "at", "findValue", "findPath", "getChild",
            "getChildText", "getChildTextTrim", "getElementsByTagName", "selectSingleNode", "valueOf");

    /** A regular expression that captures a number element's content: {@code <Tn>(\\d+)</Tn>}, {@code <FullNumber>([^<]+)}. */
    private static final Pattern NUMBER_CAPTURE = io.github.irismigrate.analysis.IrisPayload.captureOf(
            List.of("TelephoneNumber", "FullNumber", "Tn", "BillingTelephoneNumber"));

    @Override
    protected TreeVisitor<?, ExecutionContext> treeVisitor(ProjectFacts facts) {
        Set<String> dashboardFiles = facts.dashboardFiles();
        Set<String> reportModels = facts.reportModelTypes();
        Set<String> callbackModels = facts.callbackModelTypes();
        Set<String> dashboardTypes = facts.dashboardTypes();
        boolean legacy = legacy();
        // under LEGACY, which of them hold callback or report numbers (still 10 digits) the feeding code does not say
        Set<String> fedFields = legacy ? Set.of() : facts.numericFieldsFedByDashboardCode();
        Set<String> numberFields = legacy ? Set.of() : facts.telephoneNumberFieldsFedByDashboardCode();
        return new JavaIsoVisitor<ExecutionContext>() {
            private @Nullable DashboardTalk talk;
            /** Variables that hold numbers read from a payload: for-each over completed numbers, TN nodes. */
            private final Set<String> numberVariables = new HashSet<>();
            /**
             * Variables that hold what the SDK answered: a loop or lambda over a collection of an SDK model
             * ({@code inService.getTelephoneNumbers()} of {@code InserviceNumber.list(..)}), and the numbers read from
             * them ({@code String tn = number.getFullNumber()}).
             */
            private final Set<String> sdkAnswers = new HashSet<>();
            /**
             * Variables that hold what a client of the project's own answered (a method of a class that talks to the
             * Dashboard: {@code String xml = inventory.inserviceNumbers(..)}), and what is read from them
             * ({@code Matcher m = TN.matcher(xml)}, {@code String tn = m.group(1)}, {@code for (String tn : extract(xml))}).
             */
            private final Set<String> clientAnswers = new HashSet<>();
            /** Variables the method tests against a pattern that starts with ten digits: {@code row.matches("\\d{10},.*")}. */
            private final Set<String> startsWithNumber = new HashSet<>();
            /**
             * Texts the method tests against a pattern of ten digits ({@code TN.matcher(cols[0]).matches()} with
             * {@code TN = Pattern.compile("^\\d{10}$")}, {@code value.matches("\\d{10}")}): each holds a number in
             * ten digits, for its length and its digits anywhere in the method. The second list: those whose pattern
             * only starts with ten digits (a line).
             */
            private List<Expression> tenDigitTexts = List.of();
            private List<Expression> leadingTenDigitTexts = List.of();
            /**
             * The file's variables given a compiled pattern, by name, with their expression
             * ({@code TN = Pattern.compile("\\d{10}")}, {@code PORTABLE_TN = Pattern.compile("<Tn>(\\d+)</Tn>")}).
             */
            private java.util.Map<String, List<String>> patternConstants = java.util.Map.of();

            /**
             * A Java or Kotlin file: read only when one of its classes talks to the Dashboard, or declares a model whose
             * field such code gives a parsed number.
             */
            private boolean startFile(J tree) {
                if (tree instanceof JavaSourceFile cu) {
                    talk = DashboardTalk.of(cu, dashboardFiles.contains(SourcePaths.of(cu)), reportModels, callbackModels);
                    if (!talk.any() && !NumberNames.declaresAny(cu, fedFields) && !callsDashboardType(cu)) {
                        stopAfterPreVisit();
                        return false;
                    }
                    readAnswers(cu);
                    patternConstants = patternConstants(cu);
                    // the fields this file gives a parsed telephone number, when it handles Dashboard answers by its
                    // own words (a file with a Dashboard URL has them in numberFields)
                    fileNumberFields = !legacy && talk.any() && !dashboardFiles.contains(SourcePaths.of(cu))
                            ? facts.telephoneNumberFeedsOf(SourcePaths.of(cu)) : Set.of();
                }
                return true;
            }

            /**
             * Methods of this file's classes handed what a Dashboard client of the project answered, item by item, by a
             * method reference: {@code inservice.inventoryForAreaCode(ac).filter(..).concatMap(this::upsert)} makes
             * {@code upsert(String tn)}'s parameter a number the client answered.
             */
            private Set<String> answerFedMethods = Set.of();
            /** Fields this file gives a telephone number parsed as a number, when it talks to the Dashboard by its words only. */
            private Set<String> fileNumberFields = Set.of();

            /** The types of the project's that this file's calls of Dashboard clients answer ({@code OrderResponse}). */
            private Set<String> answerTypes = Set.of();

            /** Reads {@link #answerFedMethods} and {@link #answerTypes} of the file, in one pass. */
            private void readAnswers(JavaSourceFile cu) {
                Set<String> fed = new HashSet<>();
                Set<String> types = new HashSet<>();
                answerFedMethods = fed;
                answerTypes = types;
                if (dashboardTypes.isEmpty()) {
                    return;
                }
                new JavaIsoVisitor<Integer>() {
                    @Override
                    public J.MethodInvocation visitMethodInvocation(J.MethodInvocation m, Integer p) {
                        JavaType.Method mt = m.getMethodType();
                        JavaType.FullyQualified returned = mt == null ? null : TypeUtils.asFullyQualified(mt.getReturnType());
                        if (returned != null && dashboardTypes.contains(mt.getDeclaringType().getFullyQualifiedName().replace('$', '.'))
                                && !returned.getFullyQualifiedName().startsWith("java.") && !(returned instanceof JavaType.Parameterized)) {
                            types.add(returned.getFullyQualifiedName().replace('$', '.'));
                        }
                        return super.visitMethodInvocation(m, p);
                    }

                    @Override
                    public J.MemberReference visitMemberReference(J.MemberReference ref, Integer p) {
                        J.ClassDeclaration own = getCursor().firstEnclosing(J.ClassDeclaration.class);
                        String ownType = own == null || own.getType() == null ? "" : own.getType().getFullyQualifiedName().replace('$', '.');
                        boolean onThis = ref.getContaining() instanceof J.Identifier c && (c.getSimpleName().equals("this")
                                || own != null && c.getSimpleName().equals(own.getSimpleName()));
                        if (onThis && getCursor().getParentTreeCursor().getValue() instanceof J.MethodInvocation step
                                && step.getSelect() != null && answeredChain(step.getSelect(), ownType)) {
                            fed.add(ref.getReference().getSimpleName());
                        }
                        return ref;
                    }
                }.visit(cu, 0);
            }

            /** A chain of steps that starts at a call of a Dashboard client of the project's other than {@code ownType}. */
            private boolean answeredChain(Expression e, String ownType) {
                Expression root = e;
                while (root instanceof J.MethodInvocation m) {
                    if (m.getMethodType() != null) {
                        String owner = m.getMethodType().getDeclaringType().getFullyQualifiedName().replace('$', '.');
                        if (dashboardTypes.contains(owner) && !owner.equals(ownType)) {
                            return true;
                        }
                    }
                    if (m.getSelect() == null) {
                        return false;
                    }
                    root = m.getSelect();
                }
                return false;
            }

            private DashboardTalk.@Nullable Source source() {
                if (talk == null || insideLogOrComment()) {
                    return null;
                }
                DashboardTalk.Source s = talk.sourceAt(getCursor());
                if (s == DashboardTalk.Source.CALLBACK_OR_REPORT && legacy) {
                    return null;
                }
                return s;
            }

            private boolean insideLogOrComment() {
                for (Cursor c = getCursor(); c != null; c = c.getParent()) {
                    if (c.getValue() instanceof J.MethodInvocation m && LogCalls.isLog(m)) {
                        return true;
                    }
                }
                return false;
            }

            private <T extends J> T flag(T tree, String what) {
                return flag(tree, what, null);
            }

            /**
             * Flags {@code tree}, about the number {@code number}: in a class that does not talk to the Dashboard itself,
             * a number one of the project's Dashboard clients answered is an API response's all the same.
             */
            private <T extends J> T flag(T tree, String what, @Nullable Expression number) {
                DashboardTalk.Source s = source();
                if (s == null && number != null && talk != null && !talk.talksAt(getCursor()) && !insideLogOrComment()
                        && isClientAnswer(number)) {
                    s = DashboardTalk.Source.API_RESPONSE;
                }
                if (s == null) {
                    return tree;
                }
                return PlanApplier.mark(tree, List.of(new PlannedFinding(Rule.BW007, new Origin("", tree.getId()), message(what, s), null)));
            }

            private boolean holdsNumber(Expression e) {
                String name = NumberNames.nameOf(e);
                return (NumberNames.isTelephoneNumber(name) || e instanceof J.Identifier id && numberVariables.contains(id.getSimpleName())
                        || e instanceof J.MethodInvocation g && g.getSimpleName().equals("group") && g.getSelect() instanceof J.Identifier m
                        && numberMatchers.contains(m.getSimpleName()))
                        && !fromOwnEndpoint(e);
            }

            /**
             * A field bound to a number element of a payload by its mapping annotation, whatever the field is called
             * ({@code @JacksonXmlProperty(localName = "Tn") List<Long> portableNumbers}, {@code @XmlElement(name =
             * "TelephoneNumber")}, {@code @JsonProperty("FullNumber")}).
             */
            private boolean mapsNumberElement(J.VariableDeclarations v) {
                return v.getLeadingAnnotations().stream().anyMatch(a -> ELEMENT_MAPPINGS.contains(a.getSimpleName())
                        && Annotations.values(a, ELEMENT_NAMES).stream()
                        .anyMatch(io.github.irismigrate.analysis.IrisPayload.NUMBER_ELEMENTS::contains));
            }

            /**
             * A read of a number element from a tree of an answer ({@code .path("Tn").asText()}, {@code .get("FullNumber")},
             * {@code .at("/PortableNumbers/Tn")}, {@code getChildText("TelephoneNumber")}), its last step a number element.
             */
            private boolean readsNumberElement(Expression e) {
                String last = null;
                for (Expression cur = e; cur instanceof J.MethodInvocation mi; cur = mi.getSelect()) {
                    List<Expression> args = JavaArgs.real(mi.getArguments());
                    if (TREE_READS.contains(mi.getSimpleName()) && args.size() == 1 && args.get(0) instanceof J.Literal l
                            && l.getValue() instanceof String name) {
                        last = name.substring(name.lastIndexOf('/') + 1);
                        break;
                    }
                }
                return last != null && io.github.irismigrate.analysis.IrisPayload.isNumberElement(last);
            }

            /** Matchers of a pattern of this file that captures a number element's content ({@code "<Tn>(\\d+)</Tn>"}). */
            private final Set<String> numberMatchers = new HashSet<>();

            /** True when {@code name} is a {@code Pattern} field of this file whose regular expression captures a number element. */
            private boolean capturesNumber(String name) {
                return getCursor().firstEnclosing(J.CompilationUnit.class) != null // Java only
                        && patternConstants.getOrDefault(name, List.of()).stream().anyMatch(regex -> NUMBER_CAPTURE.matcher(regex).find());
            }

            /**
             * A value the customer's own endpoint receives: a {@code @PathVariable}, {@code @RequestParam} or header
             * of the method, or what its {@code @RequestBody} holds unless the method handles a Dashboard callback.
             * Their API's input, not the Dashboard's.
             */
            private boolean fromOwnEndpoint(Expression e) {
                if (isRequestInput(e) || e instanceof J.Identifier local && isRequestInput(initializerOf(local))) {
                    return true; // req.params(":tn"), ctx.pathParam("tn"), String tn = request.getParameter("tn")
                }
                Expression root = e;
                while (root instanceof J.MethodInvocation || root instanceof J.FieldAccess) {
                    root = root instanceof J.MethodInvocation mi ? mi.getSelect() : ((J.FieldAccess) root).getTarget();
                }
                if (!(root instanceof J.Identifier id)) {
                    return false;
                }
                J.MethodDeclaration md = getCursor().firstEnclosing(J.MethodDeclaration.class);
                if (md == null) {
                    return false;
                }
                for (org.openrewrite.java.tree.Statement p : md.getParameters()) {
                    if (p instanceof J.VariableDeclarations vd && vd.getVariables().size() == 1
                            && vd.getVariables().get(0).getSimpleName().equals(id.getSimpleName())) {
                        for (J.Annotation a : vd.getLeadingAnnotations()) {
                            if (ENDPOINT_INPUTS.contains(a.getSimpleName())) {
                                return true;
                            }
                            if (a.getSimpleName().equals("RequestBody")) {
                                return !(talk != null && talk.sourceAt(getCursor()) == DashboardTalk.Source.CALLBACK_OR_REPORT);
                            }
                        }
                    }
                }
                return false;
            }

            /** The initializer of local {@code id} in the enclosing method, when it is declared there once with one. */
            private @Nullable Expression initializerOf(J.Identifier id) {
                J.MethodDeclaration md = getCursor().firstEnclosing(J.MethodDeclaration.class);
                if (md == null || md.getBody() == null) {
                    return null;
                }
                Expression[] found = new Expression[1];
                int[] count = new int[1];
                new JavaIsoVisitor<Integer>() {
                    @Override
                    public J.VariableDeclarations.NamedVariable visitVariable(J.VariableDeclarations.NamedVariable v, Integer p) {
                        if (v.getSimpleName().equals(id.getSimpleName())) {
                            count[0]++;
                            found[0] = v.getInitializer();
                        }
                        return super.visitVariable(v, p);
                    }
                }.visit(md.getBody(), 0);
                return count[0] == 1 ? found[0] : null;
            }

            /**
             * Whether the exchange {@code nxx} ({@code tn.substring(3, 6)}) is read beside the area code of the same
             * number, in one text or one call ({@code "(" + tn.substring(0, 3) + ") " + tn.substring(3, 6)},
             * {@code format("(%s) %s-%s", tn.substring(0, 3), tn.substring(3, 6), ..)}): the area code's finding says it.
             */
            private boolean besideAreaCode(J.MethodInvocation nxx) {
                Object parent = getCursor().getParentTreeCursor().getValue();
                if (parent instanceof J.Binary) {
                    return true;
                }
                List<Expression> siblings = parent instanceof J.MethodInvocation call ? JavaArgs.real(call.getArguments())
                        : parent instanceof J.NewClass nc ? JavaArgs.real(nc.getArguments()) : List.of();
                String number = nxx.getSelect() == null ? "" : nxx.getSelect().printTrimmed(getCursor());
                for (Expression e : siblings) {
                    if (e instanceof J.MethodInvocation s && s.getSimpleName().equals("substring") && s.getSelect() != null
                            && JavaArgs.real(s.getArguments()).size() == 2 && JavaArgs.isInt(JavaArgs.real(s.getArguments()).get(0), 0)
                            && s.getSelect().printTrimmed(getCursor()).equals(number)) {
                        return true;
                    }
                }
                return false;
            }

            /** The number whose length {@code e} (a number's length, see {@link #isNumberLength}) reads. */
            private @Nullable Expression lengthOf(Expression e) {
                return e instanceof J.FieldAccess fa ? fa.getTarget() : e instanceof J.MethodInvocation m ? m.getSelect() : null;
            }

            /** True when {@code cu} calls a method of a type declared where code talks to the Dashboard (not its own). */
            private boolean callsDashboardType(JavaSourceFile cu) {
                if (dashboardTypes.isEmpty()) {
                    return false;
                }
                Set<String> own = new HashSet<>();
                for (J.ClassDeclaration cd : cu.getClasses()) {
                    if (cd.getType() != null) {
                        own.add(cd.getType().getFullyQualifiedName().replace('$', '.'));
                    }
                }
                boolean[] found = new boolean[1];
                new JavaIsoVisitor<Integer>() {
                    @Override
                    public J.MethodInvocation visitMethodInvocation(J.MethodInvocation m, Integer p) {
                        if (m.getMethodType() != null) {
                            String owner = m.getMethodType().getDeclaringType().getFullyQualifiedName().replace('$', '.');
                            if (dashboardTypes.contains(owner) && !own.contains(owner)) {
                                found[0] = true;
                                return m;
                            }
                        }
                        return found[0] ? m : super.visitMethodInvocation(m, p);
                    }

                    @Override
                    public J.MethodDeclaration visitMethodDeclaration(J.MethodDeclaration md, Integer p) {
                        // noteOverlays(OrderResponse response): given what a Dashboard client answered
                        for (org.openrewrite.java.tree.Statement st : md.getParameters()) {
                            String model = st instanceof J.VariableDeclarations v ? answerModel(v) : null;
                            if (model != null && !own.contains(model)) {
                                found[0] = true;
                                return md;
                            }
                        }
                        return found[0] ? md : super.visitMethodDeclaration(md, p);
                    }
                }.visit(cu, 0);
                return found[0];
            }

            /** Fills {@link #tenDigitTexts} and {@link #leadingTenDigitTexts} from the checks in {@code md}'s body. */
            private void checkedTexts(J.MethodDeclaration md) {
                List<Expression> whole = new ArrayList<>();
                List<Expression> leading = new ArrayList<>();
                tenDigitTexts = whole;
                leadingTenDigitTexts = leading;
                if (md.getBody() == null) {
                    return;
                }
                new JavaIsoVisitor<Integer>() {
                    @Override
                    public J.MethodInvocation visitMethodInvocation(J.MethodInvocation m, Integer p) {
                        List<Expression> args = JavaArgs.real(m.getArguments());
                        String regex = null;
                        Expression tested = null;
                        if (m.getSimpleName().equals("matches") && args.size() == 1 && m.getSelect() != null
                                && args.get(0) instanceof J.Literal l && l.getValue() instanceof String r) {
                            regex = r; // value.matches("\\d{10}")
                            tested = m.getSelect();
                        } else if (MATCHES.contains(m.getSimpleName()) && args.isEmpty()
                                && m.getSelect() instanceof J.MethodInvocation matcher && matcher.getSimpleName().equals("matcher")
                                && matcher.getSelect() instanceof J.Identifier constant
                                && TypeUtils.isOfClassType(constant.getType(), "java.util.regex.Pattern")
                                && JavaArgs.real(matcher.getArguments()).size() == 1) {
                            List<String> compiled = patternConstants.getOrDefault(constant.getSimpleName(), List.of());
                            regex = compiled.isEmpty() ? null : compiled.get(compiled.size() - 1); // TN.matcher(cols[0]).matches()
                            tested = JavaArgs.real(matcher.getArguments()).get(0);
                        }
                        if (regex != null && tested != null && !(tested instanceof J.Literal)) {
                            if (WHOLE_TEN_DIGITS.matcher(regex).matches()) {
                                whole.add(tested);
                                leading.add(tested);
                            } else if (LEADING_TEN_DIGITS.matcher(regex).lookingAt()) {
                                leading.add(tested);
                            }
                        }
                        return super.visitMethodInvocation(m, p);
                    }
                }.visit(md.getBody(), 0);
            }

            /** Whether {@code e} is a text {@code texts} holds, written the same way. */
            private boolean checkedAs(@Nullable Expression e, List<Expression> texts) {
                if (e == null || texts.isEmpty() || fromOwnEndpoint(e)) {
                    return false;
                }
                for (Expression t : texts) {
                    if (org.openrewrite.java.search.SemanticallyEqual.areEqual(t, e)) {
                        return true;
                    }
                }
                return false;
            }

            /**
             * Whether the {@code &&} the visited comparison is part of also checks that {@code variable} is all digits
             * ({@code chars().allMatch(Character::isDigit)}, {@code matches("\\d+")}, {@code StringUtils.isNumeric}).
             */
            private boolean digitsCheckedBeside(String variable) {
                Object parent = getCursor().getParentTreeCursor().getValue();
                if (!(parent instanceof J.Binary and) || and.getOperator() != J.Binary.Type.And) {
                    return false;
                }
                for (Expression side : List.of(and.getLeft(), and.getRight())) {
                    String t = side.printTrimmed(getCursor());
                    if (t.contains(variable) && ALL_DIGITS_CHECK.matcher(t).find()) {
                        return true;
                    }
                }
                return false;
            }

            private boolean isNumberLength(Expression e) {
                if (e instanceof J.FieldAccess fa && fa.getSimpleName().equals("length")) {
                    return holdsNumber(fa.getTarget()); // Kotlin's tn.length
                }
                return isLengthCall(e) && ((J.MethodInvocation) e).getSelect() != null && holdsNumber(((J.MethodInvocation) e).getSelect());
            }

            /**
             * A lambda over a collection of numbers ({@code tns.forEach(tn -> ..)}, Kotlin's
             * {@code completedTelephoneNumbers.filter { it.length == 10 }}): its parameter holds a number, like a
             * for-each variable.
             */
            @Override
            public J.Lambda visitLambda(J.Lambda lambda, ExecutionContext ctx) {
                Expression over = getCursor().getParentTreeCursor().getValue() instanceof J.MethodInvocation call
                        ? call.getSelect() : null;
                if (over != null && isSdkAnswer(over)) {
                    sdkAnswers.addAll(parameterNames(lambda));
                }
                Set<String> added = new HashSet<>();
                Set<String> answered = new HashSet<>();
                if (over != null && isAnsweredTexts(over)) {
                    // candidates.stream().filter(c -> c.length() == 10) over what a Dashboard client answered: numbers
                    answered.addAll(parameterNames(lambda));
                    answered.removeAll(clientAnswers);
                    clientAnswers.addAll(answered);
                    added.addAll(answered);
                }
                if (over != null && isNumberCollection(over)) {
                    added.addAll(parameterNames(lambda));
                    if (added.isEmpty()) {
                        added.add("it"); // Kotlin's implicit parameter
                    }
                }
                added.removeAll(numberVariables);
                numberVariables.addAll(added);
                try {
                    return super.visitLambda(lambda, ctx);
                } finally {
                    numberVariables.removeAll(added); // the parameter holds a number inside this lambda only
                    clientAnswers.removeAll(answered);
                }
            }

            private List<String> parameterNames(J.Lambda lambda) {
                List<String> names = new ArrayList<>();
                for (J p : lambda.getParameters().getParameters()) {
                    if (p instanceof J.VariableDeclarations vd) {
                        vd.getVariables().forEach(v -> names.add(v.getSimpleName()));
                    }
                }
                return names;
            }

            /**
             * A stream or collection of texts a Dashboard client of the project answered ({@code candidates.stream()}
             * with {@code List<String> candidates = search.availableInAreaCode(..)}): its items are the numbers found.
             */
            private boolean isAnsweredTexts(Expression e) {
                Expression root = e;
                while (root instanceof J.MethodInvocation step && (step.getSimpleName().equals("stream")
                        || STREAM_PASS.contains(step.getSimpleName())) && step.getSelect() != null) {
                    root = step.getSelect();
                }
                // candidates.stream() of a local the client's answer was kept in, or search.available(ac, 10).stream()
                boolean answered = root instanceof J.Identifier id ? clientAnswers.contains(id.getSimpleName())
                        : root instanceof J.MethodInvocation call && isClientAnswer(call);
                if (!answered) {
                    return false;
                }
                JavaType.Parameterized p = TypeUtils.asParameterized(root.getType());
                return p != null && p.getTypeParameters().size() == 1 && TypeUtils.isString(p.getTypeParameters().get(0))
                        && TypeUtils.isAssignableTo("java.util.Collection", p);
            }

            private boolean isNumberCollection(Expression e) {
                if (holdsNumber(e) || e.toString().contains("TelephoneNumbers")) {
                    return true;
                }
                if (e instanceof J.MethodInvocation step && (step.getSimpleName().equals("map") || step.getSimpleName().equals("mapNotNull"))
                        && JavaArgs.real(step.getArguments()).size() == 1 && JavaArgs.real(step.getArguments()).get(0) instanceof J.Lambda l) {
                    // orders.map { it.fullNumber }: a collection of the numbers the lambda picks
                    J body = l.getBody() instanceof J.Block b && b.getStatements().size() == 1 ? b.getStatements().get(0) : l.getBody();
                    if (body instanceof J.Return r) {
                        body = r.getExpression();
                    }
                    return body instanceof Expression picked && NumberNames.isTelephoneNumber(NumberNames.nameOf(picked));
                }
                return e instanceof J.MethodInvocation step && COLLECTION_STEPS.contains(step.getSimpleName())
                        && step.getSelect() != null && isNumberCollection(step.getSelect());
            }

            /** Kotlin's {@code "1$tn"}: the country code put before a number. */
            @Override
            public J preVisit(J tree, ExecutionContext ctx) {
                if (!startFile(tree)) {
                    return tree;
                }
                if (tree instanceof K.StringTemplate st && st.getStrings().size() >= 2
                        && st.getStrings().get(0) instanceof J.Literal l && ("1".equals(l.getValue()) || "+1".equals(l.getValue()))
                        && st.getStrings().get(1) instanceof K.StringTemplate.Expression x && x.getTree() instanceof Expression held
                        && holdsNumber(held)) {
                    return flag(tree, "this country-code prefix");
                }
                return super.preVisit(tree, ctx);
            }

            /**
             * A parameter whose type is a model of what the Dashboard answers: declared where code talks to the
             * Dashboard and named for an answer ({@code OrderResponse}, {@code SearchResult}), or what a call of a
             * Dashboard client in this file returns; not this file's own.
             */
            private boolean isDashboardAnswerModel(J.VariableDeclarations param) {
                String fqn = answerModel(param);
                if (fqn == null) {
                    JavaType.FullyQualified t = TypeUtils.asFullyQualified(param.getType());
                    fqn = t != null && answerTypes.contains(t.getFullyQualifiedName().replace('$', '.'))
                            ? t.getFullyQualifiedName().replace('$', '.') : null;
                }
                J.ClassDeclaration own = getCursor().firstEnclosing(J.ClassDeclaration.class);
                return fqn != null
                        && (own == null || own.getType() == null || !fqn.startsWith(own.getType().getFullyQualifiedName().replace('$', '.')));
            }

            /**
             * The type of {@code param} ({@code a.b.Outer.Inner}) when a Dashboard class declares it and it is named for
             * an answer ({@code OrderClient.OrderResponse}), else null.
             */
            private @Nullable String answerModel(J.VariableDeclarations param) {
                JavaType.FullyQualified t = TypeUtils.asFullyQualified(param.getType());
                String fqn = t == null ? null : t.getFullyQualifiedName().replace('$', '.');
                return fqn != null && dashboardTypes.contains(fqn) && ANSWER_MODEL.matcher(t.getClassName()).matches() ? fqn : null;
            }

            /**
             * A local the method filled from the project's store ({@code Set<String> local = new HashSet<>(numbers
             * .inServiceTns(npa))} with {@code numbers} a {@code PhoneNumberRepository}): the store's 10-digit numbers.
             */
            private boolean isCopyOfAStore(Expression e) {
                J.MethodDeclaration md = getCursor().firstEnclosing(J.MethodDeclaration.class);
                if (!(e instanceof J.Identifier local) || md == null || md.getBody() == null) {
                    return false;
                }
                List<Expression> inits = JavaArgs.localInitializers(md, local.getSimpleName());
                if (inits.size() != 1) {
                    return false;
                }
                Expression init = inits.get(0);
                if (init instanceof J.NewClass copy && JavaArgs.real(copy.getArguments()).size() == 1) {
                    init = JavaArgs.real(copy.getArguments()).get(0);
                }
                if (!(init instanceof J.MethodInvocation read) || read.getSelect() == null) {
                    return false;
                }
                JavaType.FullyQualified owner = TypeUtils.asFullyQualified(read.getSelect().getType());
                String store = owner != null ? owner.getClassName() : String.valueOf(NumberNames.nameOf(read.getSelect()));
                return STORE.matcher(store.substring(store.lastIndexOf('.') + 1)).matches();
            }

            /** What the SDK answered is known within one method: a name may mean another value in the next. */
            @Override
            public J.MethodDeclaration visitMethodDeclaration(J.MethodDeclaration md, ExecutionContext ctx) {
                Set<String> outer = new HashSet<>(sdkAnswers);
                Set<String> outerStarts = new HashSet<>(startsWithNumber);
                Set<String> outerAnswers = new HashSet<>(clientAnswers);
                Set<String> outerNumbers = new HashSet<>(numberVariables);
                List<Expression> outerTexts = tenDigitTexts;
                List<Expression> outerLeading = leadingTenDigitTexts;
                checkedTexts(md);
                sdkAnswers.clear();
                startsWithNumber.clear();
                clientAnswers.clear();
                if (answerFedMethods.contains(md.getSimpleName()) && md.getParameters().size() == 1
                        && md.getParameters().get(0) instanceof J.VariableDeclarations param && isTextType(param.getTypeExpression())) {
                    clientAnswers.add(param.getVariables().get(0).getSimpleName()); // upsert(String tn) of concatMap(this::upsert)
                }
                for (org.openrewrite.java.tree.Statement p : md.getParameters()) {
                    // noteOverlays(OrderResponse response): a response model of a Dashboard client of the project
                    if (p instanceof J.VariableDeclarations param && param.getVariables().size() == 1 && isDashboardAnswerModel(param)) {
                        clientAnswers.add(param.getVariables().get(0).getSimpleName());
                    }
                }
                try {
                    return super.visitMethodDeclaration(md, ctx);
                } finally {
                    sdkAnswers.clear();
                    sdkAnswers.addAll(outer);
                    clientAnswers.clear();
                    clientAnswers.addAll(outerAnswers);
                    numberVariables.clear();
                    numberVariables.addAll(outerNumbers); // a loop's or a local's number is known in its method only
                    startsWithNumber.clear();
                    startsWithNumber.addAll(outerStarts);
                    tenDigitTexts = outerTexts;
                    leadingTenDigitTexts = outerLeading;
                }
            }

            @Override
            public J.ForEachLoop visitForEachLoop(J.ForEachLoop loop, ExecutionContext ctx) {
                if (isSdkAnswer(loop.getControl().getIterable()) && loop.getControl().getVariable() instanceof J.VariableDeclarations each) {
                    each.getVariables().forEach(v -> sdkAnswers.add(v.getSimpleName()));
                }
                if (isClientAnswer(loop.getControl().getIterable()) && loop.getControl().getVariable() instanceof J.VariableDeclarations each) {
                    each.getVariables().forEach(v -> clientAnswers.add(v.getSimpleName()));
                }
                String iterable = loop.getControl().getIterable().toString();
                if (iterable.contains("CompletedTelephoneNumbers") || iterable.contains("TelephoneNumber")
                        || NumberNames.isTelephoneNumber(NumberNames.nameOf(loop.getControl().getIterable()))) {
                    if (loop.getControl().getVariable() instanceof J.VariableDeclarations vd) {
                        for (J.VariableDeclarations.NamedVariable v : vd.getVariables()) {
                            numberVariables.add(v.getSimpleName());
                        }
                    }
                }
                return super.visitForEachLoop(loop, ctx);
            }

            @Override
            public J.Binary visitBinary(J.Binary binary, ExecutionContext ctx) {
                J.Binary b = super.visitBinary(binary, ctx);
                if (isComparison(b) && (isNumberLength(b.getLeft()) && isTenOrEleven(b.getRight())
                        || isNumberLength(b.getRight()) && isTenOrEleven(b.getLeft()))) {
                    return flag(b, "this length check", lengthOf(isNumberLength(b.getLeft()) ? b.getLeft() : b.getRight()));
                }
                if (isComparison(b) && (isLengthCall(b.getLeft()) && JavaArgs.isInt(b.getRight(), 10)
                        && checkedAs(lengthOf(b.getLeft()), tenDigitTexts)
                        || isLengthCall(b.getRight()) && JavaArgs.isInt(b.getLeft(), 10) && checkedAs(lengthOf(b.getRight()), tenDigitTexts))) {
                    // cols[0].length() != 10 || !TN.matcher(cols[0]).matches(): a number in ten digits, by the same check
                    return flag(b, "this length check", lengthOf(isLengthCall(b.getLeft()) ? b.getLeft() : b.getRight()));
                }
                if (b.getOperator() == J.Binary.Type.Equal && (isLengthCall(b.getLeft()) && JavaArgs.isInt(b.getRight(), 10)
                        || isLengthCall(b.getRight()) && JavaArgs.isInt(b.getLeft(), 10))) {
                    // candidate.length() == 10 && candidate.chars().allMatch(Character::isDigit): ten digits is a
                    // national number, whatever the variable is called
                    Expression text = lengthOf(isLengthCall(b.getLeft()) ? b.getLeft() : b.getRight());
                    if (text instanceof J.Identifier id && digitsCheckedBeside(id.getSimpleName())) {
                        return flag(b, "this length check", text);
                    }
                }
                if (b.getOperator() == J.Binary.Type.Addition && b.getLeft() instanceof J.Literal l
                        && l.getValue() instanceof String prefix && COUNTRY_PREFIX.matcher(prefix).matches() && holdsNumber(b.getRight())) {
                    return flag(b, "this country-code prefix", b.getRight());
                }
                return b;
            }

            @Override
            public J.Literal visitLiteral(J.Literal literal, ExecutionContext ctx) {
                Object parent = getCursor().getParentTreeCursor().getValue();
                if (parent instanceof J.MethodInvocation m && m.getSimpleName().equals("matches") && m.getSelect() != null
                        && fromOwnEndpoint(m.getSelect())) {
                    return literal; // timestamp.matches("\\d{10}") on a header the endpoint receives
                }
                if (literal.getValue() instanceof String s && assumesTenDigits(s)) {
                    return flag(literal, "this pattern", parent instanceof J.MethodInvocation m && m.getSimpleName().equals("matches")
                            && m.getSelect() != null && !m.getArguments().isEmpty() && m.getArguments().get(0) == literal ? m.getSelect() : null);
                }
                return literal;
            }

            @Override
            public J.MethodInvocation visitMethodInvocation(J.MethodInvocation method, ExecutionContext ctx) {
                if (LogCalls.isLog(method)) {
                    return method;
                }
                J.MethodInvocation m = super.visitMethodInvocation(method, ctx);
                List<Expression> args = JavaArgs.real(m.getArguments());
                String name = m.getSimpleName();
                if (name.equals("matches") && args.size() == 1 && m.getSelect() instanceof J.Identifier tested
                        && args.get(0) instanceof J.Literal p && p.getValue() instanceof String regex && LEADING_TEN_DIGITS.matcher(regex).lookingAt()) {
                    startsWithNumber.add(tested.getSimpleName()); // a report line "9195551234,RALEIGH,NC"
                }
                if (name.equals("substring") && args.size() == 2 && JavaArgs.isInt(args.get(0), 0) && JavaArgs.isInt(args.get(1), 3)
                        && m.getSelect() != null && (holdsNumber(m.getSelect()) || assignedToAreaCode() && !fromOwnEndpoint(m.getSelect())
                        || m.getSelect() instanceof J.Identifier line && startsWithNumber.contains(line.getSimpleName())
                        || checkedAs(m.getSelect(), leadingTenDigitTexts))) {
                    return flag(m, "taking the area code as its first 3 digits", m.getSelect());
                }
                if (name.equals("substring") && args.size() == 2 && JavaArgs.isInt(args.get(0), 0) && JavaArgs.isInt(args.get(1), 6)
                        && m.getSelect() != null && holdsNumber(m.getSelect())) {
                    return flag(m, "taking the NPA-NXX as its first 6 digits", m.getSelect()); // the exchange of a rate-center table
                }
                if (name.equals("substring") && args.size() == 2 && JavaArgs.isInt(args.get(0), 3) && JavaArgs.isInt(args.get(1), 6)
                        && m.getSelect() != null && holdsNumber(m.getSelect()) && !besideAreaCode(m)) {
                    // groupingBy(tn -> tn.substring(3, 6)), byNxx.computeIfAbsent(tn.substring(3, 6), ..): the exchange
                    // as a key; "(" + a + ") " + tn.substring(3, 6) + "-" .. of a display is left to the area code's finding
                    return flag(m, "taking the exchange (NXX) as its digits 4 to 6", m.getSelect());
                }
                for (int i = 0; i < args.size(); i++) {
                    String assumption = args.get(i) instanceof J.Identifier answered && holdsNumber(answered)
                            && (sdkAnswers.contains(answered.getSimpleName()) || clientAnswers.contains(answered.getSimpleName())
                            || numberVariables.contains(answered.getSimpleName()))
                            ? facts.tenDigitHelper(JavaArgs.methodKey(m), i) : null;
                    if (assumption != null) {
                        // PhoneNumbers.npa(tn) on a number the Dashboard answered, a helper of a utility class
                        return flag(m, "handing the number to " + m.getSimpleName() + "(..), which " + assumption + ",", args.get(i));
                    }
                }
                if (isColumnRead(m) && args.get(0) instanceof J.Literal column && column.getValue() instanceof String c
                        && NumberNames.isTelephoneNumber(c)) {
                    return flag(m, "reading the number as a " + m.getSimpleName().substring(4).toLowerCase(java.util.Locale.ROOT));
                }
                if (KOTLIN_TO_LONG.contains(name) && args.isEmpty() && m.getSelect() != null && holdsNumber(m.getSelect())) {
                    return flag(m, "parsing the number as a Long"); // Kotlin's tn.toLong()
                }
                if ((name.equals("parseLong") || name.equals("valueOf")) && args.size() == 1 && m.getSelect() instanceof J.Identifier t
                        && (t.getSimpleName().equals("Long") || t.getSimpleName().equals("BigInteger"))
                        && (holdsNumber(args.get(0)) || givenToNumberParameter(m))) {
                    return flag(m, "parsing the number as a " + t.getSimpleName(), args.get(0));
                }
                // the answer a number is read from: tn itself, or completed of completed.getFullNumber()
                J.Identifier answer = args.size() != 1 ? null : args.get(0) instanceof J.Identifier id ? id
                        : args.get(0) instanceof J.MethodInvocation read && JavaArgs.real(read.getArguments()).isEmpty()
                        && read.getSelect() instanceof J.Identifier item && holdsNumber(read) ? item : null;
                if (answer != null
                        && (sdkAnswers.contains(answer.getSimpleName()) || clientAnswers.contains(answer.getSimpleName())
                        && (holdsNumber(answer) || answer != args.get(0)))
                        && m.getSelect() != null && (LOOKUPS.contains(name) || LOOKUP_NAME.matcher(name).matches())
                        && (STORE.matcher(String.valueOf(NumberNames.nameOf(m.getSelect()))).matches() || KEYED_FINDER.matcher(name).matches()
                        || isCopyOfAStore(m.getSelect()))
                        && talk != null && (talk.talksAt(getCursor()) || clientAnswers.contains(answer.getSimpleName())) && !inCallbackHandler()) {
                    // a number the SDK or a Dashboard client of the project answered, looked up in the project's own
                    // store of 10-digit numbers
                    return flag(m, "this lookup of an API response's number in a store keyed by 10-digit numbers", args.get(0));
                }
                if (args.size() == 1 && holdsNumber(args.get(0)) && !isConstantRef(args.get(0)) && m.getSelect() != null
                        && (LOOKUPS.contains(name) || LOOKUP_NAME.matcher(name).matches())
                        && talk != null && talk.talksAt(getCursor()) && inCallbackHandler() && !isPayloadRead(m)) {
                    boolean callback = talk.rolesAt(getCursor()).contains(DashboardTalk.Role.CALLBACK);
                    return flag(m, "this lookup of a " + (callback ? "callback" : "report") + " number in a store keyed by 10-digit numbers");
                }
                return m;
            }

            /**
             * {@code .map(Long::parseLong)} on a stream of numbers ({@code response.getCompletedNumbers().stream()
             * .map(CompletedNumber::getFullNumber).map(Long::parseLong)}, {@code tns.stream().map(Long::valueOf)}).
             */
            @Override
            public J.MemberReference visitMemberReference(J.MemberReference memberRef, ExecutionContext ctx) {
                J.MemberReference r = super.visitMemberReference(memberRef, ctx);
                String name = r.getReference().getSimpleName();
                if ((name.equals("parseLong") || name.equals("valueOf")) && r.getContaining() instanceof J.Identifier t
                        && (t.getSimpleName().equals("Long") || t.getSimpleName().equals("BigInteger"))
                        && getCursor().getParentTreeCursor().getValue() instanceof J.MethodInvocation map) {
                    if (map.getSimpleName().startsWith("map") && (streamOfNumbers(map.getSelect())
                            || map.getSelect() != null && isAnsweredTexts(map.getSelect()))) {
                        return flag(r, "parsing the number as a " + t.getSimpleName(), map.getSelect());
                    }
                    // .sorted(Comparator.comparingLong(Long::parseLong)) over the numbers a Dashboard client answered
                    if (COMPARATORS.contains(map.getSimpleName())
                            && getCursor().getParentTreeCursor().getParentTreeCursor().getValue() instanceof J.MethodInvocation sort
                            && SORTS.contains(sort.getSimpleName()) && sort.getSelect() != null
                            && (streamOfNumbers(sort.getSelect()) || isAnsweredTexts(sort.getSelect()))) {
                        return flag(r, "parsing the number as a " + t.getSimpleName(), sort.getSelect());
                    }
                }
                return r;
            }

            /**
             * A stream whose items are telephone numbers: of a collection of them, or mapped to them by the step before;
             * or an {@code Optional} of a number ({@code XmlSupport.firstText(doc, "FullNumber")}).
             */
            private boolean streamOfNumbers(@Nullable Expression stream) {
                if (stream instanceof J.MethodInvocation read && !JavaArgs.real(read.getArguments()).isEmpty() && holdsNumber(read)) {
                    return true;
                }
                Expression s = stream;
                while (s instanceof J.MethodInvocation step && STREAM_PASS.contains(step.getSimpleName())) {
                    s = step.getSelect();
                }
                if (!(s instanceof J.MethodInvocation step)) {
                    return false;
                }
                if (step.getSimpleName().equals("stream") && step.getSelect() != null) {
                    return holdsNumber(step.getSelect());
                }
                List<Expression> a = JavaArgs.real(step.getArguments());
                if (step.getSimpleName().equals("map") && a.size() == 1) {
                    if (a.get(0) instanceof J.MemberReference getter) {
                        return NumberNames.isTelephoneNumber(getter.getReference().getSimpleName());
                    }
                    return a.get(0) instanceof J.Lambda l && l.getBody() instanceof Expression body && holdsNumber(body);
                }
                return false;
            }

            /**
             * The call is an argument of a constructor or method whose parameter there holds a number
             * ({@code new ReportCsvRow(Long.parseLong(cols[0]), ..)} with {@code ReportCsvRow(long telephoneNumber, ..)}).
             */
            private boolean givenToNumberParameter(J.MethodInvocation call) {
                Object parent = getCursor().getParentTreeCursor().getValue();
                JavaType.Method target = parent instanceof J.NewClass nc ? nc.getMethodType()
                        : parent instanceof J.MethodInvocation mi ? mi.getMethodType() : null;
                if (target == null) {
                    return false;
                }
                List<Expression> args = parent instanceof J.NewClass nc ? JavaArgs.real(nc.getArguments())
                        : JavaArgs.real(((J.MethodInvocation) parent).getArguments());
                int i = args.indexOf(call);
                return i >= 0 && i < target.getParameterNames().size()
                        && NumberNames.isTelephoneNumber(target.getParameterNames().get(i));
            }

            /** In code that handles a callback's or a report's numbers (rows of a Dashboard report checked against a store). */
            private boolean inCallbackHandler() {
                Set<DashboardTalk.Role> roles = talk == null ? Set.of() : talk.rolesAt(getCursor());
                return (roles.contains(DashboardTalk.Role.CALLBACK) || roles.contains(DashboardTalk.Role.REPORT))
                        && talk.sourceAt(getCursor()) == DashboardTalk.Source.CALLBACK_OR_REPORT;
            }

            @Override
            public J.VariableDeclarations visitVariableDeclarations(J.VariableDeclarations vd, ExecutionContext ctx) {
                Cursor parent = getCursor().getParentTreeCursor();
                if (NumberNames.isFedField(vd, parent, fedFields) && NumberNames.isNumeric(vd.getTypeExpression())
                        && (NumberNames.isTelephoneNumber(vd.getVariables().get(0).getSimpleName())
                        || NumberNames.isFedField(vd, parent, numberFields))) {
                    // a model's field that code talking to the Dashboard gives the number it parsed (Long.parseLong(tn)
                    // into a field called number: a telephone number all the same)
                    return vd.withTypeExpression(PlanApplier.mark(vd.getTypeExpression(), List.of(new PlannedFinding(Rule.BW007,
                            new Origin("", vd.getTypeExpression().getId()), message("this number type", DashboardTalk.Source.API_RESPONSE), null))));
                }
                J.VariableDeclarations v = super.visitVariableDeclarations(vd, ctx);
                for (J.VariableDeclarations.NamedVariable n : v.getVariables()) {
                    if (n.getInitializer() != null && isSdkNumberSearch(n.getInitializer())) {
                        numberVariables.add(n.getSimpleName()); // found = AvailableNumbers.search(client, query)
                    }
                    if (n.getInitializer() != null && NumberNames.isTelephoneNumber(n.getSimpleName()) && isSdkAnswer(n.getInitializer())) {
                        sdkAnswers.add(n.getSimpleName()); // String tn = number.getFullNumber()
                    }
                    if (n.getInitializer() instanceof J.MethodInvocation getter && JavaArgs.real(getter.getArguments()).isEmpty()
                            && getter.getSelect() != null && isSdkAnswer(getter) && isTextType(v.getTypeExpression())
                            && NumberNames.isTelephoneNumber(getter.getSimpleName())) {
                        // String first = completed.get(0).getFullNumber(): a number the SDK answered, whatever its name
                        numberVariables.add(n.getSimpleName());
                        sdkAnswers.add(n.getSimpleName());
                    }
                    if (n.getInitializer() != null && isClientAnswer(n.getInitializer())) {
                        clientAnswers.add(n.getSimpleName());
                        if (readsNumberElement(n.getInitializer())) {
                            // String portable = answer.path("PortableNumbers").path("Tn").asText(): a number, whatever its name
                            numberVariables.add(n.getSimpleName());
                        }
                    }
                    numberMatchers.remove(n.getSimpleName()); // a local of the same name declared again holds another matcher
                    if (n.getInitializer() instanceof J.MethodInvocation mi && mi.getSimpleName().equals("matcher")
                            && mi.getSelect() instanceof J.Identifier pattern && capturesNumber(pattern.getSimpleName())) {
                        numberMatchers.add(n.getSimpleName()); // Matcher m = PORTABLE_TN.matcher(section), "<Tn>(\\d+)</Tn>"
                    }
                }
                // a number the code holds as a literal (static final long MONITOR_TN = 9193384402L) is not one read
                // from the API; when it is sent, BW006 says so. Nor is a constant (MAX_TNS_PER_ORDER = 5000). A field's
                // default of 0 (val fullNumber: Long = 0 of a response model) is no number: the field is still read.
                boolean literalsOnly = v.getVariables().stream()
                        .allMatch(n -> n.getInitializer() instanceof J.Literal l && l.getValue() instanceof Number x
                                && (isConstant(v) || io.github.irismigrate.analysis.NanpNumber.isNumber(String.valueOf(x))));
                if (NumberNames.isNumeric(v.getTypeExpression()) && !literalsOnly
                        && !NumberNames.isPlainParameter(v, getCursor().getParentTreeCursor())
                        && (v.getVariables().stream().anyMatch(n -> NumberNames.isTelephoneNumber(n.getSimpleName()))
                        || NumberNames.isFedField(v, parent, fileNumberFields) || mapsNumberElement(v))) {
                    // or a field this file itself gives a telephone number parsed as a number (long number of
                    // TelephoneNumberRecord.fromDashboard(tn, ..)), in a file that talks of Dashboard answers
                    return v.withTypeExpression(flag(v.getTypeExpression(), "this number type"));
                }
                return v;
            }

            /**
             * What the SDK answered: an expression whose receiver chain starts at a value of an SDK model type, at a
             * variable already known to hold one, or at a call of the SDK ({@code InserviceNumber.list(..)}).
             */
            private boolean isSdkAnswer(Expression e) {
                Expression root = e;
                while (root instanceof J.MethodInvocation mi && mi.getSelect() != null
                        && !(mi.getMethodType() != null && mi.getMethodType().hasFlags(org.openrewrite.java.tree.Flag.Static))) {
                    root = mi.getSelect();
                }
                if (root instanceof J.MethodInvocation call) {
                    return call.getMethodType() != null
                            && call.getMethodType().getDeclaringType().getFullyQualifiedName().startsWith(IrisSdk.MODEL_PACKAGE);
                }
                if (root instanceof J.Identifier id) {
                    if (sdkAnswers.contains(id.getSimpleName())) {
                        return true;
                    }
                    JavaType.FullyQualified t = org.openrewrite.java.tree.TypeUtils.asFullyQualified(id.getType());
                    if (root != e && id.getType() instanceof JavaType.Parameterized p && p.getTypeParameters().size() == 1
                            && p.getTypeParameters().get(0) instanceof JavaType.FullyQualified item
                            && item.getFullyQualifiedName().startsWith(IrisSdk.MODEL_PACKAGE)) {
                        return true; // completed.get(0).getFullNumber() of a List<TelephoneNumber>
                    }
                    return root != e && t != null && t.getFullyQualifiedName().startsWith(IrisSdk.MODEL_PACKAGE);
                }
                return false;
            }

            @Override
            public J.Assignment visitAssignment(J.Assignment assignment, ExecutionContext ctx) {
                J.Assignment a = super.visitAssignment(assignment, ctx);
                if (a.getVariable() instanceof J.Identifier v && isClientAnswer(a.getAssignment())) {
                    clientAnswers.add(v.getSimpleName()); // xml = api.inserviceNumbers(.., page).execute().body()
                }
                return a;
            }

            /**
             * What a client of the project's answered: a call of a method of a type declared where code talks to the
             * Dashboard (not this file's own), anywhere in a chain ({@code api.inserviceNumbers(..).execute().body()}), or
             * a value read from, or computed with, a variable holding such an answer ({@code TN.matcher(xml)},
             * {@code m.group(1)}, {@code extractNumbers(xml)}).
             */
            private boolean isClientAnswer(Expression e) {
                if (dashboardTypes.isEmpty()) {
                    return false;
                }
                if (e instanceof J.Parentheses<?> p && p.getTree() instanceof Expression inner) {
                    return isClientAnswer(inner);
                }
                if (e instanceof J.TypeCast tc) {
                    return isClientAnswer(tc.getExpression());
                }
                if (e instanceof J.Identifier id) {
                    return clientAnswers.contains(id.getSimpleName());
                }
                if (e instanceof J.FieldAccess fa) {
                    return isClientAnswer(fa.getTarget());
                }
                if (!(e instanceof J.MethodInvocation m)) {
                    return false;
                }
                if (m.getMethodType() != null && !m.getMethodType().getReturnType().equals(JavaType.Primitive.Void)) {
                    String owner = m.getMethodType().getDeclaringType().getFullyQualifiedName().replace('$', '.');
                    J.ClassDeclaration own = getCursor().firstEnclosing(J.ClassDeclaration.class);
                    if (dashboardTypes.contains(owner) && (own == null || own.getType() == null
                            || !own.getType().getFullyQualifiedName().replace('$', '.').equals(owner))) {
                        return true;
                    }
                }
                if (m.getSelect() != null && isClientAnswer(m.getSelect())) {
                    return true;
                }
                for (Expression arg : JavaArgs.real(m.getArguments())) {
                    if (arg instanceof J.Identifier id && clientAnswers.contains(id.getSimpleName())) {
                        return true;
                    }
                }
                return false;
            }

            private boolean isTextType(org.openrewrite.java.tree.@Nullable TypeTree type) {
                return type != null && (type.toString().equals("String") || type.toString().equals("var"));
            }

            /** A static field, a field of an interface, or Kotlin's {@code const val}. */
            private boolean isConstant(J.VariableDeclarations v) {
                if (v.hasModifier(J.Modifier.Type.Static) || v.getModifiers().stream().anyMatch(m -> "const".equals(m.getKeyword()))) {
                    return true;
                }
                J.ClassDeclaration cd = getCursor().firstEnclosing(J.ClassDeclaration.class);
                return cd != null && cd.getKind() == J.ClassDeclaration.Kind.Type.Interface
                        && getCursor().firstEnclosing(J.MethodDeclaration.class) == null;
            }

            /**
             * A call of the SDK's number searches, which answer with numbers ({@code AvailableNumbers.search(..)},
             * {@code InserviceNumber.list(..)}), also cast ({@code (List<String>) ..}, Kotlin's {@code .. as List<String>}).
             */
            private boolean isSdkNumberSearch(Expression e) {
                while (e instanceof J.TypeCast || e instanceof J.Parentheses<?>) {
                    if (e instanceof J.TypeCast tc) {
                        e = tc.getExpression();
                    } else if (((J.Parentheses<?>) e).getTree() instanceof Expression inner) {
                        e = inner;
                    } else {
                        return false;
                    }
                }
                JavaType.Method mt = e instanceof J.MethodInvocation m ? m.getMethodType() : null;
                if (mt == null || !mt.getDeclaringType().getFullyQualifiedName().startsWith(IrisSdk.PACKAGE)) {
                    return false;
                }
                String cls = mt.getDeclaringType().getClassName();
                return cls.equals("AvailableNumbers") && mt.getName().equals("search")
                        || cls.equals("InserviceNumber") && mt.getName().equals("list");
            }

            private boolean assignedToAreaCode() {
                Object parent = getCursor().getParentTreeCursor().getValue();
                if (parent instanceof J.VariableDeclarations.NamedVariable nv) {
                    return NumberNames.isAreaCode(nv.getSimpleName());
                }
                if (parent instanceof J.Assignment a) {
                    return NumberNames.isAreaCode(NumberNames.nameOf(a.getVariable()));
                }
                return false;
            }
        };
    }

    /**
     * A pattern with ten digits that takes no {@code +1} before them: {@code ^\\+1\\d{10}$} or
     * {@code ^\\+?1?\\d{10}$} already read E.164.
     */
    static boolean assumesTenDigits(String pattern) {
        java.util.regex.Matcher m = TEN_DIGITS.matcher(pattern);
        while (m.find()) {
            if (!plusBefore(pattern, m.start())) {
                return true;
            }
        }
        // digits written in parts: ^[2-9]\d{9}$, [2-9]\d{2}[2-9]\d{6}, \(?\d{3}\)?[-. ]?\d{3}[-. ]?\d{4}
        java.util.regex.Matcher atom = DIGIT_ATOM.matcher(pattern);
        java.util.regex.Matcher sep = SEPARATOR.matcher(pattern);
        int run = 0;
        int runStart = -1;
        int at = 0;
        while (at < pattern.length()) {
            if (atom.region(at, pattern.length()).lookingAt()) {
                if (run == 0) {
                    runStart = at;
                }
                run += atom.group(1) == null ? 1 : Integer.parseInt(atom.group(1));
                at = atom.end();
            } else if (sep.region(at, pattern.length()).lookingAt()) {
                at = sep.end();
            } else {
                if (run == 10 && !plusBefore(pattern, runStart)) {
                    return true;
                }
                run = 0;
                at++;
            }
        }
        return run == 10 && !plusBefore(pattern, runStart);
    }

    /** One digit ({@code \d}, {@code [0-9]}, {@code [2-9]}), as many as its {@code {n}} says. */
    private static final Pattern DIGIT_ATOM = Pattern.compile("(?:\\\\d|\\[[0-9]-[0-9]])(?:\\{(\\d+)})?(?![?*+{])");
    /** What may stand between the parts of a number: a dash, dot or space, brackets around the area code, groups. */
    private static final Pattern SEPARATOR = Pattern.compile(
            "\\(\\?:|\\)|\\(|\\\\\\(\\??|\\\\\\)\\??|\\[[-. \\\\s]+][?*]?|-\\??|\\\\s[?*]?|\\\\[.-][?*]?| \\??");

    private static boolean plusBefore(String pattern, int start) {
        String before = pattern.substring(Math.max(0, start - 8), start);
        return before.contains("\\+") || before.contains("[+]");
    }

    /**
     * A lookup in the payload's own list of numbers, not in a store: {@code completedNumbers.contains(tn)}. A name that
     * says the store is keyed by numbers ({@code customersByTn}, {@code ordersByPhone}) is a store.
     */
    private static boolean isPayloadRead(J.MethodInvocation m) {
        String name = m.getSelect() == null ? null : NumberNames.nameOf(m.getSelect());
        if (KEYED_FINDER.matcher(m.getSimpleName()).matches()) {
            return false; // phoneNumbers.findByTn(tn): a repository's finder, whatever the field is called
        }
        JavaType.FullyQualified type = m.getSelect() == null ? null : TypeUtils.asFullyQualified(m.getSelect().getType());
        if (type != null && STORE.matcher(type.getClassName()).matches()) {
            return false; // a PhoneNumberRepository called phoneNumbers
        }
        return name != null && NumberNames.isTelephoneNumber(name) && !KEYED_BY_NUMBER.matcher(name).matches()
                && !STORE.matcher(name).matches();
    }

    private static final java.util.regex.Pattern KEYED_BY_NUMBER = java.util.regex.Pattern.compile(
            ".+(?:By|For|Per)(?:Tn|Tns|Number|Numbers|Phone|PhoneNumber|TelephoneNumber|Msisdn|Did)$");
    /** A model named for what an API answers: {@code OrderResponse}, {@code SearchResult}, {@code TnDetailsAnswer}. */
    private static final Pattern ANSWER_MODEL = Pattern.compile("(?:\\w+\\.)*\\w*(?:Response|Result|Results|Answer)");

    /** Comparators built from a key extractor, and the stream steps that sort or pick by one. */
    private static final Set<String> COMPARATORS = Set.of("comparingLong", "comparing", "thenComparingLong", "thenComparing");
    private static final Set<String> SORTS = Set.of("sorted", "sort", "max", "min");

    /** A repository's finder by number ({@code findByTn}, {@code existsByTelephoneNumber}): a store keyed by numbers, whatever its name. */
    private static final Pattern KEYED_FINDER = Pattern.compile("(?:find|exists|delete|count)(?:One|All)?By\\w+");
    /** A store of the project's named for numbers ({@code tnStore}, {@code tnRepository}): a lookup there is not a payload read. */
    private static final java.util.regex.Pattern STORE = java.util.regex.Pattern.compile(
            "(?:.+(?:Store|Repository|Repo|Cache|Dao|Registry|Index|Map|Table|Inventory)|store|repository|repo|cache|dao"
                    + "|registry|inventory)$");

    /** A pattern whose text starts with ten digits: {@code \d{10},.*}, {@code ^[0-9]{10}\b}. */
    /** A test that a text is all digits, as code writes it. */
    private static final Pattern ALL_DIGITS_CHECK = Pattern.compile(
            "allMatch\\(\\s*Character::isDigit|isDigit\\(|\\.matches\\(\\s*\"(?:\\\\\\\\d|\\[0-9])[+*]\"|isNumeric\\(|isDigits\\(|isAsciiDigit");
    private static final Pattern LEADING_TEN_DIGITS = Pattern.compile("\\^?(?:\\\\d|\\[0-9])\\{10}");
    /** A pattern of ten digits and nothing else: {@code ^\\d{10}$}, {@code [0-9]{10}}. */
    private static final Pattern WHOLE_TEN_DIGITS = Pattern.compile("\\^?(?:\\\\d|\\[0-9])\\{10}\\$?");
    /** The calls that test a {@code Matcher} against its pattern. */
    private static final Set<String> MATCHES = Set.of("matches", "find", "lookingAt");

    /**
     * The variables a file gives a compiled pattern ({@code TN = Pattern.compile("^\\d{10}$")}), by name, with their
     * expressions in the order written (a name may be declared twice); their type is checked where they are used.
     */
    private static java.util.Map<String, List<String>> patternConstants(JavaSourceFile cu) {
        java.util.Map<String, List<String>> out = new java.util.HashMap<>();
        new JavaIsoVisitor<Integer>() {
            @Override
            public J.VariableDeclarations.NamedVariable visitVariable(J.VariableDeclarations.NamedVariable v, Integer p) {
                if (v.getInitializer() instanceof J.MethodInvocation compile && compile.getSimpleName().equals("compile")
                        && !JavaArgs.real(compile.getArguments()).isEmpty()
                        && JavaArgs.real(compile.getArguments()).get(0) instanceof J.Literal l && l.getValue() instanceof String regex) {
                    out.computeIfAbsent(v.getSimpleName(), k -> new ArrayList<>()).add(regex);
                }
                return v;
            }
        }.visit(cu, 0);
        return out;
    }

    /**
     * What a request to the customer's own endpoint carries outside its body, read from the web framework's request:
     * SparkJava's {@code req.params(":tn")}, Javalin's {@code ctx.pathParam("tn")}, the servlet API's
     * {@code request.getParameter("tn")}, Vert.x's {@code ctx.pathParam(..)}; typed only. Their API's input, not the
     * Dashboard's (a Dashboard callback comes in the body).
     */
    static boolean isRequestInput(@Nullable Expression e) {
        if (!(e instanceof J.MethodInvocation m) || m.getMethodType() == null || !REQUEST_INPUTS.contains(m.getSimpleName())) {
            return false;
        }
        String owner = m.getMethodType().getDeclaringType().getFullyQualifiedName();
        return owner.startsWith("spark.") || owner.startsWith("io.javalin.") || owner.endsWith(".servlet.ServletRequest")
                || owner.endsWith(".servlet.http.HttpServletRequest") || owner.equals("io.vertx.ext.web.RoutingContext")
                || owner.equals("io.vertx.core.http.HttpServerRequest");
    }

    /** The calls of a web framework's request that read a path, query, form or header parameter. */
    private static final Set<String> REQUEST_INPUTS = Set.of("params", "queryParams", "queryParamOrDefault", "queryMap",
            "pathParam", "queryParam", "formParam", "header", "headers", "getParameter", "getHeader", "getParameterValues",
            "queryParamAsClass", "pathParamAsClass", "formParamAsClass", "getParam", "splat");

    /** Annotations of a parameter that the customer's own endpoint receives from its callers. */
    private static final Set<String> ENDPOINT_INPUTS = Set.of("PathVariable", "RequestParam", "RequestHeader", "CookieValue",
            "MatrixVariable", "QueryParam", "PathParam", "FormParam", "HeaderParam", "QueryValue", "Header");

    private static final Set<String> KOTLIN_TO_LONG = Set.of("toLong", "toLongOrNull", "toBigInteger");
    /** Steps of a collection pipeline that keep its elements numbers, for a lambda further along. */
    private static final Set<String> COLLECTION_STEPS = Set.of("filter", "filterNot", "sorted", "distinct", "toList",
            "toSet", "asSequence", "stream", "orEmpty", "take", "drop");

    /** Spring Batch's numeric reads of a named column of a flat file ({@code fieldSet.readLong("TelephoneNumber")}). */
    static boolean isColumnRead(J.MethodInvocation m) {
        return COLUMN_READS.contains(m.getSimpleName()) && JavaArgs.real(m.getArguments()).size() == 1 && m.getMethodType() != null
                && m.getMethodType().getDeclaringType().getFullyQualifiedName().equals("org.springframework.batch.item.file.transform.FieldSet");
    }

    private static final Set<String> COLUMN_READS = Set.of("readLong", "readInt", "readShort", "readBigDecimal", "readDouble");

    private static boolean isLengthCall(Expression e) {
        return e instanceof J.MethodInvocation m && m.getSimpleName().equals("length") && JavaArgs.real(m.getArguments()).isEmpty();
    }

    private static boolean isTenOrEleven(Expression e) {
        return JavaArgs.isInt(e, 10) || JavaArgs.isInt(e, 11);
    }

    /** A constant ({@code COMPLETED_TN}, {@code Fixtures.COMPLETED_TN}): a number the code chose, not one a callback sent. */
    private static boolean isConstantRef(Expression e) {
        JavaType.Variable v = e instanceof J.Identifier id ? id.getFieldType()
                : e instanceof J.FieldAccess fa ? fa.getName().getFieldType() : null;
        return v != null && v.hasFlags(org.openrewrite.java.tree.Flag.Static, org.openrewrite.java.tree.Flag.Final);
    }

    private static boolean isComparison(J.Binary b) {
        return switch (b.getOperator()) {
            case Equal, NotEqual, LessThan, LessThanOrEqual, GreaterThan, GreaterThanOrEqual -> true;
            default -> false;
        };
    }
}
