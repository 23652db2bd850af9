package io.github.irismigrate.recipes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.irismigrate.analysis.JavaArgs;
import io.github.irismigrate.analysis.JavaStringAssembler;
import io.github.irismigrate.analysis.SourcePaths;
import io.github.irismigrate.analysis.Origin;
import io.github.irismigrate.analysis.Part;
import io.github.irismigrate.analysis.PayloadReader;
import io.github.irismigrate.analysis.ProjectFacts;
import io.github.irismigrate.analysis.ResolvedText;
import io.github.irismigrate.catalog.Rule;
import org.jspecify.annotations.Nullable;
import org.openrewrite.ExecutionContext;
import org.openrewrite.Tree;
import org.openrewrite.TreeVisitor;
import org.openrewrite.java.JavaIsoVisitor;
import org.openrewrite.java.tree.Expression;
import org.openrewrite.java.tree.Flag;
import org.openrewrite.java.tree.JavaType;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.JavaSourceFile;
import org.openrewrite.kotlin.tree.K;
import org.openrewrite.xml.XmlIsoVisitor;
import org.openrewrite.xml.tree.Xml;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.github.irismigrate.recipes.UrlPatterns.HOLE;

/**
 * BW009 messaging-via-sippeer-tns: a payload for {@code /sites/{s}/sippeers/{p}/tns[/{tn}]} that carries messaging
 * settings is flagged with the TN option order to send instead. A {@code SipPeerTelephoneNumber} body is such a
 * payload wherever it is built; a piece of XML or JSON without that root counts only when the same class builds a
 * {@code /sippeers/{p}/tns} URL. TN option orders ({@code <Sms>} inside a {@code TnOptionGroup}) are the v2 way and
 * never flagged.
 */
public class MessagingViaSippeerTns extends IrisRecipe {
    private static final Pattern SIPPEER_TNS = Pattern.compile("(?:^|/)sippeers/[^/?#]+/tns(?=[/?#\"'\\s]|\\{[?&/#.;+]|$|" + HOLE + ")");
    private static final Pattern MESSAGING = Pattern.compile("<(MessagingSettings|SmsEnabled|SmsSettings)[\\s/>]"
            + "|\"(messagingSettings|smsEnabled|smsSettings|MessagingSettings|SmsEnabled|SmsSettings)\"\\s*:");
    private static final Pattern SMS_FLAG = Pattern.compile("<(Sms)[\\s/>]|\"(sms)\"\\s*:");
    private static final Set<String> SIPPEER_TN_ROOTS = Set.of("SipPeerTelephoneNumber", "SipPeerTelephoneNumbers");
    /** Elements a piece of a sippeer TN body may start with; a whole document with another root is another request. */
    private static final Set<String> SIPPEER_TN_CHILDREN = Set.of("FullNumber", "CallForward", "RPIDFormat", "RewriteUser",
            "NumberFormat", "CallingNameDisplay", "TnAttributes", "MessagingSettings", "SmsEnabled", "SmsSettings", "Sms");
    private static final Set<String> TN_OPTION_ELEMENTS = Set.of("TnOptionOrder", "TnOptionGroups", "TnOptionGroup");

    @JsonCreator
    public MessagingViaSippeerTns(@JsonProperty("reportOnly") @Nullable Boolean reportOnly) {
        super(reportOnly);
    }

    public MessagingViaSippeerTns() {
        this(null);
    }

    @Override
    public Rule rule() {
        return Rule.BW009;
    }

    static String message(@Nullable Boolean enable) {
        String sms = enable == null ? "on (or off)" : enable ? "on" : "off";
        return Rule.BW009.message(
                "v2 answers 400 \"Messaging service needs to be enabled/disabled via a TN Option order\" when a "
                        + "/sites/{s}/sippeers/{p}/tns request carries messaging settings",
                "remove them from this payload and send POST /accounts/{id}/tnoptions with <TnOptionOrder><TnOptionGroups>"
                        + "<TnOptionGroup><Sms>" + sms + "</Sms><TelephoneNumbers><TelephoneNumber>+1NXXNXXXXXX"
                        + "</TelephoneNumber></TelephoneNumbers></TnOptionGroup></TnOptionGroups></TnOptionOrder>");
    }

