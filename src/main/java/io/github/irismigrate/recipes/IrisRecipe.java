package io.github.irismigrate.recipes;

import io.github.irismigrate.analysis.Origin;
import io.github.irismigrate.analysis.Part;
import io.github.irismigrate.analysis.ProjectFacts;
import io.github.irismigrate.analysis.ResolvedText;
import io.github.irismigrate.catalog.Rule;
import org.jspecify.annotations.Nullable;
import org.openrewrite.ExecutionContext;
import org.openrewrite.Option;
import org.openrewrite.ScanningRecipe;
import org.openrewrite.SourceFile;
import org.openrewrite.Tree;
import org.openrewrite.TreeVisitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Base of every rule recipe: scans the project once into shared {@link ProjectFacts}, plans the rule's findings
 * over the whole project, then fixes or marks them file by file. With {@code reportOnly} nothing is rewritten and
 * every finding, fixable or not, is a search result.
 */
public abstract class IrisRecipe extends ScanningRecipe<ProjectFacts> {

    @Option(displayName = "Report only",
            description = "When true, nothing is rewritten: every v1 usage is reported as a search result.",
            required = false,
            example = "true")
    protected @Nullable Boolean reportOnly;

    protected IrisRecipe(@Nullable Boolean reportOnly) {
        this.reportOnly = reportOnly;
    }

    public abstract Rule rule();

    public @Nullable Boolean getReportOnly() {
        return reportOnly;
    }

    protected boolean fixing() {
        return !Boolean.TRUE.equals(reportOnly) && rule().action() == Rule.Action.FIX;
    }

    @Override
    public String getDisplayName() {
        return rule().id() + " " + rule().shortDescription();
    }

    @Override
    public String getDescription() {
        String d = rule().fullDescription();
        return d.endsWith(".") ? d : d + ".";
    }

    @Override
    public Set<String> getTags() {
        return Set.of("bandwidth", "iris", "migration", rule().id());
    }

    @Override
    public ProjectFacts getInitialValue(ExecutionContext ctx) {
        return ProjectFacts.shared(ctx);
    }

    @Override
    public TreeVisitor<?, ExecutionContext> getScanner(ProjectFacts facts) {
        return new TreeVisitor<Tree, ExecutionContext>() {
            @Override
            public @Nullable Tree visit(@Nullable Tree tree, ExecutionContext ctx) {
                if (tree instanceof SourceFile sf) {
                    try {
                        facts.scan(sf);
                    } catch (RuntimeException | StackOverflowError e) {
                        RuleFailures.record(ctx, sf.getSourcePath().toString(), "scan", e);
                    }
                }
                return tree;
            }
        };
    }

    @Override
    public TreeVisitor<?, ExecutionContext> getVisitor(ProjectFacts facts) {
        Map<UUID, List<PlannedFinding>> plan;
        try {
            plan = facts.derive(planKey(), f -> index(keepSharedLeaves(plan(new RuleContext(f)), f)));
        } catch (RuntimeException | StackOverflowError e) {
            // a rule whose planning fails reports nothing, and says so once; the other rules run on
            return new TreeVisitor<Tree, ExecutionContext>() {
                private boolean reported;

                @Override
                public @Nullable Tree visit(@Nullable Tree tree, ExecutionContext ctx) {
                    if (!reported && tree instanceof SourceFile) {
                        reported = true;
                        RuleFailures.record(ctx, "", rule().id(), e);
                    }
                    return tree;
                }
            };
        }
        // getVisitor is called for every file: the set of files the plan touches is worked out once
        java.util.Optional<Set<String>> planned = facts.derive(planKey() + "#files",
                f -> java.util.Optional.ofNullable(PlanApplier.files(plan)));
        TreeVisitor<?, ExecutionContext> applier = new PlanApplier(plan, fixing(), planned.orElse(null));
        TreeVisitor<?, ExecutionContext> extra = treeVisitor(facts);
        return new TreeVisitor<Tree, ExecutionContext>() {
            @Override
            public @Nullable Tree visit(@Nullable Tree tree, ExecutionContext ctx) {
                try {
                    Tree t = applier.visit(tree, ctx);
                    return extra == null ? t : extra.visit(t, ctx);
                } catch (RuntimeException | StackOverflowError e) {
                    if (!(tree instanceof SourceFile sf)) {
                        throw e; // a failure inside a file is caught where the whole file is visited
                    }
                    RuleFailures.record(ctx, sf.getSourcePath().toString(), rule().id(), e);
                    return tree; // this rule's change to this file is dropped; nothing else is lost
                }
            }
        };
    }

