package io.github.irismigrate.recipes;

import io.github.irismigrate.analysis.SourcePaths;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.irismigrate.analysis.IrisSdk;
import io.github.irismigrate.analysis.Origin;
import io.github.irismigrate.analysis.ProjectFacts;
import io.github.irismigrate.analysis.ResolvedText;
import io.github.irismigrate.catalog.Rule;
import org.jspecify.annotations.Nullable;
import org.openrewrite.ExecutionContext;
import org.openrewrite.Option;
import org.openrewrite.Tree;
import org.openrewrite.TreeVisitor;
import org.openrewrite.java.JavaIsoVisitor;
import org.openrewrite.java.JavaTemplate;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.JavaType;
import org.openrewrite.java.tree.Statement;
import org.openrewrite.java.tree.TypeUtils;
import org.openrewrite.xml.XmlIsoVisitor;
import org.openrewrite.xml.tree.Content;
import org.openrewrite.xml.tree.Xml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BW010 legacy-number-format (opt-in): only when the user keeps callbacks and reports in 10-digit format
 * ({@code numberFormat: LEGACY}), a {@code Subscription} whose {@code CallbackSubscription} or
 * {@code EmailSubscription} has no {@code NumberFormat}, and a report {@code Instance} without one, get
 * {@code <NumberFormat>LEGACY</NumberFormat>}: in XML resources, in Java text blocks and string literals, and through
 * {@code setNumberFormat("LEGACY")} on JAXB-style models that have that setter. The Iris SDK's
 * {@code CallbackSubscription} and {@code EmailSubscription} have no such setter: they are flagged instead.
 * With the default {@code E164} the recipe reports nothing.
 */
public class LegacyNumberFormat extends IrisRecipe {
    static final String ELEMENT = "<NumberFormat>LEGACY</NumberFormat>";
    private static final Set<String> SUBSCRIPTION_PARTS = Set.of("CallbackSubscription", "EmailSubscription");
    private static final Set<String> SETTER_OWNERS = Set.of("CallbackSubscription", "EmailSubscription", "Instance", "ReportInstance");

    @Option(displayName = "Number format",
            description = "`E164` (the default, and the vendor's preferred way: nothing is changed) or `LEGACY` (keep callbacks "
                    + "and reports in 10-digit format by adding NumberFormat LEGACY to subscriptions and report instances).",
            valid = {"E164", "LEGACY"},
            required = false,
            example = "LEGACY")
    private final @Nullable String numberFormat;

    @JsonCreator
    public LegacyNumberFormat(@JsonProperty("reportOnly") @Nullable Boolean reportOnly,
                              @JsonProperty("numberFormat") @Nullable String numberFormat) {
        super(reportOnly);
        this.numberFormat = numberFormat;
    }

    public LegacyNumberFormat() {
        this(null, null);
    }

    public @Nullable String getNumberFormat() {
        return numberFormat;
    }

    @Override
    public Rule rule() {
        return Rule.BW010;
    }

    private boolean legacy() {
        return numberFormat != null && numberFormat.trim().toUpperCase(Locale.ROOT).equals("LEGACY");
    }

    @Override
    protected String planKey() {
        return super.planKey() + "|" + legacy();
    }

    static String message(String where) {
        return Rule.BW010.message("v2 sends numbers in callbacks and reports in E.164 unless the " + where + " asks for LEGACY",
                "add " + ELEMENT + " to the " + where);
    }

    static String sdkMessage(String type) {
        return Rule.BW010.message("v2 sends callback and email notification numbers in E.164 unless the subscription asks for LEGACY",
                "the Iris SDK's " + type + " has no NumberFormat setter (1.12), so create this subscription with a raw request "
                        + "(IrisClient.post to the subscriptions URI with " + ELEMENT + " inside <" + type + ">), or handle "
                        + "E.164 numbers in the callback handler");
    }

    @Override
    protected @Nullable TreeVisitor<?, ExecutionContext> treeVisitor(ProjectFacts facts) {
        if (!legacy()) {
            return null;
        }
        boolean fix = fixing();
        return new TreeVisitor<Tree, ExecutionContext>() {
            @Override
            public @Nullable Tree visit(@Nullable Tree tree, ExecutionContext ctx) {
                if (tree instanceof J.CompilationUnit cu) {
                    return java(cu, facts, fix, ctx);
                }
                if (tree instanceof Xml.Document doc) {
                    return xml(doc, fix, ctx);
                }
                return tree;
            }
        };
    }