    @Override
    protected TreeVisitor<?, ExecutionContext> treeVisitor(ProjectFacts facts) {
        return new TreeVisitor<Tree, ExecutionContext>() {
            @Override
            public @Nullable Tree visit(@Nullable Tree tree, ExecutionContext ctx) {
                if (tree instanceof J.CompilationUnit || tree instanceof K.CompilationUnit) {
                    return java((JavaSourceFile) tree, facts, ctx);
                }
                if (tree instanceof Xml.Document doc) {
                    return xml(doc, ctx);
                }
                return tree;
            }
        };
    }

    private static Tree java(JavaSourceFile cu, ProjectFacts facts, ExecutionContext ctx) {
        Map<UUID, Mark> marks = new HashMap<>();
        Set<UUID> sippeerTnsTrees = new java.util.HashSet<>();
        for (List<ResolvedText> texts : ClassTexts.of(cu, facts).values()) {
            boolean classSendsToSippeerTns = false;
            for (ResolvedText t : texts) {
                if (SIPPEER_TNS.matcher(t.flat()).find()) {
                    classSendsToSippeerTns = true;
                    for (Part p : t.parts()) {
                        if (p instanceof Part.Known k) {
                            if (k.origin() != null) {
                                sippeerTnsTrees.add(k.origin().treeId());
                            }
                            if (k.anchor() != null) {
                                sippeerTnsTrees.add(k.anchor().treeId());
                            }
                        }
                    }
                }
            }
            for (ResolvedText t : texts) {
                String flat = t.flat();
                PayloadReader.Outline outline = PayloadReader.outline(flat);
                if (outline.names().stream().anyMatch(TN_OPTION_ELEMENTS::contains)) {
                    continue; // already a TN option order
                }
                boolean sippeerBody = outline.root() != null && SIPPEER_TN_ROOTS.contains(outline.root());
                if (!sippeerBody && (!classSendsToSippeerTns
                        || outline.root() != null && !SIPPEER_TN_CHILDREN.contains(outline.root()))) {
                    continue; // no sippeer TN request in this class, or a document of another request type
                }
                Matcher m = MESSAGING.matcher(flat);
                boolean found = m.find();
                if (!found && sippeerBody) {
                    m = SMS_FLAG.matcher(flat);
                    found = m.find();
                }
                if (!found) {
                    continue;
                }
                int start = m.start(m.group(1) != null ? 1 : 2);
                Origin where = anchor(t, start);
                if (where != null) {
                    // at the offset in the literal where the messaging settings start: the line to edit
                    marks.put(where.treeId(), new Mark(message(smsEnabled(flat)), where.offset()));
                }
            }
        }
        modelSetters(cu, sippeerTnsTrees, facts.clientMethodsTo(SIPPEER_TNS), marks, facts);
        if (marks.isEmpty()) {
            return cu;
        }
        // a mark inside a Kotlin string template would be printed into the string: it goes on the whole template
        Map<UUID, List<PlannedFinding>> onTemplates = new HashMap<>();
        return new JavaIsoVisitor<ExecutionContext>() {
            @Override
            public J.Literal visitLiteral(J.Literal literal, ExecutionContext c) {
                Mark mark = marks.get(literal.getId());
                return mark == null ? literal : PlanApplier.markIn(literal, List.of(finding(literal, mark)), getCursor(), onTemplates);
            }

            @Override
            public J postVisit(J tree, ExecutionContext c) {
                List<PlannedFinding> held = tree instanceof K.StringTemplate ? onTemplates.remove(tree.getId()) : null;
                return held == null ? tree : PlanApplier.mark(tree, held);
            }

            @Override
            public J.MethodInvocation visitMethodInvocation(J.MethodInvocation method, ExecutionContext c) {
                return mark(super.visitMethodInvocation(method, c), marks.get(method.getId()));
            }

            @Override
            public J.Identifier visitIdentifier(J.Identifier identifier, ExecutionContext c) {
                return mark(identifier, marks.get(identifier.getId()));
            }

            @Override
            public J.NewClass visitNewClass(J.NewClass newClass, ExecutionContext c) {
                return mark(super.visitNewClass(newClass, c), marks.get(newClass.getId()));
            }

            @Override
            public J.Assignment visitAssignment(J.Assignment assignment, ExecutionContext c) {
                return mark(super.visitAssignment(assignment, c), marks.get(assignment.getId()));
            }
        }.visitNonNull(cu, ctx);
    }