    /** Cache key of this recipe's plan: the rule and every option that changes it. */
    protected String planKey() {
        return getClass().getName();
    }

    /** Findings over the whole project, decided from resolved texts. Rules that work on trees only return none. */
    protected List<PlannedFinding> plan(RuleContext context) {
        return List.of();
    }

    /** A visitor for what is matched on trees (SDK calls), run after the plan is applied; null when none. */
    protected @Nullable TreeVisitor<?, ExecutionContext> treeVisitor(ProjectFacts facts) {
        return null;
    }

    /**
     * The plan with every edit of a leaf that code off the Dashboard also uses (see
     * {@link ProjectFacts#leavesSharedWithOtherApis}) turned into a flag that says why it is not rewritten.
     */
    static List<PlannedFinding> keepSharedLeaves(List<PlannedFinding> findings, ProjectFacts facts) {
        Set<UUID> shared = facts.leavesSharedWithOtherApis();
        if (shared.isEmpty()) {
            return findings;
        }
        List<PlannedFinding> out = new ArrayList<>(findings.size());
        for (PlannedFinding f : findings) {
            if (f.edit() != null && shared.contains(f.anchor().treeId())) {
                out.add(new PlannedFinding(f.rule(), f.anchor(), f.message() + SHARED_NOTE, null, false));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    static final String SHARED_NOTE = " (not rewritten: this text is also used by code that does not call the Dashboard,"
            + " such as your own endpoints or another API; give the Dashboard requests their own text)";

    private static Map<UUID, List<PlannedFinding>> index(List<PlannedFinding> findings) {
        Map<UUID, List<PlannedFinding>> byTree = new HashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (PlannedFinding f : findings) {
            String key = f.anchor().treeId() + "|" + f.rule() + "|" + (f.edit() == null ? f.message() : f.edit().start() + ":" + f.edit().oldText());
            if (seen.add(key)) {
                byTree.computeIfAbsent(f.anchor().treeId(), k -> new ArrayList<>()).add(f);
            }
        }
        return byTree;
    }

    /**
     * A finding for the range [start, end) of a resolved text: fixed in place when the range lies inside one
     * editable leaf, else flagged on the tree that carries it.
     */
    protected static @Nullable PlannedFinding finding(Rule rule, ResolvedText text, int start, int end,
                                                       @Nullable String replacement, String message) {
        ResolvedText.Located loc = text.locate(start, end);
        if (loc == null && end - start > 1 && text.flat().charAt(start) == '/' && isSeparator(text.locate(start, start + 1))
                && (replacement == null || replacement.startsWith("/"))) {
            // "/api" where the '/' is the separator a builder puts between segments: edit the segment itself
            return finding(rule, text, start + 1, end, replacement == null ? null : replacement.substring(1), message);
        }
        if (loc != null) {
            Part.Known k = loc.part();
            if (k.origin() != null) {
                Origin o = k.origin();
                int s = o.offset() + loc.start();
                TextEdit edit = null;
                if (replacement != null) {
                    edit = new TextEdit(s, loc.text(), replacement, k.segment());
                }
                return new PlannedFinding(rule, edit == null ? o.shifted(loc.start()) : o, message, edit);
            }
            if (k.anchor() != null) {
                return new PlannedFinding(rule, k.anchor(), message, null);
            }
        }
        for (Part.Known k : text.overlapping(start, end)) {
            Origin where = k.origin() != null ? k.origin() : k.anchor();
            if (where != null) {
                return new PlannedFinding(rule, where, message, null);
            }
        }
        return null;
    }

    /** A '/' the analysis added between path segments, held by no leaf of the source. */
    private static boolean isSeparator(ResolvedText.@Nullable Located loc) {
        return loc != null && loc.part().origin() == null && loc.part().anchor() == null && loc.part().text().equals("/");
    }
}
