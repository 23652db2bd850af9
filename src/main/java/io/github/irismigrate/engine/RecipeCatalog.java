package io.github.irismigrate.engine;

import org.openrewrite.Recipe;
import org.openrewrite.config.Environment;
import org.openrewrite.config.YamlResourceLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Properties;

/** Loads the composite recipes from the same declarative YAML that rewrite-maven-plugin users run. */
public final class RecipeCatalog {
    public static final String MIGRATE = "io.github.irismigrate.MigrateToApiV2";
    public static final String FIND = "io.github.irismigrate.FindApiV1Usages";
    static final String RESOURCE = "/META-INF/rewrite/iris-migrate.yml";

    private RecipeCatalog() {
    }

    public static Recipe load(String name) {
        ClassLoader cl = RecipeCatalog.class.getClassLoader();
        try (InputStream in = RecipeCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Recipe definitions " + RESOURCE + " are missing from the plugin");
            }
            Environment env = Environment.builder()
                    .load(new YamlResourceLoader(in, URI.create("classpath:" + RESOURCE), new Properties(), cl))
                    .build();
            return env.activateRecipes(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