    /**
     * Payload models named for the sippeer TN body ({@code SipPeerTnUpdate}, {@code SipPeerTelephoneNumber}) and
     * their nested builders ({@code SipPeerTelephoneNumberXml.Builder}).
     */
    private static final Pattern SIPPEER_TN_MODEL = Pattern.compile("(?:\\w+\\.)?SipPeer(?:Tn|TN|TelephoneNumber)\\w*(?:\\.\\w*Builder)?");
    /** The messaging part of a sippeer TN body, as a model's nested class: {@code new MessagingSettings(true)}. */
    private static final Pattern MESSAGING_MODEL = Pattern.compile("MessagingSettings|SmsSettings");
    /** Setters and builder steps of a payload model that put messaging settings into it. */
    private static final Pattern MESSAGING_SETTER = Pattern.compile("(?:set|with)?(?:MessagingSettings|SmsEnabled|SmsSettings)"
            + "|messagingSettings|smsEnabled|smsSettings");

    /**
     * A payload model rather than text: a setter or builder step that puts messaging settings into the body
     * ({@code payload.setMessagingSettings(..)}) in a method that builds a {@code /sippeers/{p}/tns} request (one of
     * {@code sippeerTnsTrees} is in it, or in a method around it), or on a model named for that body
     * ({@code SipPeerTnUpdate}) wherever it is filled in, as its XML is, but in a unit test that only checks its XML. A
     * method sends to sippeer TNs when it builds such a URL or calls a declarative client method mapped to one
     * ({@code api.updateSipPeerTn(account, site, peer, tn, update)}).
     * {@code setSms} is left alone: a TN option group has it, the v2 way.
     */
    private static void modelSetters(JavaSourceFile cu, Set<UUID> sippeerTnsTrees, Set<String> sippeerTnsClientMethods,
                                     Map<UUID, Mark> marks, ProjectFacts facts) {
        new JavaIsoVisitor<Integer>() {
            /** Whether the method being visited (or one around it) sends to sippeer TNs, and whether it is a test. */
            private boolean sendsToSippeerTns;
            private boolean unitTest;

            @Override
            public J.MethodDeclaration visitMethodDeclaration(J.MethodDeclaration md, Integer p) {
                boolean outerSends = sendsToSippeerTns;
                boolean outerTest = unitTest;
                sendsToSippeerTns = outerSends
                        || md.getBody() != null && !sippeerTnsTrees.isEmpty() && contains(md.getBody(), sippeerTnsTrees)
                        || md.getBody() != null && !sippeerTnsClientMethods.isEmpty() && calls(md.getBody(), sippeerTnsClientMethods);
                unitTest = md.getLeadingAnnotations().stream()
                        .anyMatch(a -> a.getSimpleName().equals("Test") || a.getSimpleName().equals("ParameterizedTest"));
                try {
                    return super.visitMethodDeclaration(md, p);
                } finally {
                    sendsToSippeerTns = outerSends;
                    unitTest = outerTest;
                }
            }

            @Override
            public J.MethodInvocation visitMethodInvocation(J.MethodInvocation m, Integer p) {
                domElement(m);
                // one argument: a model's setter or builder step (client.setSmsEnabled(tn, true) is a call that sends)
                // on a model named for the sippeer TN body, its Sms flag is messaging too (withSms(true)): a TN
                // option group's setSms, the v2 way, is on another model
                boolean sippeerModel = m.getSelect() != null && isSippeerTnModel(m.getSelect());
                if ((MESSAGING_SETTER.matcher(m.getSimpleName()).matches()
                        || sippeerModel && SMS_ON_SIPPEER_MODEL.matcher(m.getSimpleName()).matches()
                        || givesMessagingModel(m)) && m.getSelect() != null
                        && JavaArgs.real(m.getArguments()).size() == 1
                        && (sendsToSippeerTns || !unitTest && sippeerModel || namesSippeerTnsConstant())) {
                    // a step of a builder chain is marked on its name: the chain starts lines before it
                    J at = m.getSelect() instanceof J.MethodInvocation ? m.getName() : m;
                    marks.putIfAbsent(at.getId(), new Mark(message(null), 0));
                }
                return super.visitMethodInvocation(m, p);
            }

            /**
             * A model with public fields: {@code body.messagingSettings = new SipPeerTnXml.MessagingSettings();}
             * {@code body.messagingSettings.smsEnabled = sms;} in a method that sends to sippeer TNs, or on a model
             * named for that body outside a unit test. Marked once a method, on the first such assignment.
             */
            @Override
            public J.Assignment visitAssignment(J.Assignment a, Integer p) {
                if (a.getVariable() instanceof J.FieldAccess field && !(field.getTarget() instanceof J.Identifier self
                        && self.getSimpleName().equals("this"))
                        && MESSAGING_SETTER.matcher(field.getSimpleName()).matches()
                        && Character.isLowerCase(field.getSimpleName().charAt(0))
                        && (sendsToSippeerTns || !unitTest && isSippeerTnModel(field.getTarget()) || namesSippeerTnsConstant())) {
                    J.MethodDeclaration in = getCursor().firstEnclosing(J.MethodDeclaration.class);
                    // in the model's own constructor, setter or builder step, its callers are marked instead
                    boolean own = in != null && (in.isConstructor() || JavaArgs.arity(in) == 1
                            && (MESSAGING_SETTER.matcher(in.getSimpleName()).matches()
                            || SMS_ON_SIPPEER_MODEL.matcher(in.getSimpleName()).matches()));
                    if (!own && (in == null || in.getBody() == null || !contains(in.getBody(), marks.keySet()))) {
                        marks.putIfAbsent(a.getId(), new Mark(message(null), 0));
                    }
                }
                return super.visitAssignment(a, p);
            }

            /**
             * Whether the method being visited names a constant that holds a sippeer TN path
             * ({@code put(DashboardPaths.SIPPEER_TN + tn, body)}): its literal is in the constant's declaration, so the
             * texts of the class do not place it in this method. Read only for a method with a messaging step.
             */
            private boolean namesSippeerTnsConstant() {
                J.MethodDeclaration md = getCursor().firstEnclosing(J.MethodDeclaration.class);
                if (md == null || md.getBody() == null) {
                    return false;
                }
                String path = SourcePaths.of(cu);
                boolean[] found = {false};
                new JavaIsoVisitor<Integer>() {
                    @Override
                    public J.Identifier visitIdentifier(J.Identifier id, Integer p) {
                        if (!found[0] && id.getFieldType() != null && id.getFieldType().getOwner() instanceof JavaType.FullyQualified
                                && id.getFieldType().hasFlags(Flag.Static, Flag.Final)) {
                            ResolvedText t = facts.resolve(new JavaStringAssembler(path, new java.util.HashSet<>()).assemble(id), path);
                            found[0] = SIPPEER_TNS.matcher(t.flat()).find();
                        }
                        return id;
                    }
                }.visit(md.getBody(), 0);
                return found[0];
            }

            /**
             * A body built element by element (DOM's {@code doc.createElement("MessagingSettings")}, StAX's
             * {@code writeStartElement}, a helper's {@code child(doc, root, "MessagingSettings", null)}) in a method
             * that sends to sippeer TNs or that builds the {@code SipPeerTelephoneNumber} element itself: the messaging
             * element's name is marked, once a method. Reading such a document ({@code getElementsByTagName}) is not.
             */
            private void domElement(J.MethodInvocation m) {
                if (unitTest || ELEMENT_READS.matcher(m.getSimpleName()).lookingAt()) {
                    return;
                }
                for (Expression a : JavaArgs.real(m.getArguments())) {
                    if (a instanceof J.Literal l && l.getValue() instanceof String name && MESSAGING_ELEMENTS.contains(name)) {
                        J.MethodDeclaration in = getCursor().firstEnclosing(J.MethodDeclaration.class);
                        if (in != null && in.getBody() != null && (sendsToSippeerTns || buildsSippeerTnElement(in.getBody()))
                                && !contains(in.getBody(), marks.keySet())) {
                            marks.put(l.getId(), new Mark(message(null), 0));
                        }
                        return;
                    }
                }
            }

            @Override
            public J.NewClass visitNewClass(J.NewClass nc, Integer p) {
                // new SipPeerTnPayload(tn, null, null, new MessagingSettings(enabled)): the model's messaging part,
                // given to its constructor (a setter or builder step that takes it is marked by its name instead)
                org.openrewrite.java.tree.JavaType.FullyQualified made =
                        org.openrewrite.java.tree.TypeUtils.asFullyQualified(nc.getType());
                // in the model's own wither or setter (withSms(boolean)), its callers are marked instead
                J.MethodDeclaration in = getCursor().firstEnclosing(J.MethodDeclaration.class);
                boolean setter = in != null && JavaArgs.arity(in) == 1 && (MESSAGING_SETTER.matcher(in.getSimpleName()).matches()
                        || SMS_ON_SIPPEER_MODEL.matcher(in.getSimpleName()).matches());
                if (made != null && SIPPEER_TN_MODEL.matcher(made.getClassName()).matches() && !unitTest && !setter) {
                    for (Expression a : JavaArgs.real(nc.getArguments())) {
                        org.openrewrite.java.tree.JavaType.FullyQualified at =
                                org.openrewrite.java.tree.TypeUtils.asFullyQualified(a.getType());
                        if (a instanceof J.NewClass && at != null
                                && MESSAGING_MODEL.matcher(at.getClassName().substring(at.getClassName().lastIndexOf('.') + 1)).matches()) {
                            marks.putIfAbsent(a.getId(), new Mark(message(null), 0));
                        }
                    }
                }
                return super.visitNewClass(nc, p);
            }
        }.visit(cu, 0);
    }

