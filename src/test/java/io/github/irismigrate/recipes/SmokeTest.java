package io.github.irismigrate.recipes;

import org.junit.jupiter.api.Test;
import org.openrewrite.test.RecipeSpec;
import org.openrewrite.test.RewriteTest;

import static org.openrewrite.java.Assertions.java;
import static org.openrewrite.properties.Assertions.properties;

class SmokeTest implements RewriteTest {
    @Override
    public void defaults(RecipeSpec spec) {
        spec.recipeFromResources("io.github.irismigrate.MigrateToApiV2");
    }

    @Test
    void literal() {
        rewriteRun(
          java("""
            class A {
                String u = "https://dashboard.bandwidth.com/api/accounts/" + 1 + "/addresses";
                static final String B = "https://dashboard.bandwidth.com/v1.0";
            }
            """, """
            class A {
                String u = "https://dashboard.bandwidth.com/api/v2/accounts/" + 1 + "/e911Addresses";
                static final String B = "https://dashboard.bandwidth.com/api/v2";
            }
            """),
          java("""
            class C {
                String x(String id) { return A.B + "/accounts/" + id + "/importTnOrders"; }
                String y(String id) { return A.B + "/accounts/" + id + "/externalTns"; }
            }
            """, """
            class C {
                String x(String id) { return A.B + "/accounts/" + id + "/importTnOrders/messaging"; }
                String y(String id) { return A.B + "/accounts/" + id + /*~~([BW004] v2 has no /externalTns; send new inventory as POST /accounts/{id}/importTnOrders/messaging with the same ExternalTnsOrder body, and removals as POST /accounts/{id}/removeImportedTnOrders/messaging with a RemoveImportedTnOrder body)~~>*/"/externalTns"; }
            }
            """),
          properties("iris.url=https://dashboard.bandwidth.com/api\n", "iris.url=https://dashboard.bandwidth.com/api/v2\n")
        );
    }
}
