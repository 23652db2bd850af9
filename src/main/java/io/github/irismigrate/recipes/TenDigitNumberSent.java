package io.github.irismigrate.recipes;

import io.github.irismigrate.analysis.JavaArgs;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.irismigrate.analysis.ApiTarget;
import io.github.irismigrate.analysis.AssembledText;
import io.github.irismigrate.analysis.DashboardUrl;
import io.github.irismigrate.analysis.IrisPayload;
import io.github.irismigrate.analysis.NanpNumber;
import io.github.irismigrate.analysis.Origin;
import io.github.irismigrate.analysis.Part;
import io.github.irismigrate.analysis.PayloadReader;
import io.github.irismigrate.analysis.ProjectFacts;
import io.github.irismigrate.analysis.ResolvedText;
import io.github.irismigrate.analysis.RootKind;
import io.github.irismigrate.analysis.TnSinks;
import io.github.irismigrate.catalog.Rule;
import org.jspecify.annotations.Nullable;
import org.openrewrite.ExecutionContext;
import org.openrewrite.SourceFile;
import org.openrewrite.Tree;
import org.openrewrite.TreeVisitor;
import org.openrewrite.java.JavaIsoVisitor;
import org.openrewrite.java.tree.Expression;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.JavaType;
import org.openrewrite.java.tree.TypeUtils;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.github.irismigrate.recipes.UrlPatterns.HOLE;
import static io.github.irismigrate.recipes.UrlPatterns.SEGMENT_END;

/**
 * BW006 ten-digit-number-sent: a NANP number in national format sent to the Dashboard API (a payload element, a
 * TN list handed to the SDK or a request builder, a URL path or query value) becomes E.164 {@code +19195551234}
 * ({@code %2B19195551234} inside a literal query string). Numeric literals become strings where that compiles
 * unchanged (string concatenation, a {@code %s} format argument), else they are flagged.
 */
public class TenDigitNumberSent extends IrisRecipe {
    /**
     * A number in a URL path or query value, or an unknown part there: a parameter of the method that builds the URL,
     * whose callers' numbers are sent.
     */
    private static final Pattern PATH_NUMBER = Pattern.compile(
            "/(?:tns|inserviceNumbers|inServiceNumbers|disconnectedNumbers)/(1?\\d{10}|" + HOLE + ")" + SEGMENT_END);
    private static final Pattern QUERY_NUMBER = Pattern.compile(
            "[?&](?:" + String.join("|", IrisPayload.NUMBER_QUERY_PARAMETERS) + ")=(1?\\d{10}|" + HOLE + ")(?=[&#\\s\"'<]|$|" + HOLE + ")");
    /** A text that is a URL or a path from its start: {@code "/api/v2/tns/.."}, {@code "https://.."}. */
    private static final Pattern URL_TEXT = Pattern.compile("\\s*(?:https?://|/)");
    private static final Pattern FORMAT_SPEC = Pattern.compile("%(\\d+\\$)?[-#+ 0,(<]*\\d*(?:\\.\\d+)?([a-zA-Z%])");

    private static final String WHAT_CHANGES = "v2 expects telephone numbers in requests in E.164 format (+1 and ten digits), "
            + "not in 10-digit national format";

    @JsonCreator
    public TenDigitNumberSent(@JsonProperty("reportOnly") @Nullable Boolean reportOnly) {
        super(reportOnly);
    }

    public TenDigitNumberSent() {
        this(null);
    }

    @Override
    public Rule rule() {
        return Rule.BW006;
    }

    static String fixMessage(String e164) {
        return Rule.BW006.message(WHAT_CHANGES, "send " + e164);
    }

    static String numericMessage(String e164) {
        return Rule.BW006.message(WHAT_CHANGES, "send the string \"" + e164 + "\": a numeric type cannot carry the +, "
                + "so the field or parameter that holds this number must become a String");
    }

    static String encodedQueryMessage(String e164) {
        return Rule.BW006.message(WHAT_CHANGES, "send " + e164 + " and make sure the query value is percent-encoded (%2B"
                + e164.substring(1) + "): a raw + in a query string decodes to a space");
    }

    static String jsonNumberMessage(String e164) {
        return Rule.BW006.message(WHAT_CHANGES, "send the JSON string \"" + e164 + "\" instead of the JSON number: a number "
                + "cannot carry the +");
    }