    /** The names of the messaging part of a sippeer TN body, as a document builder is given them. */
    private static final Set<String> MESSAGING_ELEMENTS = Set.of("MessagingSettings", "SmsEnabled", "SmsSettings");
    /** Calls that look an element up in a document rather than add it. */
    private static final Pattern ELEMENT_READS = Pattern.compile("get|find|select|has|read|evaluate|remove|contains|is[A-Z]|assert");

    /** Whether a method body names the sippeer TN element to a document builder ({@code createElement("SipPeerTelephoneNumber")}). */
    private static boolean buildsSippeerTnElement(J.Block body) {
        boolean[] found = {false};
        new JavaIsoVisitor<Integer>() {
            @Override
            public J.MethodInvocation visitMethodInvocation(J.MethodInvocation m, Integer p) {
                if (!ELEMENT_READS.matcher(m.getSimpleName()).lookingAt() && JavaArgs.real(m.getArguments()).stream()
                        .anyMatch(a -> a instanceof J.Literal l && l.getValue() instanceof String v && SIPPEER_TN_ROOTS.contains(v))) {
                    found[0] = true;
                }
                return found[0] ? m : super.visitMethodInvocation(m, p);
            }
        }.visit(body, 0);
        return found[0];
    }

    /** A step given the messaging part as a model of its own, whatever it is called: {@code .messaging(new MessagingSettings(on))}. */
    private static boolean givesMessagingModel(J.MethodInvocation m) {
        List<Expression> args = JavaArgs.real(m.getArguments());
        if (args.size() != 1 || !(args.get(0) instanceof J.NewClass made) || made.getClazz() == null) {
            return false;
        }
        String name = made.getClazz().toString();
        return MESSAGING_MODEL.matcher(name.substring(name.lastIndexOf('.') + 1)).matches();
    }

