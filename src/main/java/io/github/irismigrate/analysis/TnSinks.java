package io.github.irismigrate.analysis;

import org.jspecify.annotations.Nullable;
import org.openrewrite.ExecutionContext;
import org.openrewrite.InMemoryExecutionContext;
import org.openrewrite.SourceFile;
import org.openrewrite.java.JavaIsoVisitor;
import org.openrewrite.java.tree.Expression;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.JavaSourceFile;
import org.openrewrite.java.tree.JavaType;
import org.openrewrite.java.tree.TypeUtils;
import org.openrewrite.json.tree.Json;
import org.openrewrite.kotlin.tree.K;
import org.openrewrite.xml.tree.Xml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.WeakHashMap;
import java.util.regex.Pattern;

/**
 * Where a project hands telephone numbers to the Dashboard API outside of URL and payload texts: the arguments of
 * Iris SDK calls and of TN-named setters and builders ({@code setTelephoneNumberList(List.of("9195551234"))},
 * {@code Tns.getTnDetails(client, "9195551234")}), followed through collection factories, arrays and local lists.
 * Also records which literals sit in test assertions or mocked responses (they describe what the API sends back),
 * and the outline of every XML and JSON resource. Kept beside the project's {@link ProjectFacts}, scanned once.
 */
public final class TnSinks {
    private static final Map<ProjectFacts, TnSinks> BY_FACTS = Collections.synchronizedMap(new WeakHashMap<>());

    /** Setter, builder and SDK method names that take telephone numbers. */
    private static final Pattern TN_METHOD = Pattern.compile(
            "(?:set|with|add|addAll|put)?(?:[Tt]elephoneNumbers?(?:List)?|[Tt]ns?(?:List)?|[Ff]ullNumbers?|[Bb]illingTelephoneNumber"
                    + "|(?:Account|Working|WorkingOrBilling|Sms|Tts)TelephoneNumbers?|[Ll]istOfPhoneNumbers|EepTns"
                    + "|[Rr]eservedTn|[Cc]allForward|[Cc]a?llbackNumber)");
    /** Iris SDK methods and classes about telephone numbers ({@code Tns.getTnDetails}, {@code SipPeer.getSipPeerTn}). */
    private static final Pattern SDK_TN_NAME = Pattern.compile(".*(?:Tn|TN|TelephoneNumber|FullNumber|PhoneNumber).*|tns?");
    /** Conversions a number goes through on its way to a String argument ({@code Long.toString(MONITOR_TN)}). */
    private static final Set<String> TO_TEXT = Set.of("toString", "valueOf");
    private static final Set<String> COLLECTION_FACTORIES = Set.of("of", "asList", "singletonList", "singleton", "copyOf",
            "newArrayList", "newHashSet", "ofNullable",
            // Kotlin's
            "listOf", "mutableListOf", "arrayListOf", "setOf", "mutableSetOf", "arrayOf", "listOfNotNull");
    private static final Pattern ASSERTION = Pattern.compile(
            "assert\\w*|isEqualTo\\w*|contains\\w*|hasToString|startsWith|endsWith|matches|expect\\w*|equalTo\\w*|is");
    private static final Pattern MOCK_RESPONSE = Pattern.compile(
            "withBody|withResponseBody|setBody|thenReturn|willReturn|doReturn|respond\\w*|okXml|okJson|aResponse"
                    + "|withBodyFile|andRespond|withSuccess|returnResponse");

    /**
     * An argument that carries telephone numbers to a request; {@code sdk} when the Iris SDK or a model of a Dashboard
     * request body receives it, so that it is sent whichever file it is in. The text is
     * read in {@code path}; the request is made in {@code requestPath} (another file when the number reaches the
     * request through a parameter of a method there); {@code via} names the files of the methods a payload model's
     * number was handed through on its way there ({@code OrderRequest.existing(.., tns)} called by a client's
     * {@code orderExisting(tns, ..)}): the request may be made in any of them.
     */
    public record Sink(String path, AssembledText text, boolean sdk, String requestPath, List<String> via) {
        Sink(String path, AssembledText text, boolean sdk) {
            this(path, text, sdk, path);
        }

        Sink(String path, AssembledText text, boolean sdk, String requestPath) {
            this(path, text, sdk, requestPath, List.of());
        }
    }

    /**
     * A parameter of a method that reaches a sink: what callers pass there is sent too, by a request in {@code path};
     * null for a constructor parameter of a payload model, whose request is made where the model is built.
     */
    private record ParamUse(MethodRef method, int index, boolean sdk, @Nullable String path) {
    }

    /** An argument a call passes that could carry numbers (literals, constants, lists of them), as sinks would read it. */
    private record CallArg(MethodRef method, int index, List<Sink> values) {
    }

    /**
     * A parameter handed on to another method's ({@code orderNumbers(tns)} calling {@code buildOrder(SITE, tns)}):
     * what the caller's callers pass as parameter {@code fromIndex} of {@code from} reaches parameter {@code index}
     * of {@code method}.
     */
    private record ParamPass(MethodRef method, int index, MethodRef from, int fromIndex, String path) {
    }

    /** A method by its declaring type (null when types are unknown), name and number of parameters. */
    private record MethodRef(@Nullable String owner, String name, int arity) {
        boolean matches(MethodRef o) {
            return name.equals(o.name) && arity == o.arity && (owner == null || o.owner == null || owner.equals(o.owner));
        }
    }

    /**
     * Numbers put into a TN-named member of a class that is not named for a Dashboard request
     * ({@code order.existingTelephoneNumberOrderType.telephoneNumbers.addAll(tns)}), read as a request model's would
     * be: they count as sent once the project shows the class is one ({@link #annotatedModels}).
     */
    private record ModelSinks(String owner, List<Sink> sinks, List<ParamUse> uses) {
    }

    private final List<ModelSinks> modelSinks = new ArrayList<>();
    /**
     * Classes whose mapping names a Dashboard request's elements ({@code @JacksonXmlProperty(localName = "SiteId")},
     * {@code @XmlElement(name = "CustomerOrderId")}, {@code @JacksonXmlRootElement(localName = "ExternalTnsOrder")}), and
     * the classes nested in them: models of Dashboard request bodies whatever they are called.
     */
    private final Set<String> annotatedModels = new HashSet<>();
    private final List<ParamUse> paramUses = new ArrayList<>();
    private final List<CallArg> callArgs = new ArrayList<>();
    private final List<ParamPass> paramPasses = new ArrayList<>();
    /**
     * Loop and lambda variables that stand for the items of a parameter ({@code for (String tn : tns)},
     * {@code tns.forEach(tn -> ..)}), by method: variable name to parameter index.
     */
    private final Map<MethodRef, Map<String, Integer>> aliases = new java.util.HashMap<>();
    /**
     * Loop and lambda variables that stand for the items of a record's component ({@code for (String tn :
     * request.numbers())}), by method: variable name to the record constructor's parameter that gives the component.
     */
    private final Map<MethodRef, Map<String, ParamUse>> componentAliases = new java.util.HashMap<>();
    /**
     * The values local variables are given that may hold a number ({@code String tn = "9195551234";}, and what is
     * assigned to them later), by method: variable name to its values (none when the method declares the name twice:
     * which one a use reads is not known here).
     */
    private final Map<MethodRef, Map<String, List<Sink>>> locals = new java.util.HashMap<>();
    /** Fields holding lists of numbers ({@code List<String> PILOT_TNS = List.of(..)}), by "Class#NAME": their items. */
    private final Map<String, List<Sink>> listConstants = new LinkedHashMap<>();

    /**
     * {@code String.format(TEMPLATE, args)} or {@code TEMPLATE.formatted(args)} with a template the assembler cannot
     * read at the call (a constant): the template is resolved later against the project, then matched up with the
     * arguments.
     */
    public record FormatCall(String path, AssembledText template, List<AssembledText> args, @Nullable List<String> names,
                             boolean uriTemplate) {
        FormatCall(String path, AssembledText template, List<AssembledText> args) {
            this(path, template, args, null, false);
        }
    }

    private final Map<String, List<FormatCall>> formatCalls = new LinkedHashMap<>();
    private final Set<SourceFile> scanned = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<String, List<Sink>> sinks = new LinkedHashMap<>();
    private final Map<String, Set<UUID>> responseSide = new LinkedHashMap<>();
    /** The literals of what a test expects of a request it recorded, by file (see {@link #isRequestExpectation}). */
    private final Map<String, Set<UUID>> requestExpectations = new LinkedHashMap<>();
    private final List<ExpectedValue> expectedValues = new ArrayList<>();
    /** The method each literal of a file with assertions sits in: an assertion and a request of one test go together. */
    private final Map<UUID, UUID> methodOfLiteral = new java.util.HashMap<>();
    private final Map<String, PayloadReader.Outline> outlines = new LinkedHashMap<>();
    /** Placeholders of request templates ({@code <FullNumber>${fullNumber}</FullNumber>}) that stand for a number, by file. */
    private final Map<String, Set<String>> numberPlaceholders = new LinkedHashMap<>();
    /** Values given to a template's placeholders where it is rendered ({@code render("order.xml", Map.of("tn", ..))}). */
    private final List<TemplateFill> templateFills = new ArrayList<>();
    /**
     * String constants that name a template resource ({@code static final String E911_ORDER = "e911-order.xml"}), by
     * their class's fully qualified name and their own: a call may name its template by one.
     */
    private final Map<String, String> resourceConstants = new java.util.HashMap<>();

    /**
     * A value a test expects at an XPath or JSON path of a request body it recorded, read in {@code path}:
     * {@code xpath("//TelephoneNumber").string("9195551234")} of Spring's MockRestServiceServer,
     * {@code matchingXPath("//CallForward", equalTo("9195550199"))} of WireMock's {@code withRequestBody}.
     */
    public record ExpectedValue(String path, AssembledText expression, AssembledText value) {
    }

    /**
     * The value a call gives placeholder {@code key} of the template resource {@code resource} (starting with '/'), or
     * of the one the String constant {@code constant} ({@code com.acme.TemplateNames#E911_ORDER}) names.
     */
    private record TemplateFill(@Nullable String resource, @Nullable String constant, String key, List<Sink> values,
                                List<ParamUse> uses) {
        /**
         * True when this fill names template file {@code template}: by its path's end ({@code templates/order.xml}),
         * or, for a name without an extension, as template engines resolve one ({@code render("order", ..)} for
         * {@code templates/dashboard/order.xml}, not {@code area-code-order.xml}); a constant by the value
         * {@code constants} holds for it.
         */
        boolean names(String template, Map<String, String> constants) {
            String resource = constant == null ? this.resource
                    : constants.containsKey(constant) ? resourcePath(constants.get(constant)) : null;
            if (resource == null) {
                return false;
            }
            if (template.endsWith(resource)) {
                return true;
            }
            // render("order", ..) for order.ftl; render("order.xml", ..) for order.xml.mustache (the engine's suffix)
            int dot = template.lastIndexOf('.');
            return dot > 0 && (resource.indexOf('.') < 0 || TemplateView.isTemplate(template.toLowerCase(java.util.Locale.ROOT)))
                    && template.substring(0, dot).endsWith(resource);
        }
    }

    /**
     * A placeholder in a template's text: {@code ${name}}, {@code {{name}}}, {@code {name}}, {@code %name%}, Velocity's
     * {@code $name} and {@code $!name}.
     */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\$\\{(\\w+)}|\\{\\{\\s*(\\w+)\\s*}}|\\{(\\w+)}|%(\\w+)%|\\$!?([A-Za-z_]\\w*)");

    /** A Mustache/Handlebars section's opening over a list: {@code {{#tns}}}, {@code {{#each tns}}}. */
    private static final Pattern MUSTACHE_SECTION = Pattern.compile("\\{\\{#(?:each\\s+)?(\\w+)\\s*}}");

