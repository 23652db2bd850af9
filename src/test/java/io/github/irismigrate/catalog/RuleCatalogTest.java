package io.github.irismigrate.catalog;

import io.github.irismigrate.engine.RecipeCatalog;
import io.github.irismigrate.engine.RunOptions;
import io.github.irismigrate.recipes.IrisRecipe;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One rule = one catalog entry + one recipe class + one test class + one doc page + a place in each composite (opt-in rules: only in the LEGACY one). */
class RuleCatalogTest {
    /** Every rule recipe the tool runs (with LEGACY chosen, so the opt-in rule is among them). */
    static final List<IrisRecipe> IMPLEMENTED = RecipeCatalog.rules(false, new RunOptions("USA", "LEGACY"));

    /** Opt-in rules: listed once, in the LEGACY composite only, with the option that enables them. */
    static final java.util.Set<Rule> OPT_IN = java.util.Set.of(Rule.BW010);

    @Test
    void everyImplementedRuleHasRecipeTestDocAndCompositeEntries() throws IOException {
        String composites = Files.readString(Path.of("recipes/iris-migrate.yml"));
        for (IrisRecipe recipe : IMPLEMENTED) {
            Rule rule = recipe.rule();
            assertThat(Path.of(rule.docPath())).as("doc page of " + rule).exists();
            assertThat(Files.readString(Path.of(rule.docPath()))).as("doc page of " + rule).startsWith("# " + rule.id() + " " + rule.ruleName());
            String testClass = "src/test/java/" + recipe.getClass().getName().replace('.', '/') + "Test.java";
            assertThat(Path.of(testClass)).as("test class of " + rule).exists();
            String name = recipe.getClass().getName();
            int migrate = uses(composite(composites, "MigrateToApiV2"), name);
            int find = uses(composite(composites, "FindApiV1Usages"), name);
            int legacy = uses(composite(composites, "MigrateToApiV2LegacyNumberFormat"), name);
            if (OPT_IN.contains(rule)) {
                assertThat(List.of(migrate, find, legacy)).as(rule + " only in MigrateToApiV2LegacyNumberFormat").containsExactly(0, 0, 1);
            } else {
                assertThat(List.of(migrate, find, legacy)).as(rule + " in MigrateToApiV2, FindApiV1Usages and MigrateToApiV2LegacyNumberFormat")
                        .containsExactly(1, 1, 1);
            }
            assertThat(recipe.getDescription()).endsWith(".");
        }
        assertThat(IMPLEMENTED.stream().map(IrisRecipe::rule).distinct()).hasSize(IMPLEMENTED.size());
    }

    /** The recipe list of one composite of recipes/iris-migrate.yml. */
    private static String composite(String yml, String simpleName) {
        for (String doc : yml.split("(?m)^---\\s*$")) {
            if (doc.contains("\nname: io.github.irismigrate." + simpleName + "\n")) {
                return doc;
            }
        }
        throw new AssertionError("no composite " + simpleName);
    }

    private static int uses(String composite, String recipe) {
        return composite.split(java.util.regex.Pattern.quote(recipe) + "\\b", -1).length - 1;
    }

    @Test
    void allElevenRulesAreImplemented() {
        assertThat(IMPLEMENTED.stream().map(IrisRecipe::rule)).containsExactlyInAnyOrder(Rule.values());
    }

    /** rewrite-maven-plugin users run the YAML composites, the Maven plugin runs RecipeCatalog's: the same rules. */
    @Test
    void declarativeCompositesHoldTheSameRulesAsTheEngine() throws IOException {
        org.openrewrite.config.Environment env;
        try (var in = Files.newInputStream(Path.of("recipes/iris-migrate.yml"))) {
            env = org.openrewrite.config.Environment.builder().load(new org.openrewrite.config.YamlResourceLoader(in,
                    Path.of("recipes/iris-migrate.yml").toUri(), new java.util.Properties())).build();
        }
        RunOptions e164 = RunOptions.DEFAULTS;
        RunOptions legacy = new RunOptions("USA", "LEGACY");
        assertThat(classes(env.activateRecipes(RecipeCatalog.MIGRATE))).containsExactlyElementsOf(classes(RecipeCatalog.migrate(e164)));
        assertThat(classes(env.activateRecipes(RecipeCatalog.MIGRATE_LEGACY))).containsExactlyElementsOf(classes(RecipeCatalog.migrate(legacy)));
        org.openrewrite.Recipe find = env.activateRecipes(RecipeCatalog.FIND);
        assertThat(classes(find)).containsExactlyElementsOf(classes(RecipeCatalog.find(e164)));
        for (org.openrewrite.Recipe r : leaves(find)) {
            assertThat(((IrisRecipe) r).getReportOnly()).as(r.getName() + " in FindApiV1Usages").isTrue();
        }
    }

    private static List<String> classes(org.openrewrite.Recipe composite) {
        return leaves(composite).stream().map(r -> r.getClass().getName()).toList();
    }

    private static List<org.openrewrite.Recipe> leaves(org.openrewrite.Recipe r) {
        if (r instanceof IrisRecipe) {
            return List.of(r);
        }
        List<org.openrewrite.Recipe> out = new java.util.ArrayList<>();
        for (org.openrewrite.Recipe sub : r.getRecipeList()) {
            out.addAll(leaves(sub));
        }
        return out;
    }

    @Test
    void everyRuleHasCompleteMetadataAndOneMessageShape() {
        for (Rule rule : Rule.values()) {
            assertThat(rule.id()).matches("BW0\\d\\d");
            assertThat(rule.ruleName()).matches("[a-z0-9-]+");
            assertThat(rule.shortDescription()).isNotBlank().doesNotEndWith(".");
            assertThat(rule.fullDescription()).isNotBlank();
            assertThat(rule.helpUri()).startsWith("https://").endsWith(rule.id() + ".md");
            assertThat(rule.message("what changes", "what to do")).isEqualTo("[" + rule.id() + "] what changes; what to do");
        }
        assertThat(Rule.values()).hasSize(11);
    }
}