    @Override
    public TreeVisitor<?, ExecutionContext> getScanner(ProjectFacts facts) {
        TreeVisitor<?, ExecutionContext> base = super.getScanner(facts);
        TnSinks sinks = TnSinks.of(facts);
        return new TreeVisitor<Tree, ExecutionContext>() {
            @Override
            public @Nullable Tree visit(@Nullable Tree tree, ExecutionContext ctx) {
                base.visit(tree, ctx);
                if (tree instanceof SourceFile sf) {
                    sinks.scan(sf);
                }
                return tree;
            }
        };
    }

    @Override
    protected List<PlannedFinding> plan(RuleContext context) {
        return planned(context.facts()).findings();
    }

    /** The plan, made once per project for both the findings and the numeric literals fixed on the tree. */
    private Plan planned(ProjectFacts facts) {
        return facts.derive(planKey() + "#all", f -> planAll(new RuleContext(f)));
    }

    private record Plan(RuleContext context, List<PlannedFinding> findings, Map<UUID, String> numeric,
                        java.util.Set<Object> followed, java.util.Set<String> sent, List<Held> held) {
        Plan(RuleContext context) {
            this(context, new ArrayList<>(), new HashMap<>(), new java.util.HashSet<>(), new java.util.HashSet<>(), new ArrayList<>());
        }
    }

    /** A number of a payload in a test assertion, held until the file's other numbers are known (see {@link #add}). */
    private record Held(ResolvedText text, int start, int end, String path, String e164, UUID method) {
    }

