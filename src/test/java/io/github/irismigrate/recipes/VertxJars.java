package io.github.irismigrate.recipes;

import org.openrewrite.java.JavaParser;

/** The Java parser of the recipe tests that type Vert.x code, with the real Vert.x jars (test dependencies). */
final class VertxJars {
    private VertxJars() {
    }

    static JavaParser.Builder<?, ?> parser() {
        return JavaParser.fromJavaVersion().classpath("vertx-web-client", "vertx-web", "vertx-web-common", "vertx-core", "vertx-uri-template",
          "vertx-auth-common", "netty-buffer", "netty-common", "netty-codec-http", "netty-transport");
    }
}