    /**
     * A template's loops, each as its variable and the list it walks: Velocity's {@code #foreach($tn in $tns)},
     * FreeMarker's {@code <#list tns as tn>}, Pebble's and Jinja's {@code {% for tn in tns %}}.
     */
    private static final Pattern TEMPLATE_LOOP = Pattern.compile("#foreach\\s*\\(\\s*\\$(\\w+)\\s+in\\s+\\$!?\\{?(\\w+)"
            + "|<#list\\s+(\\w+)\\s+as\\s+(\\w+)|\\{%-?\\s*for\\s+(\\w+)\\s+in\\s+(\\w+)");

    /** The lists a template's loops walk whose variable is among {@code names}: the values the caller fills in. */
    private static Set<String> loopedCollections(String text, Set<String> names) {
        Set<String> out = new HashSet<>();
        java.util.regex.Matcher m = TEMPLATE_LOOP.matcher(text);
        while (m.find()) {
            String variable = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(4) : m.group(5);
            String list = m.group(1) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(6);
            if (names.contains(variable)) {
                out.add(list);
            }
        }
        return out;
    }

    public static TnSinks of(ProjectFacts facts) {
        return BY_FACTS.computeIfAbsent(facts, f -> new TnSinks());
    }

    public synchronized void scan(SourceFile sf) {
        if (!scanned.add(sf)) {
            return;
        }
        String path = SourcePaths.of(sf);
        if (sf instanceof JavaSourceFile cu) {
            List<Sink> found = new ArrayList<>();
            Set<UUID> response = new HashSet<>();
            Set<UUID> expectations = new HashSet<>();
            List<FormatCall> formats = new ArrayList<>();
            List<ParamUse> uses = new ArrayList<>();
            collect(cu, path, found, response, expectations, formats, uses, callArgs, paramPasses, listConstants, aliases,
                    componentAliases, locals, templateFills, resourceConstants, expectedValues, modelSinks);
            annotatedModels(cu, annotatedModels);
            if (!expectations.isEmpty()) {
                requestExpectations.put(path, expectations);
            }
            paramUses.addAll(uses);
            sinks.put(path, found);
            formatCalls.put(path, formats);
            responseSide.put(path, response);
            if (!response.isEmpty()) {
                methodsOfLiterals(cu, methodOfLiteral);
            }
        } else if (sf instanceof Xml.Document || sf instanceof Json.Document) {
            String text = sf.printAll();
            PayloadReader.Outline outline = PayloadReader.outline(text);
            outlines.put(path, outline);
            if (IrisPayload.classify(outline) == IrisPayload.Kind.REQUEST) {
                Set<String> names = new HashSet<>();
                for (PayloadReader.Element e : PayloadReader.elements(text, IrisPayload::isNumberElement)) {
                    // in the element's text, or in its start tag's attributes (Thymeleaf's th:text="${tn}",
                    // th:each="tn : ${tns}")
                    int tag = text.lastIndexOf('<', e.start());
                    tag = tag >= 0 && text.startsWith(e.name(), tag + 1) ? tag : -1;
                    if (e.value().contains("{{.}}") || e.value().contains("{{this}}")) {
                        // Mustache's {{#tns}}<TelephoneNumber>{{.}}</TelephoneNumber>{{/tns}}: the section's list
                        java.util.regex.Matcher section = MUSTACHE_SECTION.matcher(text.substring(0, e.start()));
                        String open = null;
                        while (section.find()) {
                            open = section.group(1);
                        }
                        if (open != null) {
                            names.add(open);
                        }
                    }
                    java.util.regex.Matcher m = PLACEHOLDER.matcher(
                            tag >= 0 ? text.substring(tag, e.start()) + e.value() : e.value());
                    while (m.find()) {
                        for (int g = 1; g <= m.groupCount(); g++) {
                            if (m.group(g) != null) {
                                names.add(m.group(g));
                            }
                        }
                    }
                }
                if (!names.isEmpty()) {
                    names.addAll(loopedCollections(text, names));
                    numberPlaceholders.put(path, names);
                }
            }
        }
    }

    public synchronized List<Sink> sinks() {
        List<Sink> all = new ArrayList<>();
        sinks.values().forEach(all::addAll);
        // one step across methods: a list handed to importTns(id, PILOT_TNS), whose parameter reaches the SDK
        List<ParamUse> allUses = new ArrayList<>(paramUses);
        for (ModelSinks m : modelSinks) {
            if (annotatedModels.contains(m.owner())) {
                all.addAll(m.sinks());
                allUses.addAll(m.uses());
            }
        }
        for (ParamUse use : allUses) {
            all.addAll(passed(use.method(), use.index(), use.sdk(), use.path()));
        }
        // render("templates/order.xml", Map.of("fullNumber", "9195550170")): the value fills a number of a request
        for (TemplateFill fill : templateFills) {
            numberPlaceholders.forEach((template, names) -> {
                if (names.contains(fill.key()) && fill.names(template, resourceConstants)) {
                    fill.values().forEach(v -> all.add(new Sink(v.path(), v.text(), true, v.path())));
                    // values.put("tns", tns): what the method's callers pass for that parameter
                    fill.uses().forEach(u -> all.addAll(passed(u.method(), u.index(), true, u.path())));
                }
            });
        }
        return expanded(all);
    }

    /**
     * What the project's calls pass to parameter {@code param} that could carry numbers (literals, constants, the
     * items of list constants), for a callee that puts the parameter into a request's text; each sink's
     * {@code requestPath} is {@code calleePath}.
     */
    public synchronized List<Sink> passedTo(Part.Param param, String calleePath) {
        return passedTo(param, calleePath, null);
    }

    /**
     * As {@link #passedTo(Part.Param, String)}, with only the calls in the files {@code callers} accepts (a value
     * written there, or a parameter handed on there, whose callers are all followed); all calls when it is null.
     */
    public synchronized List<Sink> passedTo(Part.Param param, String calleePath, java.util.function.@Nullable Predicate<String> callers) {
        MethodRef callee = new MethodRef(param.owner(), param.name(), param.arity());
        int index = param.index() >= 0 ? param.index() : aliases.getOrDefault(callee, Map.of()).getOrDefault(param.variable(), -1);
        ParamUse component = param.index() < 0
                ? componentAliases.getOrDefault(callee, Map.of()).get(param.variable()) : null;
        if (index < 0 && component != null) {
            // for (String tn : request.numbers()): what the record's constructor is handed for that component
            List<Sink> out = new ArrayList<>();
            passed(component.method(), component.index(), false, calleePath, out, new HashSet<>(), null, callers);
            return expanded(out);
        }
        if (index < 0 && param.index() < 0) {
            // String tn = "9195551234"; .. "/tns/" + tn: the values the local is given
            List<Sink> out = new ArrayList<>();
            for (Sink v : locals.getOrDefault(callee, Map.of()).getOrDefault(param.variable(), List.of())) {
                out.add(new Sink(v.path(), v.text(), false, calleePath));
            }
            return expanded(out);
        }
        if (index < 0) {
            return List.of();
        }
        List<Sink> out = new ArrayList<>();
        passed(callee, index, false, calleePath, out, new HashSet<>(), null, callers);
        return expanded(out);
    }

    /**
     * What the project's calls pass as argument {@code index} of {@code method}, as sent by a request in
     * {@code requestPath}: directly, or through the callers of methods that hand a parameter of theirs on to it.
     */
    private List<Sink> passed(MethodRef method, int index, boolean sdk, @Nullable String requestPath) {
        List<Sink> out = new ArrayList<>();
        // a payload model's number (no request path yet): the files it is handed through may make the request
        passed(method, index, sdk, requestPath, out, new HashSet<>(), requestPath == null ? new ArrayList<>() : null, null);
        return out;
    }

    /** The most methods a parameter is followed back through: call chains in real code are short. */
    private static final int MAX_PASSES = 16;

    private void passed(MethodRef method, int index, boolean sdk, @Nullable String requestPath, List<Sink> out, Set<ParamPass> seen,
                        @Nullable List<String> via, java.util.function.@Nullable Predicate<String> callers) {
        for (CallArg arg : callArgs) {
            if (arg.index() == index && arg.method().matches(method)) {
                for (Sink v : arg.values()) {
                    if (callers != null && !callers.test(v.path())) {
                        continue;
                    }
                    out.add(new Sink(v.path(), v.text(), sdk, requestPath == null ? v.path() : requestPath,
                            via == null ? List.of() : List.copyOf(via)));
                }
            }
        }
        for (ParamPass pass : paramPasses) {
            if (pass.index() == index && pass.method().matches(method) && (callers == null || callers.test(pass.path()))
                    && seen.size() < MAX_PASSES && seen.add(pass)) {
                List<String> further = via == null ? null : new ArrayList<>(via);
                if (further != null) {
                    further.add(pass.path());
                }
                passed(pass.from(), pass.fromIndex(), sdk, requestPath == null ? pass.path() : requestPath, out, seen, further, null);
            }
        }
    }

    /** {@code sinks} with a constant that holds a list replaced by its items: they are what is sent. */
    private List<Sink> expanded(List<Sink> sinks) {
        List<Sink> out = new ArrayList<>(sinks.size());
        for (Sink sink : sinks) {
            List<Sink> items = listItems(sink);
            if (items == null) {
                out.add(sink);
            } else {
                items.forEach(i -> out.add(new Sink(i.path(), i.text(), sink.sdk(), sink.requestPath(), sink.via())));
            }
        }
        return out;
    }

    /** The items of the list constant {@code sink} names alone ({@code PILOT_TNS}), or null when it names none. */
    private @Nullable List<Sink> listItems(Sink sink) {
        List<Part> parts = sink.text().parts();
        return parts.size() == 1 && parts.get(0) instanceof Part.ConstantRef ref ? listConstant(ref) : null;
    }

    private @Nullable List<Sink> listConstant(Part.ConstantRef ref) {
        String owner = ref.ownerSimpleName();
        if (!owner.isEmpty()) {
            return listConstants.get(owner + "#" + ref.simpleName());
        }
        List<Sink> only = null;
        for (Map.Entry<String, List<Sink>> e : listConstants.entrySet()) {
            if (e.getKey().endsWith("#" + ref.simpleName())) {
                if (only != null) {
                    return null; // two classes have a list of that name: which one is unknown
                }
                only = e.getValue();
            }
        }
        return only;
    }

    public synchronized List<FormatCall> formatCalls() {
        List<FormatCall> all = new ArrayList<>();
        formatCalls.values().forEach(all::addAll);
        return all;
    }

    /** The method declaration {@code literal} sits in, in a file with assertions or mocked responses; null elsewhere. */
    public synchronized @Nullable UUID methodOf(UUID literal) {
        return methodOfLiteral.get(literal);
    }

    private static void methodsOfLiterals(JavaSourceFile cu, Map<UUID, UUID> out) {
        new JavaIsoVisitor<Integer>() {
            @Override
            public J.Literal visitLiteral(J.Literal literal, Integer p) {
                J.MethodDeclaration md = getCursor().firstEnclosing(J.MethodDeclaration.class);
                if (md != null) {
                    out.put(literal.getId(), md.getId());
                }
                return literal;
            }
        }.visit(cu, 0);
    }

    /** True when the tree (a literal) sits in a test assertion or a mocked response of file {@code path}. */
    public synchronized boolean isResponseSide(String path, UUID treeId) {
        Set<UUID> ids = responseSide.get(path);
        return ids != null && ids.contains(treeId);
    }

