package io.github.irismigrate.engine;

import io.github.irismigrate.recipes.AreaCodeAsInteger;
import io.github.irismigrate.recipes.AreaCodeNeedsCountry;
import io.github.irismigrate.recipes.E911Addresses;
import io.github.irismigrate.recipes.ExternalTnsRemoved;
import io.github.irismigrate.recipes.ImportOrdersMessaging;
import io.github.irismigrate.recipes.LegacyNumberFormat;
import io.github.irismigrate.recipes.MessagingViaSippeerTns;
import io.github.irismigrate.recipes.TenDigitNumberSent;
import io.github.irismigrate.recipes.IrisRecipe;
import io.github.irismigrate.recipes.SdkEndpointStuckOnV1;
import io.github.irismigrate.recipes.TenDigitNumberExpected;
import io.github.irismigrate.recipes.V1BasePath;
import org.openrewrite.Recipe;

import java.util.List;

/**
 * The composites the engine runs, built with the user's options. They hold the same rule recipes as the declarative
 * composites in {@code recipes/iris-migrate.yml} that rewrite-maven-plugin users run (a test keeps the two in step);
 * the engine builds them in code because options such as the country code come from the Maven parameters.
 */
public final class RecipeCatalog {
    public static final String MIGRATE = "io.github.irismigrate.MigrateToApiV2";
    public static final String MIGRATE_LEGACY = "io.github.irismigrate.MigrateToApiV2LegacyNumberFormat";
    public static final String FIND = "io.github.irismigrate.FindApiV1Usages";

    private RecipeCatalog() {
    }

    /** Every rule recipe, reporting only or fixing, configured with the options. */
    public static List<IrisRecipe> rules(boolean reportOnly, RunOptions options) {
        Boolean r = reportOnly ? Boolean.TRUE : null;
        List<IrisRecipe> rules = new java.util.ArrayList<>(List.of(
                new V1BasePath(r),
                new E911Addresses(r),
                new ImportOrdersMessaging(r),
                new ExternalTnsRemoved(r),
                new AreaCodeNeedsCountry(r, options.countryCode()),
                new TenDigitNumberSent(r),
                new TenDigitNumberExpected(r, options.numberFormat()),
                new AreaCodeAsInteger(r),
                new MessagingViaSippeerTns(r)));
        if (options.legacy()) {
            rules.add(new LegacyNumberFormat(r, options.numberFormat())); // opt-in: only when the user chose LEGACY
        }
        rules.add(new SdkEndpointStuckOnV1(r));
        return List.copyOf(rules);
    }

    public static Recipe find(RunOptions options) {
        return new Composite(FIND, "Find Bandwidth Dashboard (Iris) API v1 usages", rules(true, options));
    }

    public static Recipe migrate(RunOptions options) {
        return new Composite(options.legacy() ? MIGRATE_LEGACY : MIGRATE, "Migrate Bandwidth Dashboard (Iris) API v1 usages to v2",
                rules(false, options));
    }

    private static final class Composite extends Recipe {
        private final String name;
        private final String displayName;
        private final List<IrisRecipe> rules;

        Composite(String name, String displayName, List<IrisRecipe> rules) {
            this.name = name;
            this.displayName = displayName;
            this.rules = rules;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getDisplayName() {
            return displayName;
        }

        @Override
        public String getDescription() {
            return displayName + ", as configured by the iris-migrate Maven plugin.";
        }

        @Override
        public List<Recipe> getRecipeList() {
            return List.copyOf(rules);
        }
    }
}