    // ---- XML text in Java -------------------------------------------------------------------------------------

    /** Where to add the element in one literal: after {@code anchor}, found at {@code offset} of the literal's value. */
    private record Insertion(int offset, String anchor, boolean opening, String where) {
    }

    private static Tree java(J.CompilationUnit cu, ProjectFacts facts, boolean fix, ExecutionContext ctx) {
        String path = SourcePaths.of(cu);
        Map<UUID, List<Insertion>> edits = new HashMap<>();
        for (List<ResolvedText> texts : ClassTexts.of(cu, facts).values()) {
            for (ResolvedText t : texts) {
                for (int[] range : insertionPoints(t.flat())) {
                    ResolvedText.Located loc = t.locate(range[0], range[1]);
                    if (loc == null || loc.part().origin() == null || !loc.part().origin().sourcePath().equals(path)) {
                        continue;
                    }
                    Origin o = loc.part().origin();
                    String anchor = t.flat().substring(range[0], range[1]);
                    edits.computeIfAbsent(o.treeId(), k -> new ArrayList<>()).add(new Insertion(o.offset() + loc.start(), anchor,
                            !anchor.startsWith("</"), range[2] == 0 ? "subscription" : "report instance"));
                }
            }
        }
        J.CompilationUnit out = cu;
        if (!edits.isEmpty()) {
            out = (J.CompilationUnit) new JavaIsoVisitor<ExecutionContext>() {
                @Override
                public J.Literal visitLiteral(J.Literal literal, ExecutionContext c) {
                    List<Insertion> ins = edits.get(literal.getId());
                    if (ins == null || !(literal.getValue() instanceof String v) || literal.getValueSource() == null) {
                        return literal;
                    }
                    if (!fix) {
                        return PlanApplier.mark(literal, List.of(finding(literal, message(ins.get(0).where()))));
                    }
                    String value = v;
                    String source = literal.getValueSource();
                    ins.sort((a, b) -> Integer.compare(b.offset(), a.offset()));
                    for (Insertion i : ins) {
                        Edited applied = insert(value, source, i);
                        if (applied == null) {
                            return PlanApplier.mark(literal, List.of(finding(literal, message(i.where()))));
                        }
                        value = applied.value();
                        source = applied.source();
                    }
                    return literal.withValue(value).withValueSource(source);
                }
            }.visitNonNull(cu, ctx);
        }
        return models(out, facts, fix, ctx);
    }

    private static final Pattern SUBSCRIPTION_PART = Pattern.compile(
            "<(CallbackSubscription|EmailSubscription)(?:\\s[^<>]*)?>(.*?)</\\1\\s*>", Pattern.DOTALL);
    private static final Pattern INSTANCE = Pattern.compile("<Instance(?:\\s[^<>]*)?>(.*?)</Instance\\s*>", Pattern.DOTALL);

    /** Ranges [start, end, kind] of the tags after which {@link #ELEMENT} goes; kind 0 = subscription, 1 = report instance. */
    static List<int[]> insertionPoints(String flat) {
        List<int[]> out = new ArrayList<>();
        if (flat.contains("<Subscription")) {
            Matcher m = SUBSCRIPTION_PART.matcher(flat);
            while (m.find()) {
                String body = m.group(2);
                if (body.contains("<NumberFormat")) {
                    continue;
                }
                String[] after = m.group(1).equals("CallbackSubscription")
                        ? new String[]{"</Expiry>", "</URL>"} : new String[]{"</DigestRequested>", "</Email>"};
                out.add(anchor(flat, m.start(), m.start(2), m.end(2), after, 0));
            }
        }
        Matcher i = INSTANCE.matcher(flat);
        while (i.find()) {
            String body = i.group(1);
            if (body.contains("<NumberFormat") || !(body.contains("<OutputFormat") || body.contains("<Parameters")
                    || body.contains("<ExpiresAt"))) {
                continue;
            }
            out.add(anchor(flat, i.start(), i.start(1), i.end(1), new String[]{"</OutputFormat>"}, 1));
        }
        return out;
    }

    private static int[] anchor(String flat, int openStart, int bodyStart, int bodyEnd, String[] after, int kind) {
        for (String a : after) {
            int at = flat.lastIndexOf(a, bodyEnd - a.length());
            if (at >= bodyStart) {
                return new int[]{at, at + a.length(), kind};
            }
        }
        return new int[]{openStart, bodyStart, kind};
    }

    record Edited(String value, String source) {
    }