    /**
     * True when the tree (a literal) says what a request a test recorded must hold: an argument of WireMock's
     * {@code withRequestBody(..)} (a stub's or a {@code verify}'s) or of MockRestServiceServer's
     * {@code andExpect(content()..)}, {@code andExpect(xpath(..)..)}. It describes the request, not a response.
     */
    public synchronized boolean isRequestExpectation(String path, UUID treeId) {
        Set<UUID> ids = requestExpectations.get(path);
        return ids != null && ids.contains(treeId);
    }

    public synchronized List<ExpectedValue> expectedValues() {
        return List.copyOf(expectedValues);
    }

    public synchronized PayloadReader.@Nullable Outline outline(String path) {
        return outlines.get(path);
    }

    private static void collect(JavaSourceFile cu, String path, List<Sink> out, Set<UUID> response, Set<UUID> expectations,
                                List<FormatCall> formats, List<ParamUse> uses, List<CallArg> calls, List<ParamPass> passes,
                                Map<String, List<Sink>> lists, Map<MethodRef, Map<String, Integer>> aliases,
                                Map<MethodRef, Map<String, ParamUse>> componentAliases,
                                Map<MethodRef, Map<String, List<Sink>>> locals, List<TemplateFill> fills,
                                Map<String, String> resourceConstants, List<ExpectedValue> values,
                                List<ModelSinks> models) {
        boolean importsSdk = cu.getImports().stream().anyMatch(i -> i.getTypeName().startsWith(IrisSdk.PACKAGE)
                || i.getPackageName().startsWith(IrisSdk.PACKAGE));
        new JavaIsoVisitor<ExecutionContext>() {
            @Override
            public J.MethodInvocation visitMethodInvocation(J.MethodInvocation m, ExecutionContext ctx) {
                String name = m.getSimpleName();
                if (ASSERTION.matcher(name).matches() || MOCK_RESPONSE.matcher(name).matches()) {
                    for (Expression a : m.getArguments()) {
                        literalsIn(a, response);
                    }
                }
                if (isRequestExpectation(m)) {
                    for (Expression a : m.getArguments()) {
                        literalsIn(a, expectations);
                        expectedValues(a, path, values);
                    }
                }
                formatCall(m, path, formats);
                Boolean sdk = sinkKind(m, m.getMethodType(), name, importsSdk);
                J.MethodDeclaration md = getCursor().firstEnclosing(J.MethodDeclaration.class);
                capturedValue(m, md, path, values);
                if (Boolean.TRUE.equals(sdk) && m.getSelect() instanceof J.Identifier model && md != null
                        && partOfAnAnswer(md, model.getSimpleName())) {
                    // ok.setFullNumber("9195550193"); response.setTelephoneNumbers(List.of(ok)): a fake answer's item
                    for (Expression a : m.getArguments()) {
                        literalsIn(a, response);
                    }
                } else if (sdk != null) {
                    for (Expression a : m.getArguments()) {
                        sinkArgument(a, md, path, sdk, out, 0, uses);
                    }
                    if (Boolean.FALSE.equals(sdk) && m.getMethodType() != null) {
                        // payload.setFullNumber(tn) of a class the project may map to a request's elements
                        for (Expression a : JavaArgs.real(m.getArguments())) {
                            modelSink(m.getMethodType().getDeclaringType().getFullyQualifiedName(), a, md);
                        }
                    }
                } else if (m.getMethodType() != null && m.getMethodType().hasFlags(org.openrewrite.java.tree.Flag.Static)) {
                    // ImportTnOrder.of(id, site, List.of("9197830100")): a request model's factory sends its lists
                    requestModelLists(m.getMethodType(), m.getArguments(), md, path, out, uses);
                }
                callArguments(ref(m), m.getArguments(), md, path, calls, passes, aliases);
                MethodRef header = headerSet(m);
                if (header != null) {
                    // exchange.getIn().setHeader("tn", "9193860142"): read back by getHeader("tn") where the message goes
                    List<Expression> a = JavaArgs.real(m.getArguments());
                    callArguments(header, List.of(a.get(a.size() - 1)), md, path, calls, passes, aliases);
                }
                templateFill(m, md, path, fills);
                elementWrite(m, md);
                if ((name.equals("add") || name.equals("addAll")) && m.getSelect() instanceof J.FieldAccess list
                        && !m.getArguments().isEmpty()) {
                    Boolean kind = propertySinkKind(list);
                    Expression item = m.getArguments().get(m.getArguments().size() - 1);
                    if (Boolean.TRUE.equals(kind)) {
                        // order.telephoneNumbers.add("9199918388"): a Dashboard request model's public list of numbers
                        sinkArgument(item, md, path, true, out, 0, uses);
                    } else if (Boolean.FALSE.equals(kind)) {
                        modelSink(ownerOf(list), item, md);
                    }
                }
                return super.visitMethodInvocation(m, ctx);
            }

            /**
             * A value put into a TN-named member of {@code owner}'s, a class not named for a Dashboard request: kept
             * aside as a request model's sink, which counts when the project maps {@code owner} to a request's elements.
             */
            private void modelSink(@Nullable String owner, Expression value, J.@Nullable MethodDeclaration md) {
                if (owner == null) {
                    return;
                }
                List<Sink> held = new ArrayList<>();
                List<ParamUse> heldUses = new ArrayList<>();
                sinkArgument(value, md, path, true, held, 0, heldUses);
                if (!held.isEmpty() || !heldUses.isEmpty()) {
                    models.add(new ModelSinks(owner, held, heldUses));
                }
            }

            /** Whether this file writes elements only Dashboard requests have: read once, when an element write asks. */
            private @Nullable Boolean writesRequest;

            /**
             * A number element written by a document writer's helper ({@code element(w, "TelephoneNumber", tn)} in
             * a loop over a parameter, {@code field(doc, "FullNumber", number)}) in a file that writes a Dashboard
             * request's elements ({@code "CustomerOrderId"}, {@code "ExternalTnsOrder"}): the value is sent, and what
             * callers pass for the parameter it comes from too.
             */
            private void elementWrite(J.MethodInvocation m, J.@Nullable MethodDeclaration md) {
                List<Expression> args = JavaArgs.real(m.getArguments());
                int named = -1;
                for (int i = 0; i < args.size() - 1 && named < 0; i++) {
                    if (args.get(i) instanceof J.Literal l && l.getValue() instanceof String e && IrisPayload.NUMBER_ELEMENTS.contains(e)) {
                        named = i;
                    }
                }
                if (named < 0 || md == null) {
                    return;
                }
                if (writesRequest == null) {
                    writesRequest = writesRequestElements(cu);
                }
                if (!writesRequest) {
                    return;
                }
                Expression value = args.get(named + 1);
                MethodRef method = ref(md);
                Integer item = value instanceof J.Identifier id && method != null
                        ? aliases.getOrDefault(method, Map.of()).get(id.getSimpleName()) : null;
                if (item != null) {
                    uses.add(new ParamUse(method, item, true, path)); // for (String tn : tns) element(w, "TelephoneNumber", tn)
                } else {
                    sinkArgument(value, md, path, true, out, 0, uses);
                }
            }

            @Override
            public J.VariableDeclarations.NamedVariable visitVariable(J.VariableDeclarations.NamedVariable v, ExecutionContext ctx) {
                Expression init = v.getInitializer();
                J.ClassDeclaration owner = getCursor().firstEnclosing(J.ClassDeclaration.class);
                if (owner != null && owner.getType() != null && getCursor().firstEnclosing(J.MethodDeclaration.class) == null
                        && init instanceof J.Literal l && l.getValue() instanceof String resource
                        && isTemplateResource(resource)) {
                    resourceConstants.put(owner.getType().getFullyQualifiedName() + "#" + v.getSimpleName(), resource);
                }
                if (owner != null && getCursor().firstEnclosing(J.MethodDeclaration.class) == null
                        && (init instanceof J.MethodInvocation f && COLLECTION_FACTORIES.contains(f.getSimpleName())
                        || init instanceof J.NewArray)) {
                    List<Sink> items = new ArrayList<>();
                    sinkArgument(init, null, path, false, items, 0, null);
                    if (!items.isEmpty()) {
                        lists.put(listOwner(owner) + "#" + v.getSimpleName(), items);
                    }
                }
                MethodRef method = init == null ? null : ref(getCursor().firstEnclosing(J.MethodDeclaration.class));
                if (method != null && declared(method, v.getSimpleName()) != null) {
                    local(locals.get(method), v.getSimpleName(), init);
                }
                return super.visitVariable(v, ctx);
            }

            @Override
            public J.Assignment visitAssignment(J.Assignment a, ExecutionContext ctx) {
                J.MethodDeclaration enclosing = getCursor().firstEnclosing(J.MethodDeclaration.class);
                Boolean sdk = cu instanceof K.CompilationUnit ? propertySinkKind(a.getVariable()) : null;
                if (sdk != null) {
                    // Kotlin's property syntax for a setter: TnOptionGroup().apply { telephoneNumbers = LINES }
                    sinkArgument(a.getAssignment(), enclosing, path, sdk, out, 0, uses);
                } else if (a.getVariable() instanceof J.FieldAccess field && !(field.getTarget() instanceof J.Identifier self
                        && (self.getSimpleName().equals("this") || self.getSimpleName().equals("super")))) {
                    // a request object's public field: r.billingTelephoneNumber = HALYARD_BTN, read by the code that
                    // sends it; a parameter assigned to a Dashboard request model's field (body.fullNumber = tn) is
                    // followed to what the callers pass, as a setter's would be
                    Boolean kind = propertySinkKind(field);
                    if (kind != null) {
                        sinkArgument(a.getAssignment(), enclosing, path, kind, out, 0, Boolean.TRUE.equals(kind) ? uses : null);
                    }
                    if (Boolean.FALSE.equals(kind)) {
                        modelSink(ownerOf(field), a.getAssignment(), enclosing);
                    }
                }
                MethodRef method = ref(enclosing);
                if (method != null && a.getVariable() instanceof J.Identifier id && locals.containsKey(method)) {
                    local(locals.get(method), id.getSimpleName(), a.getAssignment());
                }
                return super.visitAssignment(a, ctx);
            }

            /**
             * Declares local {@code name} of {@code method}: the open list of its values, or null when the method
             * declares the name a second time (which one a use reads is not known here; it keeps no values then).
             */
            private @Nullable List<Sink> declared(MethodRef method, String name) {
                Map<String, List<Sink>> mine = locals.computeIfAbsent(method, k -> new java.util.HashMap<>());
                if (mine.containsKey(name)) {
                    mine.put(name, List.of());
                    return null;
                }
                List<Sink> values = new ArrayList<>();
                mine.put(name, values);
                return values;
            }

            /** A value given to local {@code name}, kept when it may hold a number and the name is one variable. */
            private void local(Map<String, List<Sink>> mine, String name, Expression value) {
                if (value instanceof J.Ternary t) {
                    // btn = given != null ? given : OWN_BTN: either may be what the local holds
                    local(mine, name, t.getTruePart());
                    local(mine, name, t.getFalsePart());
                    return;
                }
                List<Sink> values = mine.get(name);
                AssembledText text = valueText(value, path);
                if (values instanceof ArrayList<Sink> open && mayHoldNumber(text)) {
                    open.add(new Sink(path, text, false));
                }
            }

            @Override
            public J.ForEachLoop visitForEachLoop(J.ForEachLoop loop, ExecutionContext ctx) {
                if (loop.getControl().getVariable() instanceof J.VariableDeclarations var && var.getVariables().size() == 1) {
                    String name = var.getVariables().get(0).getSimpleName();
                    Expression iterable = loop.getControl().getIterable();
                    alias(name, iterable);
                    J.MethodDeclaration md = getCursor().firstEnclosing(J.MethodDeclaration.class);
                    MethodRef method = ref(md);
                    List<Sink> items = method == null || iterable instanceof J.Identifier id && isParameter(md, id)
                            ? null : declared(method, name);
                    if (items != null) {
                        // for (String tn : ordered): the loop variable holds the items of a local list or a constant's
                        sinkArgument(iterable, md, path, false, items, 1, null);
                        items.removeIf(v -> !mayHoldNumber(v.text()));
                    }
                }
                return super.visitForEachLoop(loop, ctx);
            }

            @Override
            public J.Lambda visitLambda(J.Lambda lambda, ExecutionContext ctx) {
                // tns.forEach(tn -> ..), tns.stream().map(tn -> ..): the lambda's variable is an item of tns
                List<J> params = lambda.getParameters().getParameters();
                if (params.size() == 1 && getCursor().getParentTreeCursor().getValue() instanceof J.MethodInvocation call) {
                    String name = params.get(0) instanceof J.VariableDeclarations vd && vd.getVariables().size() == 1
                            ? vd.getVariables().get(0).getSimpleName()
                            : params.get(0) instanceof J.Identifier id ? id.getSimpleName() : null;
                    Expression root = call.getSelect();
                    // request.numbers().stream().map(tn -> ..): the items of the record's component, not the record
                    while (root instanceof J.MethodInvocation inner && inner.getSelect() != null
                            && recordComponent(inner, false, path) == null) {
                        root = inner.getSelect();
                    }
                    if (name != null && root != null) {
                        alias(name, root);
                    }
                }
                return super.visitLambda(lambda, ctx);
            }

            private void alias(String variable, Expression iterable) {
                J.MethodDeclaration md = getCursor().firstEnclosing(J.MethodDeclaration.class);
                MethodRef method = ref(md);
                if (method != null && iterable instanceof J.Identifier id && isParameter(md, id)) {
                    aliases.computeIfAbsent(method, k -> new java.util.HashMap<>()).put(variable, parameterIndex(md, id));
                }
                ParamUse component = method != null && iterable instanceof J.MethodInvocation accessor
                        ? recordComponent(accessor, false, path) : null;
                if (component != null) {
                    componentAliases.computeIfAbsent(method, k -> new java.util.HashMap<>()).put(variable, component);
                }
            }

            @Override
            public J.NewClass visitNewClass(J.NewClass nc, ExecutionContext ctx) {
                JavaType.Method mt = nc.getConstructorType();
                String simple = nc.getClazz() == null ? "" : nc.getClazz().toString();
                boolean sdkType = mt != null && mt.getDeclaringType().getFullyQualifiedName().startsWith(IrisSdk.PACKAGE);
                J.MethodDeclaration md = getCursor().firstEnclosing(J.MethodDeclaration.class);
                if (sdkType && SDK_TN_NAME.matcher(simple.substring(simple.lastIndexOf('.') + 1)).matches()) {
                    for (Expression a : nc.getArguments()) {
                        sinkArgument(a, md, path, true, out, 0, uses);
                    }
                } else if (mt != null) {
                    requestModelLists(mt, nc.getArguments(), md, path, out, uses); // new ImportTnOrder(id, tns)
                }
                MethodRef constructor = constructorRef(mt);
                if (constructor != null) {
                    // new ExistingNumbers(tns): what a model's constructor gets, if a parameter of it names a number element
                    callArguments(constructor, nc.getArguments(), md, path, calls, passes, aliases);
                }
                return super.visitNewClass(nc, ctx);
            }

            @Override
            public J.ClassDeclaration visitClassDeclaration(J.ClassDeclaration cd, ExecutionContext ctx) {
                if (cd.getPrimaryConstructor() != null && cd.getType() != null) {
                    // record ExistingNumbers(@JacksonXmlProperty(localName = "TelephoneNumber") List<String> tns)
                    numberParameters(new MethodRef(cd.getType().getFullyQualifiedName(), cd.getSimpleName(),
                            cd.getPrimaryConstructor().size()), cd.getPrimaryConstructor(), uses);
                }
                return super.visitClassDeclaration(cd, ctx);
            }

            @Override
            public J.MethodDeclaration visitMethodDeclaration(J.MethodDeclaration method, ExecutionContext ctx) {
                MethodRef ref = method.isConstructor() ? ref(method) : null;
                if (ref != null) {
                    // @JsonCreator Order(@JsonProperty("TelephoneNumberList") List<String> tns)
                    numberParameters(ref, method.getParameters(), uses);
                }
                listMethod(method);
                parameterSources(method);
                return super.visitMethodDeclaration(method, ctx);
            }

            /**
             * The arguments a JUnit parameterized test is run with, as calls of the test method: each row of a
             * {@code @CsvSource} (a column per parameter), each string of a {@code @ValueSource}, and what the factory
             * a {@code @MethodSource} names returns ({@code Stream.of(Arguments.of("9195550111", "NC"), ..)}). A number
             * the test sends is then read where it is written.
             */
            private void parameterSources(J.MethodDeclaration method) {
                MethodRef ref = ref(method);
                if (ref == null || method.getBody() == null) {
                    return;
                }
                for (J.Annotation a : method.getLeadingAnnotations()) {
                    switch (a.getSimpleName()) {
                        case "CsvSource" -> csvSource(a, ref);
                        case "ValueSource" -> Annotations.strings(a, "strings").forEach(l -> callArg(ref, 0, l, 0, ((String) l.getValue()).length()));
                        case "MethodSource" -> methodSource(a, ref, method);
                        default -> { }
                    }
                }
            }

            private void callArg(MethodRef ref, int index, J.Literal l, int from, int to) {
                Part.Known k = new Part.Known((String) l.getValue(), new Origin(path, l.getId()), null, false).slice(from, to);
                if (TEN_DIGITS.matcher(k.text()).find()) {
                    calls.add(new CallArg(ref, index, List.of(new Sink(path, AssembledText.of(k), false))));
                }
            }

            /** {@code @CsvSource({"9195550140, true", ..})}: each row split at its delimiter, quotes and blanks aside. */
            private void csvSource(J.Annotation a, MethodRef ref) {
                J.Literal given = Annotations.literal(a, "delimiter");
                char delimiter = given != null && given.getValue() instanceof Character c ? c : ',';
                for (J.Literal row : Annotations.strings(a, "value")) {
                    String text = (String) row.getValue();
                    int column = 0;
                    int start = 0;
                    boolean quoted = false;
                    for (int i = 0; i <= text.length(); i++) {
                        char c = i < text.length() ? text.charAt(i) : delimiter;
                        if (c == '\'' ) {
                            quoted = !quoted;
                        } else if (c == delimiter && !quoted || i == text.length()) {
                            int from = start;
                            int to = i;
                            while (from < to && (Character.isWhitespace(text.charAt(from)) || text.charAt(from) == '\'')) {
                                from++;
                            }
                            while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || text.charAt(to - 1) == '\'')) {
                                to--;
                            }
                            if (from < to) {
                                callArg(ref, column, row, from, to);
                            }
                            column++;
                            start = i + 1;
                        }
                    }
                }
            }