    /** The Sms flag's setter or wither on a model of the sippeer TN body. */
    private static final Pattern SMS_ON_SIPPEER_MODEL = Pattern.compile("(?:set|with)Sms|sms");

    /** Whether {@code tree} calls one of {@code methods} (by {@link Part.ConstantRef#methodKey}). */
    private static boolean calls(J tree, Set<String> methods) {
        boolean[] found = {false};
        new JavaIsoVisitor<Integer>() {
            @Override
            public J.MethodInvocation visitMethodInvocation(J.MethodInvocation m, Integer p) {
                org.openrewrite.java.tree.JavaType.Method mt = m.getMethodType();
                if (mt != null && methods.contains(Part.ConstantRef.methodKey(mt.getDeclaringType().getFullyQualifiedName(),
                        mt.getName(), mt.getParameterTypes().size()))) {
                    found[0] = true;
                }
                return found[0] ? m : super.visitMethodInvocation(m, p);
            }
        }.visit(tree, 0);
        return found[0];
    }

    private static boolean isSippeerTnModel(Expression e) {
        org.openrewrite.java.tree.JavaType.FullyQualified fq = org.openrewrite.java.tree.TypeUtils.asFullyQualified(e.getType());
        return fq != null && SIPPEER_TN_MODEL.matcher(fq.getClassName()).matches();
    }

