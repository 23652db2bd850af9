package io.github.irismigrate.recipes;

import io.github.irismigrate.analysis.SourcePaths;
import io.github.irismigrate.analysis.JavaArgs;
import org.jspecify.annotations.Nullable;
import org.openrewrite.Cursor;
import org.openrewrite.ExecutionContext;
import org.openrewrite.SourceFile;
import org.openrewrite.Tree;
import org.openrewrite.TreeVisitor;
import org.openrewrite.java.JavaIsoVisitor;
import org.openrewrite.java.tree.Expression;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.JRightPadded;
import org.openrewrite.java.tree.Space;
import org.openrewrite.json.JsonIsoVisitor;
import org.openrewrite.kotlin.tree.K;
import org.openrewrite.json.tree.Json;
import org.openrewrite.marker.Markers;
import org.openrewrite.marker.SearchResult;
import org.openrewrite.properties.PropertiesIsoVisitor;
import org.openrewrite.properties.tree.Properties;
import org.openrewrite.xml.XmlIsoVisitor;
import org.openrewrite.xml.tree.Xml;
import org.openrewrite.yaml.YamlIsoVisitor;
import org.openrewrite.yaml.tree.Yaml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Applies a rule's plan to one file: fixes what can be fixed (unless report-only), and marks every other
 * planned finding with a {@link SearchResult} and an {@link IrisFinding}.
 */
final class PlanApplier extends TreeVisitor<Tree, ExecutionContext> {
    /** A plain YAML scalar that YAML reads as a number: {@code +19192150001}, {@code 9192150001}. */
    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("[+-]?[0-9][0-9_]*");

    private final Map<UUID, List<PlannedFinding>> plan;
    private final boolean fix;
    /**
     * The files holding an anchor of the plan: every other file is left without being walked. Null when an anchor
     * does not name its file: then every file is walked.
     */
    private final java.util.@Nullable Set<String> files;

    /** An applier that walks every file. */
    PlanApplier(Map<UUID, List<PlannedFinding>> plan, boolean fix) {
        this(plan, fix, null);
    }

    /** An applier that walks only {@code files} (see {@link #files(Map)}), or every file when null. */
    PlanApplier(Map<UUID, List<PlannedFinding>> plan, boolean fix, java.util.@Nullable Set<String> files) {
        this.plan = plan;
        this.fix = fix;
        this.files = files;
    }

    /** The files holding an anchor of {@code plan}; null when an anchor does not name its file. */
    static java.util.@Nullable Set<String> files(Map<UUID, List<PlannedFinding>> plan) {
        java.util.Set<String> named = new java.util.HashSet<>();
        for (List<PlannedFinding> fs : plan.values()) {
            for (PlannedFinding f : fs) {
                if (f.anchor().sourcePath().isEmpty()) {
                    return null;
                }
                named.add(f.anchor().sourcePath());
            }
        }
        return named;
    }

    @Override
    public boolean isAcceptable(SourceFile sourceFile, ExecutionContext ctx) {
        return true;
    }

