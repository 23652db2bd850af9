package io.github.irismigrate.catalog;

import io.github.irismigrate.recipes.E911Addresses;
import io.github.irismigrate.recipes.ExternalTnsRemoved;
import io.github.irismigrate.recipes.ImportOrdersMessaging;
import io.github.irismigrate.recipes.IrisRecipe;
import io.github.irismigrate.recipes.LegacyNumberFormat;
import io.github.irismigrate.recipes.MessagingViaSippeerTns;
import io.github.irismigrate.recipes.SdkEndpointStuckOnV1;
import io.github.irismigrate.recipes.TenDigitNumberSent;
import io.github.irismigrate.recipes.V1BasePath;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One rule = one catalog entry + one recipe class + one test class + one doc page + a place in each composite (opt-in rules: only in the LEGACY one). */
class RuleCatalogTest {
    static final List<IrisRecipe> IMPLEMENTED = List.of(new V1BasePath(), new E911Addresses(), new ImportOrdersMessaging(),
            new ExternalTnsRemoved(), new SdkEndpointStuckOnV1(), new TenDigitNumberSent(), new MessagingViaSippeerTns(),
            new LegacyNumberFormat());

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