    private Plan planAll(RuleContext context) {
        ProjectFacts facts = context.facts();
        TnSinks sinks = TnSinks.of(facts);
        Plan plan = new Plan(context);
        for (ProjectFacts.ResolvedRoot rr : facts.resolvedRoots()) {
            String path = rr.root().sourcePath();
            String flat = rr.text().flat();
            if (rr.root().kind() == RootKind.CONFIG) {
                configValue(rr, sinks, plan);
                if (URL_TEXT.matcher(flat).lookingAt() && context.reachesDashboard(rr)) {
                    // a configured request path ("path": "/tns/8045550100/tndetails" of a smoke plan)
                    urlNumbers(plan, facts, rr.text(), PATH_NUMBER.matcher(flat), path, sinks, false, true);
                    urlNumbers(plan, facts, rr.text(), QUERY_NUMBER.matcher(flat), path, sinks, true, true);
                }
                continue;
            }
            if (context.reachesDashboard(rr)) {
                // a URL is a request even in a test assertion (the expected path of a built request); a payload
                // there may be a mocked response
                boolean url = URL_TEXT.matcher(flat).lookingAt();
                urlNumbers(plan, facts, rr.text(), PATH_NUMBER.matcher(flat), path, sinks, false, url);
                urlNumbers(plan, facts, rr.text(), QUERY_NUMBER.matcher(flat), path, sinks, true, url);
            }
            if (flat.indexOf('[') >= 0 && context.isDashboardFile(path)) {
                expectedAtXPath(plan, rr.text(), path, sinks);
            }
            if (flat.indexOf('<') < 0 && flat.indexOf('"') < 0) {
                continue;
            }
            List<PayloadReader.Element> elements = PayloadReader.elements(flat, IrisPayload::isNumberElement);
            if (elements.isEmpty()) {
                continue;
            }
            IrisPayload.Kind kind = IrisPayload.classify(PayloadReader.outline(flat));
            boolean sent = kind == IrisPayload.Kind.REQUEST
                    || kind == IrisPayload.Kind.FRAGMENT && (context.isDashboardFile(path) || rr.target().isDashboard());
            if (!sent) {
                if (kind == IrisPayload.Kind.FRAGMENT) {
                    // a piece of XML in a test's assertion, held in case the test sends its number (see planAll's end)
                    for (PayloadReader.Element e : elements) {
                        NanpNumber.Match m = NanpNumber.whole(e.value());
                        if (m != null && e.quoted()) {
                            hold(plan, rr.text(), e.start() + m.start(), e.start() + m.end(), path, sinks);
                        } else if (m == null && e.value().strip().equals(HOLE)) {
                            // XmlSupport.tnElements(tns) of a utility class, handed the numbers of a Dashboard client's
                            // request: what the Dashboard files' calls pass is sent
                            passed(plan, facts, rr.text().partAt(e.start() + e.value().indexOf(AssembledText.HOLE)), path, sinks,
                                    false, context::isDashboardFile);
                        }
                    }
                }
                continue;
            }
            for (PayloadReader.Element e : elements) {
                NanpNumber.Match m = NanpNumber.whole(e.value());
                if (m == null && e.value().strip().equals(HOLE)) {
                    // <TelephoneNumber>" + tn + "</TelephoneNumber>: what the method's callers pass as tn is sent
                    passed(plan, facts, rr.text().partAt(e.start() + e.value().indexOf(AssembledText.HOLE)), path, sinks, false);
                } else if (m != null && e.quoted()) {
                    add(plan, rr.text(), e.start() + m.start(), e.start() + m.end(), path, sinks, false);
                } else if (m != null) {
                    // a JSON number: the fix needs quotes, which a Java string would have to escape; a person decides
                    PlannedFinding f = finding(Rule.BW006, rr.text(), e.start() + m.start(), e.start() + m.end(), null,
                            jsonNumberMessage(m.e164()));
                    if (f != null) {
                        plan.findings().add(f);
                    }
                }
            }
        }
        for (TnSinks.FormatCall call : sinks.formatCalls()) {
            formatCall(context, call, sinks, plan);
        }
        for (TnSinks.ExpectedValue v : sinks.expectedValues()) {
            String at = context.facts().resolve(v.expression(), v.path()).flat();
            Matcher step = LAST_STEP.matcher(at);
            if (context.isDashboardFile(v.path()) && step.find() && IrisPayload.isNumberElement(step.group(1) != null ? step.group(1) : step.group(2))) {
                // xpath("/Order/../TelephoneNumber[1]").string("7575550100"): the request must carry that number
                ResolvedText t = facts.resolve(v.value(), v.path());
                NanpNumber.Match m = NanpNumber.whole(t.flat());
                if (m != null) {
                    add(plan, t, m.start(), m.end(), v.path(), sinks, false, true);
                }
            }
        }
        Set<Origin> environmentValues = new java.util.LinkedHashSet<>();
        for (TnSinks.Sink sink : sinks.sinks()) {
            if (!sink.sdk() && !context.isDashboardFile(sink.requestPath()) && sink.via().stream().noneMatch(context::isDashboardFile)) {
                continue;
            }
            ResolvedText t = facts.resolve(sink.text(), sink.path());
            for (Part p : t.parts()) {
                // env.smokeTestNumber() read as one environment file's value: the other files' values are sent too
                if (p instanceof Part.Known k && k.origin() != null && !k.origin().sourcePath().equals(sink.path())
                        && ProjectFacts.isDataFile(k.origin().sourcePath())) {
                    environmentValues.add(k.origin());
                }
            }
            NanpNumber.Match m = NanpNumber.whole(t.flat());
            if (m != null) {
                add(plan, t, m.start(), m.end(), sink.path(), sinks, false);
            }
            // settings.get("diagnose.canary-tn", "NUMCTL_CANARY_TN", CANARY_TN): the default in code is sent wherever
            // the setting is not set, also when a file sets it
            ResolvedText d = facts.resolveDefaults(sink.text(), sink.path());
            NanpNumber.Match dm = NanpNumber.whole(d.flat());
            if (dm != null && !sameOrigins(d, dm, t, m)) {
                add(plan, d, dm.start(), dm.end(), sink.path(), sinks, false);
            }
        }
        // an assertion that the request a test builds carries a number it also sends
        // (assertTrue(xml.contains("<TelephoneNumber>9199918388</TelephoneNumber>")) after .telephoneNumber("9199918388")):
        // it describes that request, and once the number is fixed it must change with it
        for (Held h : plan.held()) {
            if (plan.sent().contains(h.method() + "|" + h.e164())) {
                add(plan, h.text(), h.start(), h.end(), h.path(), sinks, false, true);
            }
        }
        profileValues(plan, facts, environmentValues);
        return plan;
    }

    /** True when the number {@code am} of {@code a} is written where the number {@code bm} of {@code b} is. */
    private static boolean sameOrigins(ResolvedText a, NanpNumber.Match am, ResolvedText b, NanpNumber.@Nullable Match bm) {
        if (bm == null) {
            return false;
        }
        ResolvedText.Located x = a.locate(am.start(), am.end());
        ResolvedText.Located y = b.locate(bm.start(), bm.end());
        return x == null || y == null || java.util.Objects.equals(x.part().origin(), y.part().origin());
    }