    @Override
    public @Nullable Tree visit(@Nullable Tree tree, ExecutionContext ctx) {
        if (files != null && tree instanceof SourceFile sf && !files.contains(SourcePaths.of(sf))) {
            return tree;
        }
        if (tree instanceof J.CompilationUnit || tree instanceof K.CompilationUnit) {
            // a mark inside a Kotlin string template would be printed into the string: it goes on the whole template
            Map<UUID, List<PlannedFinding>> onTemplates = new java.util.HashMap<>();
            return new JavaIsoVisitor<ExecutionContext>() {
                @Override
                public J.Literal visitLiteral(J.Literal literal, ExecutionContext c) {
                    Object parent = getCursor().getParentTreeCursor().getValue();
                    return applyToLiteral(literal, parent instanceof J.MethodInvocation m ? m : null, getCursor(), onTemplates);
                }

                @Override
                public J postVisit(J tree, ExecutionContext c) {
                    List<PlannedFinding> held = tree instanceof K.StringTemplate ? onTemplates.remove(tree.getId()) : null;
                    return held == null ? tree : mark(tree, held);
                }

                @Override
                public J.MethodInvocation visitMethodInvocation(J.MethodInvocation method, ExecutionContext c) {
                    J.MethodInvocation m = super.visitMethodInvocation(method, c);
                    return fix ? insertSegments(m) : m;
                }

                @Override
                public J.Identifier visitIdentifier(J.Identifier identifier, ExecutionContext c) {
                    return markOnly(identifier, getCursor(), onTemplates);
                }

                @Override
                public J.FieldAccess visitFieldAccess(J.FieldAccess fieldAccess, ExecutionContext c) {
                    return markOnly(super.visitFieldAccess(fieldAccess, c), getCursor(), onTemplates);
                }
            }.visit(tree, ctx);
        }
        if (tree instanceof org.openrewrite.text.PlainText pt) {
            // a HOCON file's values are leaves of their own ids (ConfigFactsCollector): its findings, by its path
            String path = SourcePaths.of(pt);
            List<PlannedFinding> fs = new ArrayList<>();
            for (List<PlannedFinding> planned : plan.values()) {
                for (PlannedFinding f : planned) {
                    if (f.anchor().sourcePath().equals(path)) {
                        fs.add(f);
                    }
                }
            }
            return fs.isEmpty() ? tree : applyToText(pt, fs);
        }
        if (tree instanceof Properties.File) {
            return new PropertiesIsoVisitor<ExecutionContext>() {
                @Override
                public Properties.Entry visitEntry(Properties.Entry entry, ExecutionContext c) {
                    List<PlannedFinding> fs = plan.get(entry.getId());
                    if (fs == null) {
                        return entry;
                    }
                    String text = entry.getValue().getText();
                    Result r = applyEdits(text, text, fs);
                    Properties.Entry e = r.changed() ? entry.withValue(entry.getValue().withText(r.value())) : entry;
                    return mark(e, r.unfixed());
                }
            }.visit(tree, ctx);
        }
        if (tree instanceof Yaml.Documents) {
            return new YamlIsoVisitor<ExecutionContext>() {
                @Override
                public Yaml.Scalar visitScalar(Yaml.Scalar scalar, ExecutionContext c) {
                    List<PlannedFinding> fs = plan.get(scalar.getId());
                    if (fs == null) {
                        return scalar;
                    }
                    Result r = applyEdits(scalar.getValue(), scalar.getValue(), fs);
                    Yaml.Scalar changed = r.changed() ? scalar.withValue(r.value()) : scalar;
                    if (r.changed() && scalar.getStyle() == Yaml.Scalar.Style.PLAIN && PLAIN_NUMBER.matcher(r.value()).matches()) {
                        // canary-tn: 9192150001 -> "+19192150001": plain, YAML reads +19192150001 as a number, its + lost
                        changed = changed.withStyle(Yaml.Scalar.Style.DOUBLE_QUOTED);
                    }
                    return mark(changed, r.unfixed());
                }
            }.visit(tree, ctx);
        }
        if (tree instanceof Xml.Document) {
            return new XmlIsoVisitor<ExecutionContext>() {
                @Override
                public Xml.CharData visitCharData(Xml.CharData charData, ExecutionContext c) {
                    List<PlannedFinding> fs = plan.get(charData.getId());
                    if (fs == null) {
                        return charData;
                    }
                    Result r = applyEdits(charData.getText(), charData.getText(), xmlEscaped(fs));
                    return mark(r.changed() ? charData.withText(r.value()) : charData, r.unfixed());
                }

                @Override
                public Xml.Attribute visitAttribute(Xml.Attribute attribute, ExecutionContext c) {
                    List<PlannedFinding> fs = plan.get(attribute.getId());
                    if (fs == null) {
                        return attribute;
                    }
                    String v = attribute.getValueAsString();
                    Result r = applyEdits(v, v, xmlEscaped(fs));
                    Xml.Attribute a = r.changed() ? attribute.withValue(attribute.getValue().withValue(r.value())) : attribute;
                    return mark(a, r.unfixed());
                }
            }.visit(tree, ctx);
        }
        if (tree instanceof Json.Document) {
            return new JsonIsoVisitor<ExecutionContext>() {
                @Override
                public Json.Literal visitLiteral(Json.Literal literal, ExecutionContext c) {
                    List<PlannedFinding> fs = plan.get(literal.getId());
                    if (fs == null || !(literal.getValue() instanceof String s)) {
                        return literal;
                    }
                    Result r = applyEdits(s, literal.getSource(), fs);
                    Json.Literal l = r.changed() ? literal.withValue(r.value()).withSource(r.source()) : literal;
                    return mark(l, r.unfixed());
                }
            }.visit(tree, ctx);
        }
        return tree;
    }