            /**
             * {@code @MethodSource("orders")}: the items of the {@code Stream.of(..)}, {@code List.of(..)} or array that
             * the named factory of the same class returns, an {@code Arguments.of(..)} item giving one argument per
             * parameter; the factory of the test's own name when none is named.
             */
            private void methodSource(J.Annotation a, MethodRef ref, J.MethodDeclaration test) {
                List<J.Literal> names = Annotations.strings(a, "value");
                String factory = names.isEmpty() ? test.getSimpleName() : (String) names.get(0).getValue();
                J.ClassDeclaration owner = getCursor().firstEnclosing(J.ClassDeclaration.class);
                if (owner == null || factory.contains("#")) {
                    return;
                }
                for (org.openrewrite.java.tree.Statement st : owner.getBody().getStatements()) {
                    if (!(st instanceof J.MethodDeclaration md) || !md.getSimpleName().equals(factory) || md.getBody() == null
                            || JavaArgs.arity(md) != 0) {
                        continue;
                    }
                    for (org.openrewrite.java.tree.Statement s : md.getBody().getStatements()) {
                        if (s instanceof J.Return r && r.getExpression() instanceof J.MethodInvocation items
                                && (items.getSimpleName().equals("of") || items.getSimpleName().equals("asList")
                                || items.getSimpleName().equals("stream"))) {
                            List<Expression> elements = items.getSimpleName().equals("stream") && !JavaArgs.real(items.getArguments()).isEmpty()
                                    && JavaArgs.real(items.getArguments()).get(0) instanceof J.NewArray arr && arr.getInitializer() != null
                                    ? JavaArgs.real(arr.getInitializer()) : JavaArgs.real(items.getArguments());
                            for (Expression e : elements) {
                                if (e instanceof J.MethodInvocation args && (args.getSimpleName().equals("of")
                                        || args.getSimpleName().equals("arguments")) && args.getSelect() != null
                                        && args.getSelect().toString().equals("Arguments") || e instanceof J.MethodInvocation bare
                                        && bare.getSimpleName().equals("arguments") && bare.getSelect() == null) {
                                    callArguments(ref, ((J.MethodInvocation) e).getArguments(), md, path, calls, passes, aliases);
                                } else {
                                    callArguments(ref, List.of(e), md, path, calls, passes, aliases);
                                }
                            }
                        }
                    }
                }
            }

            /**
             * A method without parameters that only returns a list it writes out ({@code static List<String> labLines()
             * { return List.of(DENVER_LAB, RALEIGH_LAB); }}): its items are kept like a list constant's, under
             * {@code Class#name()}.
             */
            private void listMethod(J.MethodDeclaration method) {
                J.ClassDeclaration owner = getCursor().firstEnclosing(J.ClassDeclaration.class);
                if (owner == null || method.isConstructor() || JavaArgs.arity(method) != 0 || method.getBody() == null
                        || method.getBody().getStatements().size() != 1
                        || !(method.getBody().getStatements().get(0) instanceof J.Return ret)
                        || !(ret.getExpression() instanceof J.MethodInvocation f && COLLECTION_FACTORIES.contains(f.getSimpleName())
                        || ret.getExpression() instanceof J.NewArray)) {
                    return;
                }
                List<Sink> items = new ArrayList<>();
                sinkArgument(ret.getExpression(), null, path, false, items, 0, null);
                if (!items.isEmpty()) {
                    lists.put(listOwner(owner) + "#" + method.getSimpleName() + "()", items);
                }
            }

            /** The class a list is kept under, by the name a reference gives it: a Kotlin companion object's is Companion. */
            private String listOwner(J.ClassDeclaration owner) {
                return owner.getType() != null ? Part.simpleClassName(owner.getType().getFullyQualifiedName()) : owner.getSimpleName();
            }