    private static boolean isPropertyFile(String path) {
        String file = path.toLowerCase(java.util.Locale.ROOT);
        return file.endsWith(".yml") || file.endsWith(".yaml") || file.endsWith(".properties");
    }

    /**
     * A number of a configuration file that is sent ({@code kestrel.dashboard.canary-tn} of {@code application.yml}):
     * the same property's number in a profile's file ({@code application-staging.yml}) is sent when that profile runs;
     * so is the same key's number in another environment file read into the same record ({@code staging.yaml} beside
     * {@code prod.json}, both read into {@code EnvironmentConfig}).
     */
    private static void profileValues(Plan plan, ProjectFacts facts, Set<Origin> environmentValues) {
        Set<UUID> flagged = new HashSet<>();
        List<Origin> configOrigins = new ArrayList<>(environmentValues);
        for (PlannedFinding f : plan.findings()) {
            flagged.add(f.anchor().treeId());
            if (isPropertyFile(f.anchor().sourcePath()) || ProjectFacts.isDataFile(f.anchor().sourcePath())) {
                configOrigins.add(f.anchor());
            }
        }
        for (Origin o : configOrigins) {
            for (io.github.irismigrate.analysis.ConfigValue v : facts.sameProperty(o)) {
                boolean environments = facts.readIntoRecord(v.key());
                if (!environments && (!isPropertyFile(v.origin().sourcePath()) || !isPropertyFile(o.sourcePath()))) {
                    continue; // a JSON or XML document with an element of that name is no profile of it
                }
                NanpNumber.Match m = NanpNumber.whole(v.text());
                String e164 = m == null ? null : NanpNumber.e164(v.text().substring(m.start(), m.end()));
                if (e164 == null || !flagged.add(v.origin().treeId())) {
                    continue;
                }
                ResolvedText t = ResolvedText.of(List.of(new Part.Known(v.text(), v.origin(), v.origin(), false)));
                PlannedFinding f = finding(Rule.BW006, t, m.start(), m.end(), e164, fixMessage(e164));
                if (f != null) {
                    plan.findings().add(f);
                }
            }
        }
    }

    /** Each match of {@code m} (group 1 a number or an unknown part) in a URL of {@code text}: see {@link #passed}. */
    private static void urlNumbers(Plan plan, ProjectFacts facts, ResolvedText text, Matcher m, String path, TnSinks sinks,
                                   boolean queryValue, boolean url) {
        while (m.find()) {
            if (m.group(1).equals(HOLE)) {
                passed(plan, facts, text.partAt(m.start(1)), path, sinks, queryValue);
            } else {
                add(plan, text, m.start(1), m.end(1), path, sinks, queryValue, url);
            }
        }
    }

    /**
     * {@code part} is a parameter of a method that puts it where a request carries a number ({@code /tns/" + tn},
     * {@code <TelephoneNumber>" + tn + "<}): the numbers the project's calls pass there are sent. Each parameter is
     * followed once per plan.
     */
    private static void passed(Plan plan, ProjectFacts facts, Part part, String calleePath, TnSinks sinks, boolean queryValue) {
        passed(plan, facts, part, calleePath, sinks, queryValue, null);
    }

    /**
     * As above, with only the calls in the files {@code callers} accepts. A parameter of a helper of another file whose
     * text this one's root holds ({@code XmlSupport.tnElements(tns, 0)} inside an order) takes the values of the calls
     * in this file and in the files that talk to the Dashboard, not those of every caller of the helper (a contact
     * export of the customer's own).
     */
    private static void passed(Plan plan, ProjectFacts facts, Part part, String calleePath, TnSinks sinks, boolean queryValue,
                               java.util.function.@Nullable Predicate<String> only) {
        if (!(part instanceof Part.Hole h) || h.param() == null) {
            return;
        }
        java.util.function.Predicate<String> callers = only;
        if (callers == null && h.param().owner() != null && !facts.declaresType(calleePath, h.param().owner())) {
            callers = p -> p.equals(calleePath) || plan.context().isDashboardFile(p);
        }
        if (!plan.followed().add(callers == null ? h.param() : List.of(h.param(), calleePath, only == null))) {
            return;
        }
        for (TnSinks.Sink v : sinks.passedTo(h.param(), calleePath, callers)) {
            ResolvedText t = facts.resolve(v.text(), v.path());
            NanpNumber.Match m = NanpNumber.whole(t.flat());
            if (m != null) {
                add(plan, t, m.start(), m.end(), v.path(), sinks, queryValue, true);
            }
        }
    }