    /** Inserts the element after the anchor in a literal's value and source; null when the two cannot be matched up. */
    static @Nullable Edited insert(String value, String source, Insertion i) {
        if (!value.startsWith(i.anchor(), i.offset())) {
            return null;
        }
        int k = 0;
        for (int p = value.indexOf(i.anchor()); p >= 0 && p < i.offset(); p = value.indexOf(i.anchor(), p + 1)) {
            k++;
        }
        int sat = -1;
        for (int n = 0; n <= k; n++) {
            sat = source.indexOf(i.anchor(), sat + 1);
            if (sat < 0) {
                return null;
            }
        }
        int vEnd = i.offset() + i.anchor().length();
        int sEnd = sat + i.anchor().length();
        boolean textBlock = source.startsWith("\"\"\"");
        if (textBlock && endsLine(value, vEnd) && endsLine(source, sEnd)) {
            return new Edited(
                    value.substring(0, vEnd) + "\n" + indent(value, i.offset(), vEnd, i.opening()) + ELEMENT + value.substring(vEnd),
                    source.substring(0, sEnd) + "\n" + indent(source, sat, sEnd, i.opening()) + ELEMENT + source.substring(sEnd));
        }
        return new Edited(value.substring(0, vEnd) + ELEMENT + value.substring(vEnd),
                source.substring(0, sEnd) + ELEMENT + source.substring(sEnd));
    }