    private J.Literal applyToLiteral(J.Literal literal, J.@Nullable MethodInvocation call, Cursor cursor,
                                     Map<UUID, List<PlannedFinding>> onTemplates) {
        List<PlannedFinding> fs = plan.get(literal.getId());
        if (fs == null || !(literal.getValue() instanceof String s) || literal.getValueSource() == null) {
            return literal;
        }
        List<PlannedFinding> here = new ArrayList<>();
        for (PlannedFinding f : fs) {
            if (fix && f.edit() != null && f.edit().segment() && f.edit().replacement().contains("/")
                    && insertsSegments(call, s, f.edit())) {
                continue; // the call gets the new segments (insertSegments), the literal stays as it is
            }
            here.add(f);
        }
        Result r = applyEdits(s, literal.getValueSource(), here);
        J.Literal l = r.changed() ? literal.withValue(r.value()).withValueSource(r.source()) : literal;
        return markIn(l, r.unfixed(), cursor, onTemplates);
    }

    /**
     * Marks {@code tree}, or, when it sits inside a Kotlin string template ({@code "$base/accounts/$id/externalTns"}),
     * holds the findings for the outermost such template: a mark is printed as a comment before its tree, which
     * inside a template would become part of the string.
     */
    static <T extends J> T markIn(T tree, List<PlannedFinding> findings, Cursor cursor,
                                          Map<UUID, List<PlannedFinding>> onTemplates) {
        if (findings.isEmpty()) {
            return tree;
        }
        K.StringTemplate outermost = null;
        Cursor at = null;
        for (Cursor c = cursor.getParent(); c != null; c = c.getParent()) {
            if (c.getValue() instanceof K.StringTemplate st) {
                outermost = st;
                at = c;
            }
        }
        if (outermost == null) {
            return mark(tree, findings);
        }
        // where the finding is in the template's text, so that a report points at the line of a raw string it is on
        int shift = offsetInTemplate(tree, outermost, at);
        List<PlannedFinding> held = onTemplates.computeIfAbsent(outermost.getId(), k -> new ArrayList<>());
        for (PlannedFinding f : findings) {
            held.add(f.edit() != null || shift < 0 ? f
                    : new PlannedFinding(f.rule(), f.anchor().shifted(shift), f.message(), null, f.fixedOnTree()));
        }
        return tree;
    }

    /**
     * How many characters of {@code template}'s text, as written between its quotes, come before the piece that holds
     * {@code tree} (the piece itself when it is one of the template's literals); -1 when it cannot be told.
     */
    private static int offsetInTemplate(J tree, K.StringTemplate template, Cursor templateCursor) {
        int length = 0;
        for (J piece : template.getStrings()) {
            if (piece == tree) {
                return length;
            }
            if (piece instanceof J.Literal l && l.getValueSource() != null) {
                length += l.getValueSource().length();
            } else if (piece instanceof K.StringTemplate.Expression x) {
                String printed = x.printTrimmed(templateCursor);
                if (contains(x, tree)) {
                    return length;
                }
                length += printed.length();
            } else {
                return -1;
            }
        }
        return -1;
    }

    private static boolean contains(J tree, J inner) {
        boolean[] found = {false};
        new JavaIsoVisitor<Integer>() {
            @Override
            public @Nullable J visit(@Nullable Tree t, Integer p) {
                if (found[0] || t == inner) {
                    found[0] = true;
                    return (J) t;
                }
                return super.visit(t, p);
            }
        }.visit(tree, 0);
        return found[0];
    }

    private static final java.util.Set<String> SEGMENT_LIST_CALLS = java.util.Set.of("pathSegment", "setPathSegments", "appendPathSegments");

    /** True when {@link #insertSegments} can apply a segment edit that adds a '/' to the whole literal {@code value}. */
    private static boolean insertsSegments(J.@Nullable MethodInvocation call, String value, TextEdit e) {
        if (call == null || !value.equals(e.oldText())) {
            return false;
        }
        return call.getSimpleName().equals("addPathSegment") && JavaArgs.real(call.getArguments()).size() == 1
                || SEGMENT_LIST_CALLS.contains(call.getSimpleName());
    }