    /** Marks an argument's place in a resolved format template: a private-use character and the argument's index. */
    private static final char ARG = '\uE001';

    /**
     * {@code String.format(TEMPLATE, "9195551234")} with the template in a constant: the template is resolved, each
     * specifier replaced by a mark of its argument, and an argument that lands alone in a number element or after
     * {@code /tns/} is a number sent to the API.
     */
    private static void formatCall(RuleContext context, TnSinks.FormatCall call, TnSinks sinks, Plan plan) {
        String template = context.facts().resolve(call.template(), call.path()).flat();
        if (call.uriTemplate()) {
            uriTemplateCall(context, call, template, sinks, plan);
            return;
        }
        if (template.indexOf('%') < 0) {
            return;
        }
        StringBuilder marked = new StringBuilder();
        Matcher spec = FORMAT_SPEC.matcher(template);
        int last = 0;
        int next = 0;
        while (spec.find()) {
            marked.append(template, last, spec.start());
            String conv = spec.group(2);
            if (conv.equals("%")) {
                marked.append('%');
            } else if (conv.equals("n")) {
                marked.append('\n');
            } else {
                int at = spec.group(1) != null ? Integer.parseInt(spec.group(1).substring(0, spec.group(1).length() - 1)) - 1 : next++;
                marked.append(ARG).append((char) ('0' + Math.max(0, Math.min(at, 60))));
            }
            last = spec.end();
        }
        marked.append(template.substring(last));
        String flat = marked.toString();
        java.util.Set<Integer> sent = new java.util.TreeSet<>();
        List<PayloadReader.Element> elements = PayloadReader.elements(flat, IrisPayload::isNumberElement);
        if (!elements.isEmpty()) {
            IrisPayload.Kind kind = IrisPayload.classify(PayloadReader.outline(flat));
            if (kind == IrisPayload.Kind.REQUEST || kind == IrisPayload.Kind.FRAGMENT && context.isDashboardFile(call.path())) {
                for (PayloadReader.Element e : elements) {
                    String v = e.value().strip();
                    if (v.length() == 2 && v.charAt(0) == ARG) {
                        sent.add(v.charAt(1) - '0');
                    }
                }
            }
        }
        for (int i : sent) {
            sendArgument(context, call, i, sinks, plan, false, false);
        }
        if (toDashboard(context, call.path(), flat)) {
            sentVariables(context, call, flat, sinks, plan, false);
        }
    }

    /** Each marked argument of {@code marked} where a URL sends a number: see {@link #sendArgument}. */
    private static void sentVariables(RuleContext context, TnSinks.FormatCall call, CharSequence marked, TnSinks sinks,
                                      Plan plan, boolean requestInput) {
        Matcher p = SENT_VARIABLE.matcher(marked);
        while (p.find()) {
            boolean query = p.group(1) == null;
            sendArgument(context, call, (query ? p.group(2) : p.group(1)).charAt(0) - '0', sinks, plan, query, requestInput);
        }
    }

    /** Argument {@code i} of {@code call} is sent: a number there is flagged, a parameter followed to its callers. */
    private static void sendArgument(RuleContext context, TnSinks.FormatCall call, int i, TnSinks sinks, Plan plan,
                                     boolean queryValue, boolean requestInput) {
        if (i < 0 || i >= call.args().size()) {
            return;
        }
        ResolvedText t = context.facts().resolve(call.args().get(i), call.path());
        NanpNumber.Match m = NanpNumber.whole(t.flat());
        if (m == null) {
            // a property a profile sets to E.164 whose default in code is still 10 digits: the default is sent elsewhere
            ResolvedText d = context.facts().resolveDefaults(call.args().get(i), call.path());
            NanpNumber.Match dm = NanpNumber.whole(d.flat());
            if (dm != null) {
                t = d;
                m = dm;
            }
        }
        if (m != null) {
            add(plan, t, m.start(), m.end(), call.path(), sinks, queryValue, requestInput);
        } else if (t.parts().size() == 1) {
            passed(plan, context.facts(), t.parts().get(0), call.path(), sinks, queryValue);
        }
    }