    private static boolean endsLine(String s, int from) {
        int p = from;
        while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) {
            p++;
        }
        return p < s.length() && s.charAt(p) == '\n';
    }

    /** The anchor line's indentation after a closing tag (a sibling), the next line's after an opening tag (a child). */
    private static String indent(String s, int anchorStart, int anchorEnd, boolean opening) {
        int lineStart;
        if (opening) {
            lineStart = s.indexOf('\n', anchorEnd) + 1;
        } else {
            lineStart = s.lastIndexOf('\n', anchorStart) + 1;
        }
        int p = lineStart;
        while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) {
            p++;
        }
        return s.substring(lineStart, p);
    }

    private static PlannedFinding finding(Tree tree, String message) {
        return new PlannedFinding(Rule.BW010, new Origin("", tree.getId()), message, null);
    }

    // ---- SDK and JAXB-style models ----------------------------------------------------------------------------

    private static J.CompilationUnit models(J.CompilationUnit cu, ProjectFacts facts, boolean fix, ExecutionContext ctx) {
        String path = SourcePaths.of(cu);
        boolean dashboardFile = facts.dashboardFiles().contains(path);
        return (J.CompilationUnit) new JavaIsoVisitor<ExecutionContext>() {
            @Override
            public J.NewClass visitNewClass(J.NewClass newClass, ExecutionContext c) {
                J.NewClass nc = super.visitNewClass(newClass, c);
                JavaType.FullyQualified type = TypeUtils.asFullyQualified(nc.getType());
                for (String part : SUBSCRIPTION_PARTS) {
                    String fqn = IrisSdk.MODEL_PACKAGE + "." + part;
                    if (IrisSdk.is(nc.getType(), nc.getClazz(), fqn, cu) && (type == null || setter(type) == null)) {
                        return PlanApplier.mark(nc, List.of(finding(nc, sdkMessage(part))));
                    }
                }
                return nc;
            }

            @Override
            public J.Block visitBlock(J.Block block, ExecutionContext c) {
                J.Block b = super.visitBlock(block, c);
                for (Statement s : b.getStatements()) {
                    if (!(s instanceof J.VariableDeclarations vd) || vd.getVariables().size() != 1
                            || !(vd.getVariables().get(0).getInitializer() instanceof J.NewClass nc)) {
                        continue;
                    }
                    JavaType.FullyQualified type = TypeUtils.asFullyQualified(nc.getType());
                    if (type == null || !SETTER_OWNERS.contains(type.getClassName())
                            || type.getFullyQualifiedName().startsWith(IrisSdk.PACKAGE) && setter(type) == null) {
                        continue;
                    }
                    boolean instance = type.getClassName().endsWith("Instance");
                    if (instance && !dashboardFile) {
                        continue; // "Instance" alone is too common a name
                    }
                    JavaType.Method setter = setter(type);
                    String name = vd.getVariables().get(0).getSimpleName();
                    if (setter == null || alreadySet(b, name)) {
                        continue;
                    }
                    String where = instance ? "report instance" : "subscription";
                    if (!fix) {
                        return b.withStatements(replace(b.getStatements(), s, PlanApplier.mark(s, List.of(finding(s, message(where))))));
                    }
                    J.Block added = JavaTemplate.builder("#{any()}.setNumberFormat(\"LEGACY\");")
                            .contextSensitive()
                            .build()
                            .apply(updateCursor(b), s.getCoordinates().after(),
                                    vd.getVariables().get(0).getName());
                    // the template cannot see the model's source, so the call gets the setter's type from the model
                    List<Statement> stmts = new ArrayList<>(added.getStatements());
                    int at = b.getStatements().indexOf(s) + 1;
                    if (at < stmts.size() && stmts.get(at) instanceof J.MethodInvocation mi) {
                        stmts.set(at, mi.withMethodType(setter).withName(mi.getName().withType(setter)));
                    }
                    return added.withStatements(stmts);
                }
                return b;
            }
        }.visitNonNull(cu, ctx);
    }

    private static List<Statement> replace(List<Statement> all, Statement old, Statement now) {
        List<Statement> out = new ArrayList<>(all);
        out.set(out.indexOf(old), now);
        return out;
    }

    /** {@code setNumberFormat(String)} of the type or its supertypes, or null. */
    private static JavaType.@Nullable Method setter(JavaType.FullyQualified type) {
        for (JavaType.FullyQualified t = type; t != null; t = t.getSupertype()) {
            for (JavaType.Method m : t.getMethods()) {
                if (m.getName().equals("setNumberFormat") && m.getParameterTypes().size() == 1
                        && TypeUtils.isString(m.getParameterTypes().get(0))) {
                    return m;
                }
            }
        }
        return null;
    }

    private static boolean alreadySet(J.Block block, String name) {
        boolean[] found = {false};
        new JavaIsoVisitor<Integer>() {
            @Override
            public J.MethodInvocation visitMethodInvocation(J.MethodInvocation m, Integer p) {
                if (m.getSimpleName().equals("setNumberFormat") && m.getSelect() instanceof J.Identifier id
                        && id.getSimpleName().equals(name)) {
                    found[0] = true;
                }
                return super.visitMethodInvocation(m, p);
            }
        }.visit(block, 0);
        return found[0];
    }

    // ---- XML resources ----------------------------------------------------------------------------------------

    private static Tree xml(Xml.Document doc, boolean fix, ExecutionContext ctx) {
        Xml.Tag root = doc.getRoot();
        if (root == null || !(root.getName().equals("Subscription") || root.getName().equals("Instance"))) {
            return doc;
        }
        return new XmlIsoVisitor<ExecutionContext>() {
            @Override
            public Xml.Tag visitTag(Xml.Tag tag, ExecutionContext c) {
                Xml.Tag t = super.visitTag(tag, c);
                boolean part = SUBSCRIPTION_PARTS.contains(t.getName()) && getCursor().getParentTreeCursor().getValue() == root;
                boolean instance = t == root && t.getName().equals("Instance")
                        && (t.getChild("OutputFormat").isPresent() || t.getChild("Parameters").isPresent() || t.getChild("ExpiresAt").isPresent());
                if (!(part || instance) || t.getChild("NumberFormat").isPresent()) {
                    return t;
                }
                String where = instance ? "report instance" : "subscription";
                if (!fix) {
                    return PlanApplier.mark(t, List.of(finding(t, message(where))));
                }
                return withElement(t, instance ? new String[]{"OutputFormat"}
                        : t.getName().equals("CallbackSubscription") ? new String[]{"Expiry", "URL"} : new String[]{"DigestRequested", "Email"});
            }
        }.visitNonNull(doc, ctx);
    }

    private static Xml.Tag withElement(Xml.Tag parent, String[] after) {
        List<Content> content = parent.getContent() == null ? new ArrayList<>() : new ArrayList<>(parent.getContent());
        int index = 0;
        String prefix = null;
        search:
        for (String a : after) {
            for (int i = content.size() - 1; i >= 0; i--) {
                if (content.get(i) instanceof Xml.Tag c && c.getName().equals(a)) {
                    index = i + 1;
                    prefix = c.getPrefix();
                    break search;
                }
            }
        }
        if (prefix == null) {
            prefix = !content.isEmpty() && content.get(0) instanceof Xml.Tag first ? first.getPrefix() : parent.getPrefix() + "  ";
        }
        content.add(index, Xml.Tag.build(ELEMENT).withPrefix(prefix));
        return parent.withContent(content);
    }
}
