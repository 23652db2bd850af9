package io.github.irismigrate.recipes;

import org.openrewrite.java.JavaParser;

/** The Java parser of the recipe tests that type Micronaut code, with the real Micronaut jars (test dependencies). */
final class MicronautJars {
    private MicronautJars() {
    }

    static JavaParser.Builder<?, ?> parser() {
        return JavaParser.fromJavaVersion()
          .classpath("micronaut-http", "micronaut-http-client-core", "micronaut-core", "micronaut-inject");
    }
}