    private static final Pattern URI_VARIABLE = Pattern.compile("\\{([^{}]*)}");
    /** A marked variable where a number is sent: a {@code /tns/} path segment (group 1) or a {@code tn=} query value (2). */
    private static final Pattern SENT_VARIABLE = Pattern.compile("/(?:tns|inserviceNumbers)/" + ARG + "(.)|[?&]tn=" + ARG + "(.)");

    /**
     * A URI template filled in by an HTTP client call ({@code getForObject(BASE + "/tns/{tn}", String.class, "9195551234")}):
     * a variable after {@code /tns/} or as a {@code tn=} query value of a Dashboard URL gets the value passed for it, in
     * order, or by its name from a map.
     */
    private static void uriTemplateCall(RuleContext context, TnSinks.FormatCall call, String template, TnSinks sinks, Plan plan) {
        if (template.indexOf('{') < 0 || !toDashboard(context, call.path(), template)) {
            return;
        }
        StringBuilder marked = new StringBuilder();
        Matcher v = URI_VARIABLE.matcher(template);
        int last = 0;
        int next = 0;
        while (v.find()) {
            marked.append(template, last, v.start());
            String name = v.group(1).contains(":") ? v.group(1).substring(0, v.group(1).indexOf(':')) : v.group(1);
            int at = call.names() != null ? call.names().indexOf(name) : next++;
            if (at >= 0 && at <= 60) {
                marked.append(ARG).append((char) ('0' + at));
            } else {
                marked.append(v.group()); // a name the map does not give, or past what a marker can say
            }
            last = v.end();
        }
        marked.append(template.substring(last));
        sentVariables(context, call, marked, sinks, plan, true);
    }

    /** A URL of a Dashboard host, or without a host in a file that talks to the Dashboard (not one of another host). */
    private static boolean toDashboard(RuleContext context, String path, String url) {
        ApiTarget target = DashboardUrl.classify(url);
        return target.isDashboard() || target == ApiTarget.UNKNOWN && context.isDashboardFile(path);
    }

    /** A number element of an XML or JSON resource that is a Dashboard request (not a response or another schema). */
    private static void configValue(ProjectFacts.ResolvedRoot rr, TnSinks sinks, Plan plan) {
        String key = rr.root().configKey();
        String path = rr.root().sourcePath();
        if (key == null || !(path.endsWith(".xml") || path.endsWith(".json") || io.github.irismigrate.analysis.TemplateView.isTemplate(path))
                || !IrisPayload.isNumberElement(path.endsWith(".json") ? rr.root().configLeaf() : key)) {
            return;
        }
        PayloadReader.Outline outline = sinks.outline(path);
        if (outline == null || IrisPayload.classify(outline) != IrisPayload.Kind.REQUEST) {
            return;
        }
        NanpNumber.Match m = NanpNumber.whole(rr.text().flat());
        if (m != null) {
            add(plan, rr.text(), m.start(), m.end(), path, sinks, false);
        } else if ((io.github.irismigrate.analysis.TemplateView.isTemplate(path) || path.endsWith(".xml"))
                && TEMPLATE_SYNTAX.matcher(rr.text().flat()).find()) {
            // <BillingTelephoneNumber>{{ btn | default("9195550100") }}</..>, ${btn!"9195550100"},
            // #if($btn)$btn#else9195550100#end: the number the template writes when it is given none
            Matcher d = EMBEDDED_NUMBER.matcher(rr.text().flat());
            while (d.find()) {
                if (NanpNumber.whole(d.group(1)) != null) {
                    add(plan, rr.text(), d.start(1), d.end(1), path, sinks, false);
                }
            }
        }
    }

    /** A template's own syntax in an element's content: an expression or a directive. */
    private static final Pattern TEMPLATE_SYNTAX = Pattern.compile("\\{\\{|\\$!?\\{|#(?:if|else|end|set)(?![A-Za-z])|<#|\\{%");
    /** Ten digits standing alone among a template's syntax (not a longer run, not already after a {@code +}). */
    private static final Pattern EMBEDDED_NUMBER = Pattern.compile("(?<![\\d+])(\\d{10})(?!\\d)");