    private static boolean contains(J tree, Set<UUID> ids) {
        boolean[] found = {false};
        new JavaIsoVisitor<Integer>() {
            @Override
            public @Nullable J visit(@Nullable Tree t, Integer p) {
                if (found[0] || t == null) {
                    return (J) t;
                }
                if (ids.contains(t.getId())) {
                    found[0] = true;
                    return (J) t;
                }
                return super.visit(t, p);
            }
        }.visit(tree, 0);
        return found[0];
    }

    private static @Nullable Origin anchor(ResolvedText t, int at) {
        ResolvedText.Located loc = t.locate(at, at + 1);
        if (loc == null) {
            return null;
        }
        Part.Known k = loc.part();
        return k.origin() != null ? k.origin().shifted(loc.start()) : k.anchor();
    }

    /** Whether the payload turns messaging on or off, when it says so plainly. */
    private static @Nullable Boolean smsEnabled(String flat) {
        Optional<PayloadReader.Element> e = PayloadReader.elements(flat,
                n -> n.equalsIgnoreCase("SmsEnabled") || n.equalsIgnoreCase("Sms")).stream().findFirst();
        if (e.isEmpty()) {
            return null;
        }
        String v = e.get().value().trim().toLowerCase(Locale.ROOT);
        return v.equals("true") || v.equals("on") ? Boolean.TRUE : v.equals("false") || v.equals("off") ? Boolean.FALSE : null;
    }

    private static Tree xml(Xml.Document doc, ExecutionContext ctx) {
        Xml.Tag root = doc.getRoot();
        if (root == null || !SIPPEER_TN_ROOTS.contains(root.getName())) {
            return doc;
        }
        String flat = doc.printAll();
        Boolean enable = smsEnabled(flat);
        return new XmlIsoVisitor<ExecutionContext>() {
            @Override
            public Xml.Tag visitTag(Xml.Tag tag, ExecutionContext c) {
                Xml.Tag t = super.visitTag(tag, c);
                String n = t.getName();
                boolean topMessaging = n.equals("MessagingSettings") || n.equals("SmsSettings")
                        || (n.equals("SmsEnabled") || n.equals("Sms")) && !insideMessaging();
                return topMessaging ? mark(t, message(enable)) : t;
            }

            private boolean insideMessaging() {
                for (Xml.Tag parent = getCursor().getParentTreeCursor().getValue() instanceof Xml.Tag p ? p : null; parent != null; ) {
                    return parent.getName().equals("MessagingSettings") || parent.getName().equals("SmsSettings");
                }
                return false;
            }
        }.visitNonNull(doc, ctx);
    }

    /** A finding to put on a tree: its message, at {@code offset} into the tree's text (a literal's messaging settings). */
    private record Mark(String message, int offset) {
    }

    private static <T extends Tree> T mark(T tree, @Nullable String message) {
        return message == null ? tree : mark(tree, new Mark(message, 0));
    }

    private static <T extends Tree> T mark(T tree, @Nullable Mark mark) {
        if (mark == null) {
            return tree;
        }
        return PlanApplier.mark(tree, List.of(finding(tree, mark)));
    }

    private static PlannedFinding finding(Tree tree, Mark mark) {
        return new PlannedFinding(Rule.BW009, new Origin("", tree.getId(), mark.offset()), mark.message(), null);
    }
}