    private <T extends J> T markOnly(T tree, Cursor cursor, Map<UUID, List<PlannedFinding>> onTemplates) {
        List<PlannedFinding> fs = plan.get(tree.getId());
        return fs == null ? tree : markIn(tree, fs, cursor, onTemplates);
    }

    /**
     * A segment edit that must add a path segment ({@code importTnOrders} to {@code importTnOrders/messaging} inside
     * {@code pathSegment(..)} or {@code addPathSegment(..)}): a '/' would be encoded there, so the fix adds the
     * segment as its own argument, or switches OkHttp's {@code addPathSegment} to {@code addPathSegments}.
     */
    private J.MethodInvocation insertSegments(J.MethodInvocation m) {
        List<Expression> args = m.getArguments();
        for (int i = 0; i < args.size(); i++) {
            if (!(args.get(i) instanceof J.Literal lit) || !(lit.getValue() instanceof String value)) {
                continue;
            }
            List<PlannedFinding> fs = plan.get(lit.getId());
            if (fs == null) {
                continue;
            }
            for (PlannedFinding f : fs) {
                TextEdit e = f.edit();
                if (e == null || !e.segment() || !e.replacement().contains("/") || !insertsSegments(m, value, e)) {
                    continue;
                }
                if (m.getSimpleName().equals("addPathSegment")) {
                    String src = lit.getValueSource() == null ? null : lit.getValueSource().replace(value, e.replacement());
                    J.Literal nl = lit.withValue(e.replacement()).withValueSource(src);
                    return m.withName(m.getName().withSimpleName("addPathSegments")).withArguments(List.of(nl));
                }
                List<Expression> next = new ArrayList<>(args);
                String[] pieces = e.replacement().split("/");
                next.remove(i);
                for (int p = pieces.length - 1; p >= 0; p--) {
                    Space prefix = p == 0 ? lit.getPrefix() : Space.SINGLE_SPACE;
                    next.add(i, new J.Literal(org.openrewrite.Tree.randomId(), prefix, Markers.EMPTY, pieces[p],
                            "\"" + pieces[p] + "\"", null, org.openrewrite.java.tree.JavaType.Primitive.String));
                }
                return m.withArguments(next);
            }
        }
        return m;
    }

    record Result(String value, String source, boolean changed, List<PlannedFinding> unfixed) {
    }

    /**
     * Applies the fixable findings' edits to a leaf's value and to its source form (which differ by quotes and
     * escapes); returns what stays unfixed. An edit is applied to the source only where the old text occurs there
     * exactly as often as in the value, so escapes can never shift it.
     */
    /** A bare {@code &} or {@code <}, not the start of an entity already written. */
    private static final java.util.regex.Pattern XML_SPECIAL = java.util.regex.Pattern.compile(
            "&(?!(?:amp|lt|gt|quot|apos|#\\d+|#x[0-9a-fA-F]+);)|<");

    /**
     * The edits of XML text and attribute values as XML: an inserted {@code countryCodeA3=USA&} must be written
     * {@code &amp;} there (XML text is edited as written, entities and all), or the document no longer parses.
     */
    private static List<PlannedFinding> xmlEscaped(List<PlannedFinding> findings) {
        List<PlannedFinding> out = new ArrayList<>(findings.size());
        for (PlannedFinding f : findings) {
            TextEdit e = f.edit();
            if (e == null || !XML_SPECIAL.matcher(e.replacement()).find()) {
                out.add(f);
                continue;
            }
            String escaped = XML_SPECIAL.matcher(e.replacement()).replaceAll(m -> m.group().equals("<") ? "&lt;" : "&amp;");
            out.add(new PlannedFinding(f.rule(), f.anchor(), f.message(),
                    new TextEdit(e.start(), e.oldText(), escaped, e.segment()), f.fixedOnTree()));
        }
        return out;
    }