    /** An XPath predicate that compares an element with a number: {@code //TelephoneNumber[text()='9195551234']}, {@code [Tn='..']}. */
    private static final Pattern XPATH_VALUE = Pattern.compile(
            "(?:([A-Za-z_][\\w-]*)\\s*\\[\\s*(?:text\\(\\)|\\.)|\\[\\s*([A-Za-z_][\\w-]*))\\s*=\\s*(['\"])(\\+?\\d{10,11})\\3\\s*]");
    /**
     * The element or member an XPath or JSON path ends at: {@code TelephoneNumber} of
     * {@code /Order/TelephoneNumberList/TelephoneNumber[1]} and {@code //TelephoneNumber/text()}, {@code tn} of
     * {@code $.order.tn} and {@code $['tn']}.
     */
    private static final Pattern LAST_STEP = Pattern.compile(
            "(?:\\[\\s*['\"]([\\w-]+)['\"]\\s*]|([A-Za-z_][\\w-]*))(?:\\s*\\[[^\\]]*])*(?:/text\\(\\))?\\s*$");

    /**
     * The numbers an XPath of a request expectation compares elements with
     * ({@code withRequestBody(matchingXPath("//TelephoneNumber[text()='9842150190']"))}): the request a Dashboard
     * test records must carry them, so they change when the number it sends does.
     */
    private static void expectedAtXPath(Plan plan, ResolvedText text, String path, TnSinks sinks) {
        Matcher x = XPATH_VALUE.matcher(text.flat());
        while (x.find()) {
            String element = x.group(1) != null ? x.group(1) : x.group(2);
            NanpNumber.Match m = NanpNumber.whole(x.group(4));
            if (m != null && IrisPayload.isNumberElement(element) && isRequestExpectation(text, x.start(4), x.end(4), path, sinks)) {
                add(plan, text, x.start(4) + m.start(), x.start(4) + m.end(), path, sinks, false, true);
            }
        }
    }

    /** True when a literal of {@code text} between {@code start} and {@code end} says what a recorded request holds. */
    private static boolean isRequestExpectation(ResolvedText text, int start, int end, String path, TnSinks sinks) {
        for (Part.Known k : text.overlapping(start, end)) {
            Origin o = k.origin() != null ? k.origin() : k.anchor();
            if (o != null && sinks.isRequestExpectation(o.sourcePath().isEmpty() ? path : o.sourcePath(), o.treeId())) {
                return true;
            }
        }
        return false;
    }

    /** Holds a number of a payload in an assertion or a mocked response (nothing else), as {@link #add} does. */
    private static void hold(Plan plan, ResolvedText text, int start, int end, String path, TnSinks sinks) {
        String e164 = NanpNumber.e164(text.flat().substring(start, end));
        for (Part.Known k : e164 == null ? List.<Part.Known>of() : text.overlapping(start, end)) {
            UUID method = k.origin() == null || !sinks.isResponseSide(k.origin().sourcePath(), k.origin().treeId())
                    ? null : sinks.methodOf(k.origin().treeId());
            if (method != null) {
                plan.held().add(new Held(text, start, end, path, e164, method));
                return;
            }
        }
    }

    private static void add(Plan plan, ResolvedText text, int start, int end, String path, TnSinks sinks, boolean queryValue) {
        add(plan, text, start, end, path, sinks, queryValue, false);
    }

