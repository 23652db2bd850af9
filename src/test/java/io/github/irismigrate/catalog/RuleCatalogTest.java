package io.github.irismigrate.catalog;

import io.github.irismigrate.recipes.AreaCodeAsInteger;
import io.github.irismigrate.recipes.AreaCodeNeedsCountry;
import io.github.irismigrate.recipes.E911Addresses;
import io.github.irismigrate.recipes.ExternalTnsRemoved;
import io.github.irismigrate.recipes.ImportOrdersMessaging;
import io.github.irismigrate.recipes.IrisRecipe;
import io.github.irismigrate.recipes.SdkEndpointStuckOnV1;
import io.github.irismigrate.recipes.TenDigitNumberExpected;
import io.github.irismigrate.recipes.V1BasePath;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One rule = one catalog entry + one recipe class + one test class + one doc page + a place in both composites. */
class RuleCatalogTest {
    static final List<IrisRecipe> IMPLEMENTED = List.of(new V1BasePath(), new E911Addresses(), new ImportOrdersMessaging(),
            new ExternalTnsRemoved(), new SdkEndpointStuckOnV1(), new AreaCodeNeedsCountry(), new TenDigitNumberExpected(),
            new AreaCodeAsInteger());

    @Test
    void everyImplementedRuleHasRecipeTestDocAndCompositeEntries() throws IOException {
        String composites = Files.readString(Path.of("recipes/iris-migrate.yml"));
        for (IrisRecipe recipe : IMPLEMENTED) {
            Rule rule = recipe.rule();
            assertThat(Path.of(rule.docPath())).as("doc page of " + rule).exists();
            assertThat(Files.readString(Path.of(rule.docPath()))).as("doc page of " + rule).startsWith("# " + rule.id() + " " + rule.ruleName());
            String testClass = "src/test/java/" + recipe.getClass().getName().replace('.', '/') + "Test.java";
            assertThat(Path.of(testClass)).as("test class of " + rule).exists();
            int uses = composites.split(recipe.getClass().getName() + "\\b", -1).length - 1;
            assertThat(uses).as(rule + " in MigrateToApiV2 and FindApiV1Usages").isEqualTo(2);
            assertThat(recipe.getDescription()).endsWith(".");
        }
        assertThat(IMPLEMENTED.stream().map(IrisRecipe::rule).distinct()).hasSize(IMPLEMENTED.size());
    }

    /** rewrite-maven-plugin users run the YAML composites, the Maven plugin runs RecipeCatalog's: the same rules. */
    @Test
    void declarativeCompositesHoldTheSameRulesAsTheEngine() throws IOException {
        org.openrewrite.config.Environment env;
        try (var in = Files.newInputStream(Path.of("recipes/iris-migrate.yml"))) {
            env = org.openrewrite.config.Environment.builder().load(new org.openrewrite.config.YamlResourceLoader(in,
                    Path.of("recipes/iris-migrate.yml").toUri(), new java.util.Properties())).build();
        }
        var defaults = io.github.irismigrate.engine.RunOptions.DEFAULTS;
        assertThat(classes(env.activateRecipes(io.github.irismigrate.engine.RecipeCatalog.MIGRATE)))
                .containsExactlyElementsOf(classes(io.github.irismigrate.engine.RecipeCatalog.migrate(defaults)));
        org.openrewrite.Recipe find = env.activateRecipes(io.github.irismigrate.engine.RecipeCatalog.FIND);
        assertThat(classes(find)).containsExactlyElementsOf(classes(io.github.irismigrate.engine.RecipeCatalog.find(defaults)));
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