            /**
             * The list arguments of a constructor or static factory of a model named for a Dashboard request: what
             * they hold is sent. Other arguments (order ids, site ids) are not numbers of the request.
             */
            private void requestModelLists(JavaType.Method mt, List<Expression> args, J.@Nullable MethodDeclaration md,
                                           String path, List<Sink> out, List<ParamUse> uses) {
                if (!IrisPayload.isRequestModel(mt.getDeclaringType().getFullyQualifiedName())) {
                    return;
                }
                for (Expression a : JavaArgs.real(args)) {
                    if (isCollection(a.getType())) {
                        sinkArgument(a, md, path, true, out, 0, uses);
                    }
                }
            }
        }.visit(cu, new InMemoryExecutionContext());
    }

    /** Annotations that name the element or member a model's property is written as. */
    private static final Set<String> PROPERTY_NAMES = Set.of("JacksonXmlProperty", "JacksonXmlElementWrapper", "JsonProperty",
            "XmlElement", "XmlElementWrapper", "SerializedName");
    /** The attributes of those annotations that name the element. */
    private static final Set<String> ELEMENT_NAME = Set.of("value", "localName", "name");

    /**
     * A constructor of the project's own ({@code new ExistingNumbers(tns)}), as {@link ParamPass}es and
     * {@link CallArg}s name it; null for the JDK's and for unknown types.
     */
    private static @Nullable MethodRef constructorRef(JavaType.@Nullable Method mt) {
        if (mt == null) {
            return null;
        }
        String owner = mt.getDeclaringType().getFullyQualifiedName();
        if (owner.startsWith("java.") || owner.startsWith("javax.") || owner.startsWith(IrisSdk.PACKAGE)) {
            return null;
        }
        return new MethodRef(owner, Part.simpleClassName(owner), mt.getParameterTypes().size());
    }

    /**
     * The parameters of constructor {@code constructor} written as a number element of a payload
     * ({@code @JacksonXmlProperty(localName = "TelephoneNumber")}, {@code @JsonProperty("tn")}): what callers pass
     * there is sent by the request that carries the model, made where the model is built.
     */
    private static void numberParameters(MethodRef constructor, List<? extends org.openrewrite.java.tree.Statement> params,
                                         List<ParamUse> uses) {
        int i = 0;
        for (org.openrewrite.java.tree.Statement p : params) {
            if (!(p instanceof J.VariableDeclarations vd)) {
                continue;
            }
            for (J.Annotation a : vd.getLeadingAnnotations()) {
                String name = PROPERTY_NAMES.contains(a.getSimpleName()) ? Annotations.string(a, ELEMENT_NAME) : null;
                if (name != null && IrisPayload.isNumberElement(name)) {
                    uses.add(new ParamUse(constructor, i, false, null));
                    break;
                }
            }
            i++;
        }
    }

    /**
     * A call that names a template resource and hands it a map of values ({@code render("templates/order.xml",
     * Map.of("fullNumber", "9195550170"))}, or a local map filled with {@code put}): each value, by its key.
     */
    private static void templateFill(J.MethodInvocation m, J.@Nullable MethodDeclaration md, String path, List<TemplateFill> fills) {
        List<Expression> args = JavaArgs.real(m.getArguments());
        String resource = null;
        List<String> constantNames = new ArrayList<>();
        boolean mapArgument = args.stream().anyMatch(a -> a instanceof J.MethodInvocation mapOf
                && QueryAssembly.isMapOf(mapOf) || a instanceof J.Identifier id && id.getType() != null
                && TypeUtils.isAssignableTo("java.util.Map", id.getType()));
        for (Expression a : args) {
            JavaType.Variable constant = a instanceof J.FieldAccess fa ? fa.getName().getFieldType()
                    : a instanceof J.Identifier id ? id.getFieldType() : null;
            if (constant != null && constant.getOwner() instanceof JavaType.FullyQualified owner
                    && TypeUtils.isString(constant.getType())) {
                // render(TemplateNames.E911_ORDER, values): the constant's value, looked up once every file is read;
                // render(ORDER, values, CHARSET): each String constant, the one that names a template counts
                constantNames.add(owner.getFullyQualifiedName() + "#" + constant.getName());
            }
            if (resource == null && a instanceof J.Literal l && l.getValue() instanceof String v
                    && (isTemplateResource(v) || mapArgument && TEMPLATE_NAME.matcher(v).matches())) {
                // a file, or a template engine's name for one handed a map of values (render("import-tn-order", model));
                // a literal names the template before any constant beside it (render("order.xml", values, CHARSET))
                resource = resourcePath(v);
            }
        }
        if (resource != null) {
            constantNames.clear();
            if (resource.equals("/")) {
                return;
            }
        } else if (constantNames.isEmpty()) {
            return;
        }
        for (Expression a : args) {
            List<QueryAssembly.MapEntry> entries = a instanceof J.MethodInvocation mapOf && QueryAssembly.isMapOf(mapOf)
                    ? QueryAssembly.mapOfEntries(mapOf)
                    : a instanceof J.Identifier map && md != null && md.getBody() != null
                    ? QueryAssembly.putEntries(md.getBody(), map.getSimpleName()) : List.of();
            for (QueryAssembly.MapEntry e : entries) {
                List<Sink> values = new ArrayList<>();
                List<ParamUse> uses = new ArrayList<>();
                sinkArgument(e.value(), md, path, false, values, 1, uses);
                values.removeIf(v -> !mayHoldNumber(v.text()));
                if (values.isEmpty() && uses.isEmpty()) {
                    continue;
                }
                if (resource != null) {
                    fills.add(new TemplateFill(resource, null, e.name(), values, uses));
                }
                for (String constantName : constantNames) {
                    fills.add(new TemplateFill(null, constantName, e.name(), values, uses));
                }
            }
        }
    }

    /** A template resource's file name: an XML or JSON file, or a template of one. */
    private static boolean isTemplateResource(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".json") || TemplateView.isTemplate(lower);
    }

    /** A template resource from the classpath's root: {@code /templates/order.xml} of {@code classpath:templates/order.xml}. */
    private static String resourcePath(String name) {
        return "/" + name.replaceFirst("^classpath\\*?:", "").replaceFirst("^/+", "");
    }

    /** A template engine's name for a template file: a path without spaces or an extension ({@code dashboard/order}). */
    private static final Pattern TEMPLATE_NAME = Pattern.compile("[A-Za-z][\\w-]*(?:/[A-Za-z][\\w-]*)*");

    /** Calls of Spring's URI builders that fill the template their chain built. */
    private static final Set<String> EXPANDING_CALLS = Set.of("buildAndExpand", "expand", "build");

    /** HTTP client calls that fill a URI template's {@code {name}}s from the arguments after their last fixed one. */
    private static final Set<String> URI_TEMPLATE_CALLS = Set.of("getForObject", "getForEntity", "postForObject",
            "postForEntity", "postForLocation", "patchForObject", "put", "delete", "exchange", "uri");

    /**
     * {@code rest.getForObject(BASE + "/accounts/{a}/tns/{tn}", String.class, account, "9195551234")},
     * {@code webClient.get().uri("/tns/{tn}", tn)}, the same with a {@code Map.of("tn", ..)} of values: a URI
     * template whose variables Spring fills in, recorded like a format call (in order, or by name for a map).
     * Only calls whose last parameter takes the variables ({@code Object...} or a {@code Map}) count.
     */
    private static void uriTemplateCall(J.MethodInvocation m, List<Expression> args, String path, List<FormatCall> formats) {
        JavaType.Method mt = m.getMethodType();
        JavaType.Variable constant = m.getSelect() instanceof J.FieldAccess fa ? fa.getName().getFieldType()
                : m.getSelect() instanceof J.Identifier id ? id.getFieldType() : null;
        if (constant != null && !args.isEmpty() && ENUM_TEMPLATE_CALLS.contains(m.getSimpleName())
                && constant.getOwner() instanceof JavaType.Class owner && owner.getKind() == JavaType.FullyQualified.Kind.Enum) {
            // IrisEndpoint.TN_DETAILS.expand(Map.of("tn", tn)): the enum constant's template, filled by a method of its own
            AssembledText template = AssembledText.of(new Part.ConstantRef(
                    JavaFactsCollector.enumTemplateKey(owner.getFullyQualifiedName(), constant.getName()), constant.getName(),
                    new Origin(path, m.getSelect().getId())));
            boolean map = args.size() == 1 && args.get(0) instanceof J.MethodInvocation mapOf && QueryAssembly.isMapOf(mapOf);
            templateCall(template, args, map, path, formats);
            return;
        }
        if (EXPANDING_CALLS.contains(m.getSimpleName()) && m.getSelect() != null && mt != null && !args.isEmpty()
                && mt.getDeclaringType().getFullyQualifiedName().startsWith("org.springframework.web.util.")) {
            // UriComponentsBuilder...path("/tns/{tn}").buildAndExpand(account, "9195551234"), a WebClient's
            // uriBuilder.path(..).build(account, tn): the chain is the template (build(true) takes no variables)
            boolean map = mt.getParameterTypes().size() == 1 && TypeUtils.isOfClassType(mt.getParameterTypes().get(0), "java.util.Map");
            if (map || mt.hasFlags(org.openrewrite.java.tree.Flag.Varargs)) {
                templateCall(m.getSelect(), args, map, path, formats);
            }
            return;
        }
        if (!URI_TEMPLATE_CALLS.contains(m.getSimpleName()) || mt == null || args.size() < 2) {
            return;
        }
        List<JavaType> params = mt.getParameterTypes();
        if (params.size() < 2 || !TypeUtils.isString(params.get(0))) {
            return;
        }
        JavaType last = params.get(params.size() - 1);
        if (TypeUtils.isOfClassType(last, "java.util.Map") && args.size() == params.size()) {
            templateCall(args.get(0), args.subList(args.size() - 1, args.size()), true, path, formats);
        } else if (last instanceof JavaType.Array && mt.hasFlags(org.openrewrite.java.tree.Flag.Varargs)) {
            templateCall(args.get(0), args.subList(params.size() - 1, args.size()), false, path, formats);
        }
    }

    /** Methods of an enum of URI templates that fill the constant's template: {@code TN_DETAILS.expand(values)}. */
    private static final Set<String> ENUM_TEMPLATE_CALLS = Set.of("expand", "fill", "format", "formatted", "url", "uri",
            "path", "build", "resolve", "with", "apply", "render");

    /** The URI template {@code template} filled with {@code values}: in order, or one {@code Map.of(name, value, ..)}. */
    private static void templateCall(Expression template, List<Expression> values, boolean map, String path,
                                     List<FormatCall> formats) {
        templateCall(new JavaStringAssembler(path, new HashSet<>()).assemble(template), values, map, path, formats);
    }

    private static void templateCall(AssembledText template, List<Expression> values, boolean map, String path,
                                     List<FormatCall> formats) {
        List<AssembledText> texts = new ArrayList<>();
        List<String> names = null;
        if (map) {
            if (!(values.get(0) instanceof J.MethodInvocation mapOf) || !QueryAssembly.isMapOf(mapOf)) {
                return;
            }
            names = new ArrayList<>();
            List<Expression> kv = JavaArgs.real(mapOf.getArguments());
            for (int i = 0; i + 1 < kv.size(); i += 2) {
                names.add(kv.get(i) instanceof J.Literal k && k.getValue() instanceof String n ? n : "");
                texts.add(valueText(kv.get(i + 1), path));
            }
        } else {
            for (Expression v : values) {
                texts.add(valueText(v, path));
            }
        }
        formats.add(new FormatCall(path, template, texts, names, true));
    }

    private static AssembledText valueText(Expression v, String path) {
        JavaStringAssembler a = new JavaStringAssembler(path, new HashSet<>());
        return v instanceof J.Literal || v instanceof J.Identifier || v instanceof J.FieldAccess || a.isStringBuilding(v)
                ? a.assemble(v) : AssembledText.hole("arg");
    }

    private static void formatCall(J.MethodInvocation m, String path, List<FormatCall> formats) {
        List<Expression> args = new ArrayList<>();
        for (Expression a : m.getArguments()) {
            if (!(a instanceof J.Empty)) {
                args.add(a);
            }
        }
        Expression template;
        List<Expression> values;
        if (m.getSimpleName().equals("formatted") && m.getSelect() != null) {
            template = m.getSelect();
            values = args;
        } else if (m.getSimpleName().equals("format") && m.getSelect() instanceof J.Identifier sel && sel.getSimpleName().equals("String")
                && !args.isEmpty()) {
            int fmt = args.size() > 1 && isLocale(args.get(0)) ? 1 : 0;
            template = args.get(fmt);
            values = args.subList(fmt + 1, args.size());
        } else {
            uriTemplateCall(m, args, path, formats);
            return;
        }
        if (!(template instanceof J.Identifier || template instanceof J.FieldAccess)) {
            return; // a literal template is read by the assembler itself
        }
        List<AssembledText> texts = new ArrayList<>();
        for (Expression v : values) {
            texts.add(valueText(v, path));
        }
        formats.add(new FormatCall(path, new JavaStringAssembler(path, new HashSet<>()).assemble(template), texts));
    }

    private static boolean isLocale(Expression e) {
        return e.getType() instanceof JavaType.FullyQualified fq && fq.getFullyQualifiedName().equals("java.util.Locale");
    }

    /**
     * {@link #sinkKind} for a property a Kotlin assignment sets ({@code telephoneNumbers = ..} on an SDK model, which
     * calls its setter), by the property's owner and name; null when it takes no numbers or is no property.
     */
    private static @Nullable Boolean propertySinkKind(Expression variable) {
        JavaType.Variable v = variable instanceof J.Identifier id ? id.getFieldType()
                : variable instanceof J.FieldAccess fa ? fa.getName().getFieldType() : null;
        if (v == null || !(v.getOwner() instanceof JavaType.FullyQualified owner)) {
            return null;
        }
        String fqn = owner.getFullyQualifiedName();
        if (fqn.startsWith(IrisSdk.PACKAGE)) {
            String cls = fqn.substring(fqn.lastIndexOf('.') + 1);
            return SDK_TN_NAME.matcher(v.getName()).matches() || SDK_TN_NAME.matcher(cls).matches() ? Boolean.TRUE : null;
        }
        if (fqn.startsWith("java.") || fqn.startsWith("kotlin.")) {
            return null;
        }
        return TN_METHOD.matcher(v.getName()).matches() ? Boolean.valueOf(IrisPayload.isRequestModel(fqn)) : null;
    }

    /** The owner of the pseudo-methods that stand for message headers: a header's name is the method's. */
    private static final String HEADERS = "#message-header";
    /** Calls that set a message header, name first and value last (Camel, Spring Integration, JMS-style properties). */
    private static final Set<String> HEADER_SETS = Set.of("setHeader", "setProperty", "sendBodyAndHeader", "requestBodyAndHeader");
    /** Calls that read a message header by its name. */
    private static final Set<String> HEADER_GETS = Set.of("getHeader", "getProperty", "header");

    /**
     * {@code setHeader("tn", value)} (and {@code sendBodyAndHeader(uri, body, "tn", value)}) of a message: the header as
     * a pseudo-method the value is passed to; null for any other call, and for a header named by no literal.
     */
    private static @Nullable MethodRef headerSet(J.MethodInvocation m) {
        List<Expression> a = JavaArgs.real(m.getArguments());
        if (!HEADER_SETS.contains(m.getSimpleName()) || a.size() < 2 || m.getSelect() == null) {
            return null;
        }
        Expression name = a.get(a.size() - 2);
        return name instanceof J.Literal l && l.getValue() instanceof String s && !s.isEmpty() && isMessageCall(m)
                ? new MethodRef(HEADERS, s, 1) : null;
    }

    /** {@code exchange.getIn().getHeader("tn", String.class)}, {@code message.getHeader("tn")}: the header read; else null. */
    private static @Nullable MethodRef headerGet(J.MethodInvocation m) {
        List<Expression> a = JavaArgs.real(m.getArguments());
        if (!HEADER_GETS.contains(m.getSimpleName()) || a.isEmpty() || a.size() > 3 || !(a.get(0) instanceof J.Literal l)
                || !(l.getValue() instanceof String s) || s.isEmpty() || !isMessageCall(m)) {
            return null;
        }
        return new MethodRef(HEADERS, s, 1);
    }

    /**
     * A call on a message or exchange of a messaging framework (Camel's {@code Message}, {@code Exchange},
     * {@code ProducerTemplate}, Spring's {@code MessageBuilder}/{@code MessageHeaders}); untyped, a receiver named
     * for one ({@code exchange.getIn()}, {@code message}, {@code template}).
     */
    private static boolean isMessageCall(J.MethodInvocation m) {
        JavaType.Method mt = m.getMethodType();
        if (mt != null) {
            String owner = mt.getDeclaringType().getFullyQualifiedName();
            return owner.startsWith("org.apache.camel.") || owner.startsWith("org.springframework.messaging.")
                    || owner.startsWith("org.springframework.integration.");
        }
        Expression sel = m.getSelect();
        String receiver = sel instanceof J.MethodInvocation in ? in.getSimpleName()
                : sel instanceof J.Identifier id ? id.getSimpleName() : "";
        return receiver.equals("getIn") || receiver.equals("getMessage") || receiver.equals("getOut")
                || receiver.equals("exchange") || receiver.equals("message") || receiver.equals("template");
    }

    /** The class that declares the field {@code variable} names, or null when its type is unknown. */
    private static @Nullable String ownerOf(Expression variable) {
        JavaType.Variable v = variable instanceof J.Identifier id ? id.getFieldType()
                : variable instanceof J.FieldAccess fa ? fa.getName().getFieldType() : null;
        return v != null && v.getOwner() instanceof JavaType.FullyQualified owner ? owner.getFullyQualifiedName() : null;
    }

    /**
     * A class named for what the Dashboard answers or notifies ({@code OrderResponseXml}, {@code OrderResult$Order},
     * {@code PortInNotification}): it echoes a request's elements, and code that fills it in builds a fake answer.
     */
    private static final Pattern ANSWER_MODEL = Pattern.compile("Response|Result|Notification|Callback|Report|Event|Answer");

    /**
     * True when method {@code md} hands its local {@code name} to a setter of a model named for an answer
     * ({@code response.setTelephoneNumbers(List.of(ok, empty))} on an {@code OrderResponse}): the local is an item of a
     * fake answer a test builds, not a request.
     */
    private static boolean partOfAnAnswer(J.MethodDeclaration md, String name) {
        boolean[] found = {false};
        new JavaIsoVisitor<Integer>() {
            @Override
            public J.MethodInvocation visitMethodInvocation(J.MethodInvocation call, Integer p) {
                JavaType.Method mt = call.getMethodType();
                if (!found[0] && mt != null && call.getSimpleName().startsWith("set")
                        && ANSWER_MODEL.matcher(Part.simpleClassName(mt.getDeclaringType().getFullyQualifiedName())).find()) {
                    for (Expression a : JavaArgs.real(call.getArguments())) {
                        List<Expression> items = a instanceof J.MethodInvocation list && Set.of("of", "asList").contains(list.getSimpleName())
                                ? JavaArgs.real(list.getArguments()) : List.of(a);
                        found[0] |= items.stream().anyMatch(i -> i instanceof J.Identifier id && id.getSimpleName().equals(name));
                    }
                }
                return super.visitMethodInvocation(call, p);
            }
        }.visit(md.getBody(), 0);
        return found[0];
    }

    /**
     * Mapping annotations that name an XML or JSON element: those of a member ({@link #PROPERTY_NAMES}), of a root,
     * and Moshi's and Simple XML's.
     */
    private static final Set<String> MAPPING_ANNOTATIONS = java.util.stream.Stream.concat(PROPERTY_NAMES.stream(),
            java.util.stream.Stream.of("JacksonXmlRootElement", "XmlRootElement", "JsonRootName", "Json", "Element", "Root", "ElementList"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Adds the classes of {@code cu} whose own or whose members' mapping annotations name a Dashboard request's
     * root or marker element ({@code SiteId}, {@code CustomerOrderId}, {@code ExistingTelephoneNumberOrderType}),
     * with every class nested in them, to {@code out}.
     */
    private static void annotatedModels(JavaSourceFile cu, Set<String> out) {
        new JavaIsoVisitor<Integer>() {
            @Override
            public J.ClassDeclaration visitClassDeclaration(J.ClassDeclaration cd, Integer p) {
                J.ClassDeclaration c = super.visitClassDeclaration(cd, p);
                if (cd.getType() == null || out.contains(cd.getType().getFullyQualifiedName())) {
                    return c;
                }
                boolean[] names = {false};
                new JavaIsoVisitor<Integer>() {
                    @Override
                    public J.ClassDeclaration visitClassDeclaration(J.ClassDeclaration nested, Integer q) {
                        return nested == cd ? super.visitClassDeclaration(nested, q) : nested;
                    }

                    @Override
                    public J.Annotation visitAnnotation(J.Annotation a, Integer q) {
                        String element = MAPPING_ANNOTATIONS.contains(a.getSimpleName()) ? Annotations.string(a, ELEMENT_NAME) : null;
                        names[0] |= element != null && IrisPayload.isRequestElement(element);
                        return a;
                    }
                }.visit(cd, 0);
                if (names[0]) {
                    new JavaIsoVisitor<Integer>() {
                        @Override
                        public J.ClassDeclaration visitClassDeclaration(J.ClassDeclaration any, Integer q) {
                            if (any.getType() != null && !ANSWER_MODEL.matcher(any.getType().getFullyQualifiedName()
                                    .substring(any.getType().getPackageName().length())).find()) {
                                out.add(any.getType().getFullyQualifiedName());
                            }
                            return super.visitClassDeclaration(any, q);
                        }
                    }.visit(cd, 0);
                }
                return c;
            }
        }.visit(cu, 0);
    }

    /**
     * True for an SDK sink or a setter of a Dashboard request model, false for a TN-named setter or builder of other
     * code (a sink where the file talks to the Dashboard), null when the call takes no numbers.
     */
    private static @Nullable Boolean sinkKind(J.MethodInvocation m, JavaType.@Nullable Method mt, String name, boolean importsSdk) {
        if (mt != null) {
            String owner = mt.getDeclaringType().getFullyQualifiedName();
            if (owner.startsWith(IrisSdk.PACKAGE)) {
                String cls = owner.substring(owner.lastIndexOf('.') + 1);
                return SDK_TN_NAME.matcher(name).matches() || SDK_TN_NAME.matcher(cls).matches() ? Boolean.TRUE : null;
            }
            if (owner.startsWith("java.") || owner.startsWith("org.assertj") || owner.startsWith("org.junit")) {
                return null;
            }
        } else if (importsSdk && m.getSelect() instanceof J.Identifier id && Character.isUpperCase(id.getSimpleName().charAt(0))
                && SDK_TN_NAME.matcher(id.getSimpleName()).matches()) {
            return Boolean.TRUE; // Tns.getTnDetails(client, tn) with the SDK off the classpath
        }
        if (TN_METHOD.matcher(name).matches() && !m.getArguments().isEmpty() && !(m.getArguments().get(0) instanceof J.Empty)) {
            // a model of a Dashboard request body (ExternalTnsOrder.builder().telephoneNumber(..)) sends what it holds
            return importsSdk && mt == null || mt != null && IrisPayload.isRequestModel(mt.getDeclaringType().getFullyQualifiedName())
                    ? Boolean.TRUE : Boolean.FALSE;
        }
        if (mt != null && mt.getParameterNames().size() == 1 && SDK_TN_NAME.matcher(mt.getParameterNames().get(0)).matches()
                && (TypeUtils.isOfType(mt.getReturnType(), mt.getDeclaringType()) || name.startsWith("set") && mt.getReturnType() == JavaType.Primitive.Void)) {
            // a builder's step or a setter named for what the numbers are, not that they are numbers
            // (existingNumbers(List<String> tns)): its parameter says it, and it sends them as a step named for them would
            return IrisPayload.isRequestModel(mt.getDeclaringType().getFullyQualifiedName()) ? Boolean.TRUE : Boolean.FALSE;
        }
        return null;
    }

    /**
     * What a call hands to a method of the project's that could carry numbers: literals, constants, lists of them,
     * and the values of a local list ({@code tns.add("9195551234"); order(tns)}). Kept per argument, joined with
     * {@link ParamUse}s. A parameter of the calling method handed on, as it is or copied into a new list
     * ({@code buildOrder(SITE, new ArrayList<>(tns))}), or item by item ({@code for (String tn : tns) send(tn)}),
     * is kept as a {@link ParamPass}.
     */
    private static void callArguments(MethodRef callee, List<Expression> arguments, J.@Nullable MethodDeclaration md, String path,
                                      List<CallArg> calls, List<ParamPass> passes, Map<MethodRef, Map<String, Integer>> aliases) {
        List<Expression> args = JavaArgs.real(arguments);
        for (int i = 0; i < args.size(); i++) {
            Expression a = args.get(i);
            int from = handedOn(a, md, aliases);
            if (from >= 0) {
                passes.add(new ParamPass(callee, i, ref(md), from, path));
                continue;
            }
            if (!(a instanceof J.Literal || a instanceof J.FieldAccess || a instanceof J.MethodInvocation
                    || a instanceof J.NewClass nc && isListCopy(nc) // new ArrayList<>(Arrays.asList("9105550160", ..))
                    || a instanceof J.Identifier id && !isParameter(md, id) && (!isLocal(id) || mayCarryNumbers(id)))) {
                continue;
            }
            List<Sink> values = new ArrayList<>();
            sinkArgument(a, md, path, false, values, 1, null);
            values.removeIf(v -> !mayHoldNumber(v.text()));
            if (!values.isEmpty()) {
                calls.add(new CallArg(callee, i, values));
            }
        }
    }

    /**
     * The index of the parameter of {@code md} that {@code a} hands on: the parameter itself, a new list of it
     * ({@code new ArrayList<>(tns)}, {@code List.copyOf(tns)}), or a loop or lambda variable over it that
     * {@code aliases} already knows (loops come before the calls in their body); -1 for anything else.
     */
    private static int handedOn(Expression a, J.@Nullable MethodDeclaration md, Map<MethodRef, Map<String, Integer>> aliases) {
        if (md == null) {
            return -1;
        }
        if (a instanceof J.NewClass nc && isListCopy(nc) && JavaArgs.real(nc.getArguments()).size() == 1) {
            a = JavaArgs.real(nc.getArguments()).get(0);
        } else if (a instanceof J.MethodInvocation copy && (copy.getSimpleName().equals("copyOf")
                || COLLECTION_FACTORIES.contains(copy.getSimpleName()) && copy.getSelect() != null)
                && JavaArgs.real(copy.getArguments()).size() == 1) {
            a = JavaArgs.real(copy.getArguments()).get(0); // List.copyOf(tns), List.of(tn): the parameter's numbers
        }
        if (!(a instanceof J.Identifier id)) {
            return -1;
        }
        int index = parameterIndex(md, id);
        if (index >= 0) {
            return index;
        }
        MethodRef method = ref(md);
        return method == null ? -1 : aliases.getOrDefault(method, Map.of()).getOrDefault(id.getSimpleName(), -1);
    }

    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");

    /** A text that holds ten digits in a row, or a constant that may (resolved later): worth keeping for a callee. */
    private static boolean mayHoldNumber(AssembledText t) {
        for (Part p : t.parts()) {
            if (p instanceof Part.ConstantRef || p instanceof Part.Known k && TEN_DIGITS.matcher(k.text()).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a string literal of {@code cu} names an element only Dashboard request bodies have. */
    private static boolean writesRequestElements(JavaSourceFile cu) {
        boolean[] found = {false};
        new JavaIsoVisitor<Integer>() {
            @Override
            public J.Literal visitLiteral(J.Literal l, Integer p) {
                if (l.getValue() instanceof String s && IrisPayload.isRequestElement(s)) {
                    found[0] = true;
                }
                return l;
            }
        }.visit(cu, 0);
        return found[0];
    }

    private static MethodRef ref(J.MethodInvocation m) {
        JavaType.Method mt = m.getMethodType();
        return new MethodRef(mt == null ? null : mt.getDeclaringType().getFullyQualifiedName(), m.getSimpleName(),
                JavaArgs.real(m.getArguments()).size());
    }

    private static @Nullable MethodRef ref(J.@Nullable MethodDeclaration md) {
        if (md == null) {
            return null;
        }
        JavaType.Method mt = md.getMethodType();
        String name = md.getSimpleName();
        if (name.equals("<constructor>") && mt != null) {
            // a Kotlin constructor (the primary one of a data class too): named for its class, as its calls are
            name = Part.simpleClassName(mt.getDeclaringType().getFullyQualifiedName());
        }
        return new MethodRef(mt == null ? null : mt.getDeclaringType().getFullyQualifiedName(), name, JavaArgs.arity(md));
    }

    /**
     * A call of a component's accessor of a record of the project ({@code request.billingTelephoneNumber()}), as the
     * parameter of the record's canonical constructor that gives it; null for any other call.
     */
    private static @Nullable ParamUse recordComponent(J.MethodInvocation accessor, boolean sdk, String path) {
        if (!isRecordAccessor(accessor)) {
            return null;
        }
        JavaType.Method mt = accessor.getMethodType();
        JavaType.Class record = (JavaType.Class) mt.getDeclaringType();
        MethodRef constructor = constructorRef(mt);
        Set<String> components = new HashSet<>();
        for (JavaType.Variable field : record.getMembers()) {
            if (!field.hasFlags(org.openrewrite.java.tree.Flag.Static)) {
                components.add(field.getName());
            }
        }
        for (JavaType.Method c : record.getMethods()) {
            // the canonical constructor: its parameters are the components, in their order (the fields' is not kept)
            if (constructor != null && c.isConstructor() && c.getParameterNames().size() == components.size()
                    && components.containsAll(c.getParameterNames())
                    && c.getParameterNames().contains(accessor.getSimpleName())) {
                return new ParamUse(new MethodRef(constructor.owner(), constructor.name(), components.size()),
                        c.getParameterNames().indexOf(accessor.getSimpleName()), sdk, path);
            }
        }
        return null;
    }

    /** A call of a record's accessor: no arguments, declared by a record type. */
    private static boolean isRecordAccessor(J.MethodInvocation call) {
        JavaType.Method mt = call.getMethodType();
        return mt != null && JavaArgs.real(call.getArguments()).isEmpty() && mt.getDeclaringType() instanceof JavaType.Class record
                && record.getKind() == JavaType.FullyQualified.Kind.Record;
    }

    /** The position of {@code id} among the parameters of {@code md}, or -1. */
    private static int parameterIndex(J.@Nullable MethodDeclaration md, J.Identifier id) {
        if (md == null) {
            return -1;
        }
        int i = 0;
        for (org.openrewrite.java.tree.Statement p : md.getParameters()) {
            if (p instanceof J.VariableDeclarations vd) {
                if (vd.getVariables().stream().anyMatch(v -> v.getSimpleName().equals(id.getSimpleName()))) {
                    return i;
                }
                i++;
            }
        }
        return -1;
    }

    private static boolean isParameter(J.@Nullable MethodDeclaration md, J.Identifier id) {
        return parameterIndex(md, id) >= 0;
    }

    private static void sinkArgument(Expression a, J.@Nullable MethodDeclaration md, String path, boolean sdk, List<Sink> out, int depth,
                                     @Nullable List<ParamUse> uses) {
        if (depth > 5 || a instanceof J.Empty) {
            return;
        }
        if (uses != null && a instanceof J.Identifier param && isParameter(md, param)) {
            // a parameter: what the method's callers pass there reaches this sink
            MethodRef method = ref(md);
            if (method != null) {
                uses.add(new ParamUse(method, parameterIndex(md, param), sdk, path));
            }
            return;
        }
        boolean accessor = uses != null && a instanceof J.MethodInvocation call && isRecordAccessor(call);
        if (accessor) {
            // env.smokeTestNumber() of a record a configuration file is read into: the file's value, which the
            // accessor's text resolves to
            out.add(new Sink(path, new JavaStringAssembler(path, new HashSet<>()).assemble(a), sdk));
        }
        ParamUse component = accessor ? recordComponent((J.MethodInvocation) a, sdk, path) : null;
        if (component != null) {
            // request.billingTelephoneNumber() of a record of the project: what its constructor's callers pass for
            // that component reaches this sink
            uses.add(component);
            return;
        }
        if (uses != null && a instanceof J.MethodInvocation stream && STREAM_STEPS.contains(stream.getSimpleName())
                && streamSource(stream) instanceof J.Identifier param && isParameter(md, param)) {
            // tns.stream().map(PhoneNumbers::normalize).distinct().toList(): the parameter's items, on their way
            sinkArgument(param, md, path, sdk, out, depth + 1, uses);
            return;
        }
        MethodRef header = a instanceof J.MethodInvocation get ? headerGet(get) : null;
        if (uses != null && header != null) {
            // exchange.getIn().getHeader("tn", String.class): what the code that sets that header puts there
            uses.add(new ParamUse(header, 0, sdk, path));
            return;
        }
        if (uses != null && a instanceof J.MethodInvocation helper && helper.getSelect() == null
                && JavaArgs.real(helper.getArguments()).size() == 1) {
            // toModel(tns): a helper of this class that converts what it is given
            sinkArgument(JavaArgs.real(helper.getArguments()).get(0), md, path, sdk, out, depth + 1, uses);
            return;
        }
        Expression source = a instanceof J.MethodInvocation steps && STREAM_STEPS.contains(steps.getSimpleName())
                ? streamSource(steps) : null;
        if (source != null && !(source instanceof J.Identifier id && isParameter(md, id))) {
            // List.of(..).stream().map(..).toList(), Kotlin's listOf(..).map { TelephoneNumber().apply { fullNumber = it } }:
            // the items of the list the chain starts from
            sinkArgument(source, md, path, sdk, out, depth + 1, uses);
            return;
        }
        if (a instanceof J.MethodInvocation inner && COLLECTION_FACTORIES.contains(inner.getSimpleName())) {
            for (Expression e : inner.getArguments()) {
                sinkArgument(e, md, path, sdk, out, depth + 1, uses);
            }
            return;
        }
        if (a instanceof J.MethodInvocation conv && TO_TEXT.contains(conv.getSimpleName())
                && conv.getSelect() instanceof J.Identifier owner
                && Set.of("Long", "String", "Integer", "Objects").contains(owner.getSimpleName())
                && conv.getArguments().size() == 1) {
            sinkArgument(conv.getArguments().get(0), md, path, sdk, out, depth + 1, uses);
            return;
        }
        if (a instanceof J.Ternary t) {
            // pilot ? PILOT_TNS : List.of(..): either may be sent
            sinkArgument(t.getTruePart(), md, path, sdk, out, depth + 1, uses);
            sinkArgument(t.getFalsePart(), md, path, sdk, out, depth + 1, uses);
            return;
        }
        if (a instanceof J.NewArray arr) {
            if (arr.getInitializer() != null) {
                for (Expression e : arr.getInitializer()) {
                    sinkArgument(e, md, path, sdk, out, depth + 1, uses);
                }
            }
            return;
        }
        if (a instanceof J.NewClass nc && isListCopy(nc)) {
            for (Expression e : nc.getArguments()) {
                sinkArgument(e, md, path, sdk, out, depth + 1, uses);
            }
            return;
        }
        if (a instanceof J.Identifier id && md != null && isLocal(id)) {
            for (Expression e : localValues(md, id.getSimpleName())) {
                sinkArgument(e, md, path, sdk, out, depth + 1, uses);
            }
            return;
        }
        if (a instanceof J.Literal lit && !(lit.getValue() instanceof String || lit.getValue() instanceof Number)) {
            return;
        }
        if (a instanceof J.MethodInvocation listCall && listCall.getMethodType() != null && isCollection(listCall.getType())
                && JavaArgs.real(listCall.getArguments()).isEmpty()) {
            // SmokeTestNumbers.labLines(): the items of a method's written-out list, when a method of the project's is one
            String owner = listCall.getMethodType().getDeclaringType().getFullyQualifiedName();
            out.add(new Sink(path, AssembledText.of(new Part.ConstantRef(owner + "#" + listCall.getSimpleName() + "()",
                    listCall.getSimpleName() + "()", new Origin(path, listCall.getId()))), sdk));
            return;
        }
        JavaStringAssembler assembler = new JavaStringAssembler(path, new HashSet<>());
        if (a instanceof J.Literal || a instanceof J.Identifier || a instanceof J.FieldAccess || assembler.isStringBuilding(a)) {
            out.add(new Sink(path, assembler.assemble(a), sdk));
        }
    }

    private static final Pattern LIST_COPY = Pattern.compile("(?:java\\.util\\.)?(?:ArrayList|HashSet|LinkedList|LinkedHashSet)(?:<.*>)?");

    /** {@code new ArrayList<>(..)} and the like: a list or set made of what it is given. */
    private static boolean isListCopy(J.NewClass nc) {
        return nc.getClazz() != null && LIST_COPY.matcher(nc.getClazz().toString()).matches();
    }

    /** The steps of a stream that keep its items (or map each to another form of itself). */
    private static final Set<String> STREAM_STEPS = Set.of("stream", "map", "distinct", "filter", "sorted", "toList",
            "collect", "peek", "limit", "skip", "mapNotNull", "toMutableList", "toSet", "toTypedArray");

    /** What a chain of {@link #STREAM_STEPS} starts from ({@code tns} in {@code tns.stream().distinct().toList()}). */
    private static @Nullable Expression streamSource(J.MethodInvocation m) {
        Expression cur = m;
        while (cur instanceof J.MethodInvocation step && STREAM_STEPS.contains(step.getSimpleName())) {
            cur = step.getSelect();
        }
        return cur == m ? null : cur;
    }

    /**
     * A local whose type can hold telephone numbers (a text, a {@code long}, a collection or an array), worth reading
     * the method body for; unknown types count.
     */
    private static boolean mayCarryNumbers(J.Identifier local) {
        JavaType t = local.getType();
        return t == null || t instanceof JavaType.Unknown || TypeUtils.isString(t) || isCollection(t)
                || t == JavaType.Primitive.Long || TypeUtils.isOfClassType(t, "java.lang.Long");
    }

    /** An array or a {@code java.util.Collection}. */
    private static boolean isCollection(@Nullable JavaType t) {
        return t instanceof JavaType.Array || TypeUtils.isAssignableTo("java.util.Collection", t);
    }

    private static boolean isLocal(J.Identifier id) {
        JavaType.Variable v = id.getFieldType();
        return v == null ? Character.isLowerCase(id.getSimpleName().charAt(0)) : v.getOwner() instanceof JavaType.Method;
    }

    /** What a local collection variable holds: its initializer and what the method adds to it. */
    private static List<Expression> localValues(J.MethodDeclaration md, String name) {
        List<Expression> out = new ArrayList<>();
        new JavaIsoVisitor<List<Expression>>() {
            @Override
            public J.VariableDeclarations.NamedVariable visitVariable(J.VariableDeclarations.NamedVariable v, List<Expression> acc) {
                if (v.getSimpleName().equals(name) && v.getInitializer() != null) {
                    acc.add(v.getInitializer());
                }
                return super.visitVariable(v, acc);
            }

            @Override
            public J.ForEachLoop visitForEachLoop(J.ForEachLoop loop, List<Expression> acc) {
                // for (String tn : tns): the loop variable holds what the iterable holds
                if (loop.getControl().getVariable() instanceof J.VariableDeclarations var
                        && var.getVariables().stream().anyMatch(v -> v.getSimpleName().equals(name))) {
                    acc.add(loop.getControl().getIterable());
                }
                return super.visitForEachLoop(loop, acc);
            }

            @Override
            public J.MethodInvocation visitMethodInvocation(J.MethodInvocation m, List<Expression> acc) {
                if ((m.getSimpleName().equals("add") || m.getSimpleName().equals("addAll"))
                        && m.getSelect() instanceof J.Identifier sel && sel.getSimpleName().equals(name)) {
                    acc.add(m.getArguments().get(m.getArguments().size() - 1));
                }
                return super.visitMethodInvocation(m, acc);
            }
        }.visit(md.getBody(), out);
        return out;
    }

    /** What a request matcher compares the value at a path with: {@code equalTo("9195551234")}. */
    private static final Set<String> VALUE_MATCHERS = Set.of("equalTo", "containing", "equalToIgnoreCase", "is", "containsString");
    /** The steps of Spring's {@code xpath(..)} and {@code jsonPath(..)} request matchers that take the expected value. */
    private static final Set<String> EXPECTED_VALUE_STEPS = Set.of("string", "value", "isEqualTo");

    /**
     * A call whose arguments say what a request a test recorded must hold: WireMock's {@code withRequestBody(..)}, a
     * stub's or a {@code verify}'s; {@code andExpect(..)} with a MockRestServiceServer request matcher (typed
     * {@code RequestMatcher}, or without types in a chain that starts from {@code server.expect(..)}; MockMvc's chain
     * starts from {@code perform(..)} and its matchers are about the response).
     */
    private static boolean isRequestExpectation(J.MethodInvocation m) {
        if (m.getSimpleName().equals("withRequestBody")) {
            return true;
        }
        if (!m.getSimpleName().equals("andExpect") || JavaArgs.real(m.getArguments()).size() != 1) {
            return false;
        }
        JavaType type = m.getArguments().get(0).getType();
        if (TypeUtils.isOfClassType(type, "org.springframework.test.web.client.RequestMatcher")) {
            return true;
        }
        if (type instanceof JavaType.FullyQualified && !(type instanceof JavaType.Unknown)) {
            return false; // another library's matcher (MockMvc's ResultMatcher)
        }
        for (Expression s = m.getSelect(); s instanceof J.MethodInvocation c; s = c.getSelect()) {
            if (c.getSimpleName().equals("perform")) {
                return false;
            }
            if (c.getSimpleName().equals("expect")) {
                return true;
            }
        }
        return false;
    }

    /** The values a request expectation compares at an XPath or JSON path: see {@link ExpectedValue}. */
    private static void expectedValues(Expression expectation, String path, List<ExpectedValue> out) {
        new JavaIsoVisitor<Integer>() {
            @Override
            public J.MethodInvocation visitMethodInvocation(J.MethodInvocation c, Integer p) {
                List<Expression> args = JavaArgs.real(c.getArguments());
                String name = c.getSimpleName();
                if ((name.equals("matchingXPath") || name.equals("matchingJsonPath")) && args.size() == 2) {
                    expected(args.get(0), args.get(1));
                } else if (EXPECTED_VALUE_STEPS.contains(name) && args.size() == 1 && c.getSelect() instanceof J.MethodInvocation at
                        && (at.getSimpleName().equals("xpath") || at.getSimpleName().equals("jsonPath"))
                        && !JavaArgs.real(at.getArguments()).isEmpty()) {
                    expected(JavaArgs.real(at.getArguments()).get(0), args.get(0));
                }
                return super.visitMethodInvocation(c, p);
            }

            private void expected(Expression at, Expression value) {
                if (value instanceof J.MethodInvocation matcher && VALUE_MATCHERS.contains(matcher.getSimpleName())
                        && JavaArgs.real(matcher.getArguments()).size() == 1) {
                    value = JavaArgs.real(matcher.getArguments()).get(0);
                }
                expectedValue(path, new JavaStringAssembler(path, new HashSet<>()).assemble(at), value, out);
            }
        }.visit(expectation, 0);
    }

    /** Records {@code value} as expected at {@code at} when it is a literal or a constant: what can carry a number. */
    private static void expectedValue(String path, AssembledText at, Expression value, List<ExpectedValue> out) {
        if (value instanceof J.Literal || value instanceof J.Identifier || value instanceof J.FieldAccess) {
            out.add(new ExpectedValue(path, at, new JavaStringAssembler(path, new HashSet<>()).assemble(value)));
        }
    }

    /**
     * An assertion on a number getter of a request a test captured with Mockito ({@code LnpOrder sent = (LnpOrder)
     * body.getValue(); assertThat(sent.getBillingTelephoneNumber()).isEqualTo("9195551212")},
     * {@code assertEquals("9195551212", captor.getValue().getTn())}): the expected value is what the request holds,
     * recorded as an {@link ExpectedValue} at the getter's element ({@code BillingTelephoneNumber}).
     */
    private static void capturedValue(J.MethodInvocation m, J.@Nullable MethodDeclaration md, String path, List<ExpectedValue> out) {
        List<Expression> args = JavaArgs.real(m.getArguments());
        Expression actual;
        List<Expression> expected;
        if (m.getSimpleName().equals("assertEquals") && args.size() >= 2) {
            actual = args.get(1);
            expected = List.of(args.get(0));
        } else if (CAPTURED_ASSERTIONS.contains(m.getSimpleName()) && m.getSelect() instanceof J.MethodInvocation that
                && that.getSimpleName().equals("assertThat") && JavaArgs.real(that.getArguments()).size() == 1) {
            actual = JavaArgs.real(that.getArguments()).get(0);
            expected = args;
        } else {
            return;
        }
        if (!(actual instanceof J.MethodInvocation getter) || !getter.getSimpleName().startsWith("get")
                || !TN_METHOD.matcher(getter.getSimpleName().substring(3)).matches() || md == null
                || !isCaptured(getter.getSelect(), md)) {
            return;
        }
        AssembledText element = AssembledText.of(new Part.Known(getter.getSimpleName().substring(3), null, null, false));
        for (Expression e : expected) {
            expectedValue(path, element, e, out);
        }
    }

    private static final Set<String> CAPTURED_ASSERTIONS = Set.of("isEqualTo", "contains", "containsExactly",
            "containsExactlyInAnyOrder", "containsOnly");

    /** A value Mockito captured: {@code captor.getValue()}, or a local given it (through a cast). */
    private static boolean isCaptured(@Nullable Expression e, J.MethodDeclaration md) {
        for (int depth = 0; e != null && depth < 4; depth++) {
            if (e instanceof J.TypeCast cast) {
                e = cast.getExpression();
            } else if (e instanceof J.Parentheses<?> parens && parens.getTree() instanceof Expression inner) {
                e = inner;
            } else if (e instanceof J.MethodInvocation call && (call.getSimpleName().equals("getValue")
                    || call.getSimpleName().equals("get") && call.getSelect() instanceof J.MethodInvocation all
                    && all.getSimpleName().equals("getAllValues"))) {
                Expression captor = call.getSimpleName().equals("get") ? ((J.MethodInvocation) call.getSelect()).getSelect() : call.getSelect();
                return captor != null && TypeUtils.isOfClassType(captor.getType(), "org.mockito.ArgumentCaptor");
            } else if (e instanceof J.Identifier id && isLocal(id)) {
                List<Expression> given = JavaArgs.localInitializers(md, id.getSimpleName());
                e = given.size() == 1 ? given.get(0) : null;
            } else {
                return false;
            }
        }
        return false;
    }

    private static void literalsIn(J tree, Set<UUID> ids) {
        new JavaIsoVisitor<Set<UUID>>() {
            @Override
            public J.Literal visitLiteral(J.Literal literal, Set<UUID> acc) {
                acc.add(literal.getId());
                return literal;
            }
        }.visit(tree, ids);
    }
}