    private Result applyEdits(String value, String source, List<PlannedFinding> findings) {
        List<PlannedFinding> unfixed = new ArrayList<>();
        List<PlannedFinding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt((PlannedFinding f) -> f.edit() == null ? -1 : f.edit().start()).reversed());
        String v = value;
        String s = source;
        boolean changed = false;
        for (PlannedFinding f : sorted) {
            TextEdit e = f.edit();
            if (!fix || e == null || e.segment() && e.replacement().contains("/")) {
                if (e == null || !fix || e.find(v) >= 0) {
                    unfixed.add(f);
                }
                continue;
            }
            if (e.find(v) < 0) {
                continue; // already fixed (by an earlier cycle or recipe): nothing to do, nothing to report
            }
            String[] applied = e.apply(v, s);
            if (applied == null) {
                unfixed.add(f);
                continue;
            }
            v = applied[0];
            s = applied[1];
            changed = true;
        }
        return new Result(v, s, changed, unfixed);
    }

    /**
     * A plain-text file (HOCON) whose findings sit at offsets of the whole text: the fixable ones are edited in place,
     * the others marked on a snippet that starts where they are (the snippets another rule made are kept, their
     * starts moved by the edits before them), so that a report names each one's line.
     */
    private org.openrewrite.text.PlainText applyToText(org.openrewrite.text.PlainText pt, List<PlannedFinding> findings) {
        StringBuilder whole = new StringBuilder(pt.getText());
        java.util.TreeMap<Integer, org.openrewrite.marker.Markers> marks = new java.util.TreeMap<>();
        for (org.openrewrite.text.PlainText.Snippet sn : pt.getSnippets()) {
            if (!sn.getMarkers().getMarkers().isEmpty()) {
                marks.put(whole.length(), sn.getMarkers());
            }
            whole.append(sn.getText());
        }
        String text = whole.toString();
        List<PlannedFinding> unfixed = new ArrayList<>();
        List<PlannedFinding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt((PlannedFinding f) -> f.edit() == null ? -1 : f.edit().start()).reversed());
        List<int[]> applied = new ArrayList<>(); // {where, how many characters more}
        for (PlannedFinding f : sorted) {
            TextEdit e = f.edit();
            int at = fix && e != null ? e.find(text) : -1;
            if (at < 0) {
                unfixed.add(f);
                continue;
            }
            text = text.substring(0, at) + e.replacement() + text.substring(at + e.oldText().length());
            applied.add(new int[]{at, e.replacement().length() - e.oldText().length()});
        }
        java.util.TreeMap<Integer, org.openrewrite.marker.Markers> moved = new java.util.TreeMap<>();
        marks.forEach((at, m) -> moved.put(shift(at, applied), m));
        for (PlannedFinding f : unfixed) {
            int at = Math.max(0, Math.min(text.length(), shift(f.edit() != null ? f.edit().start() : f.anchor().offset(), applied)));
            org.openrewrite.marker.Markers m = moved.getOrDefault(at, org.openrewrite.marker.Markers.EMPTY);
            org.openrewrite.text.PlainText.Snippet holder = mark(new org.openrewrite.text.PlainText.Snippet(Tree.randomId(), m, ""),
                    List.of(f));
            moved.put(at, holder.getMarkers());
        }
        if (moved.isEmpty()) {
            return text.equals(pt.getText()) && pt.getSnippets().isEmpty() ? pt : pt.withText(text).withSnippets(List.of());
        }
        List<org.openrewrite.text.PlainText.Snippet> snippets = new ArrayList<>();
        List<Integer> starts = new ArrayList<>(moved.keySet());
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k);
            int to = k + 1 < starts.size() ? starts.get(k + 1) : text.length();
            snippets.add(new org.openrewrite.text.PlainText.Snippet(Tree.randomId(), moved.get(from), text.substring(from, to)));
        }
        return pt.withText(text.substring(0, starts.get(0))).withSnippets(snippets);
    }

    /** An offset of the text before the edits, where it is after them. */
    private static int shift(int at, List<int[]> applied) {
        int out = at;
        for (int[] e : applied) {
            if (e[0] < at) {
                out += e[1];
            }
        }
        return out;
    }

    static <T extends Tree> T mark(T tree, List<PlannedFinding> findings) {
        T t = tree;
        for (PlannedFinding f : findings) {
            boolean present = t.getMarkers().findAll(IrisFinding.class).stream()
                    .anyMatch(m -> m.ruleId().equals(f.rule().id()) && m.message().equals(f.message()));
            if (present) {
                continue;
            }
            t = SearchResult.found(t, f.message());
            t = t.withMarkers(t.getMarkers().add(new IrisFinding(Tree.randomId(), f.rule().id(), f.message(), f.fixable(),
                    f.edit() != null ? f.edit().start() : f.anchor().offset())));
        }
        return t;
    }
}