    /**
     * {@code requestInput}: the text is an argument of a method that puts it into a request, or a request's URL, so it
     * is sent even where it sits inside an assertion ({@code assertEquals(.., Paths.tnDetails("9195550147"))},
     * {@code assertEquals("/api/v2/tns/9843554410/tndetails", url.encodedPath())}).
     */
    private static void add(Plan plan, ResolvedText text, int start, int end, String path, TnSinks sinks, boolean queryValue,
                            boolean requestInput) {
        String e164 = NanpNumber.e164(text.flat().substring(start, end));
        if (e164 == null) {
            return;
        }
        ResolvedText.Located loc = text.locate(start, end);
        // what a Dashboard test expects its recorded request to hold (content().string(containsString("<TelephoneNumber>..")))
        boolean expected = !requestInput && plan.context().isDashboardFile(path) && isRequestExpectation(text, start, end, path, sinks);
        for (Part.Known k : requestInput || expected ? List.<Part.Known>of() : text.overlapping(start, end)) {
            if (k.origin() != null && sinks.isResponseSide(k.origin().sourcePath(), k.origin().treeId())
                    || k.anchor() != null && sinks.isResponseSide(k.anchor().sourcePath().isEmpty() ? path : k.anchor().sourcePath(),
                    k.anchor().treeId())) {
                // an assertion about, or a mock of, what the API sends back; unless a payload element whose number
                // the same test method sends
                if (text.flat().indexOf('<') >= 0) {
                    hold(plan, text, start, end, path, sinks);
                }
                return;
            }
        }
        if (loc != null) {
            Origin o = loc.part().origin() != null ? loc.part().origin() : loc.part().anchor();
            UUID method = o == null ? null : sinks.methodOf(o.treeId());
            if (method != null) {
                plan.sent().add(method + "|" + e164); // sent by this test method
            }
        }
        PlannedFinding f;
        if (loc != null && loc.part().origin() == null && loc.part().anchor() != null) {
            // a numeric literal (or a constant the analysis cannot edit): fixed on the tree where that compiles
            f = new PlannedFinding(Rule.BW006, loc.part().anchor(), numericMessage(e164), null);
            plan.numeric().put(loc.part().anchor().treeId(), e164);
        } else if (queryValue) {
            boolean literalQuery = loc != null && loc.part().origin() != null && loc.start() > 0
                    && loc.part().text().charAt(loc.start() - 1) == '=';
            String encoded = "%2B" + e164.substring(1);
            f = literalQuery ? finding(Rule.BW006, text, start, end, encoded, fixMessage(encoded))
                    : finding(Rule.BW006, text, start, end, null, encodedQueryMessage(e164));
        } else {
            f = finding(Rule.BW006, text, start, end, e164, fixMessage(e164));
        }
        if (f != null) {
            plan.findings().add(f);
        }
    }

    @Override
    protected TreeVisitor<?, ExecutionContext> treeVisitor(ProjectFacts facts) {
        Map<UUID, String> numeric = planned(facts).numeric();
        boolean fix = fixing();
        return new JavaIsoVisitor<ExecutionContext>() {
            @Override
            public J.Literal visitLiteral(J.Literal literal, ExecutionContext ctx) {
                String e164 = numeric.get(literal.getId());
                if (e164 == null || !(literal.getValue() instanceof Number)) {
                    return literal;
                }
                if (fix && compilesAsString(literal)) {
                    return new J.Literal(literal.getId(), literal.getPrefix(), literal.getMarkers(), e164, "\"" + e164 + "\"",
                            null, JavaType.Primitive.String);
                }
                PlannedFinding f = new PlannedFinding(Rule.BW006, new io.github.irismigrate.analysis.Origin("", literal.getId()),
                        numericMessage(e164), null);
                return PlanApplier.mark(literal, List.of(f));
            }

            /** True where a String in place of the number compiles and gives the same text: concatenation, a %s argument. */
            private boolean compilesAsString(J.Literal literal) {
                Object parent = getCursor().getParentTreeCursor().getValue();
                if (parent instanceof J.Binary b && b.getOperator() == J.Binary.Type.Addition) {
                    Expression other = b.getLeft() == literal ? b.getRight() : b.getLeft();
                    return TypeUtils.isString(b.getType()) || TypeUtils.isString(other.getType())
                            || other instanceof J.Literal l && l.getValue() instanceof String;
                }
                if (parent instanceof J.MethodInvocation m && (m.getSimpleName().equals("format") || m.getSimpleName().equals("formatted"))) {
                    List<Expression> args = JavaArgs.real(m.getArguments());
                    Expression template;
                    int index;
                    if (m.getSimpleName().equals("formatted")) {
                        template = m.getSelect();
                        index = args.indexOf(literal);
                    } else {
                        int fmt = args.size() > 1 && !(args.get(0) instanceof J.Literal) ? 1 : 0;
                        template = args.get(fmt);
                        index = args.indexOf(literal) - fmt - 1;
                    }
                    if (!(template instanceof J.Literal t) || !(t.getValue() instanceof String s) || index < 0) {
                        return false;
                    }
                    Matcher spec = FORMAT_SPEC.matcher(s);
                    int next = 0;
                    while (spec.find()) {
                        String conv = spec.group(2);
                        if (conv.equals("%") || conv.equals("n")) {
                            continue;
                        }
                        int at = spec.group(1) != null ? Integer.parseInt(spec.group(1).substring(0, spec.group(1).length() - 1)) - 1 : next++;
                        if (at == index && !conv.equals("s")) {
                            return false;
                        }
                    }
                    // every use of this argument is %s (an argument no spec uses is not in the text at all)
                    return true;
                }
                return false;
            }
        };
    }
}
