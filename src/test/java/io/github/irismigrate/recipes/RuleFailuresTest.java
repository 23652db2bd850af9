package io.github.irismigrate.recipes;

import io.github.irismigrate.catalog.Rule;
import org.junit.jupiter.api.Test;
import org.openrewrite.ExecutionContext;
import org.openrewrite.InMemoryExecutionContext;
import org.openrewrite.TreeVisitor;
import org.openrewrite.java.JavaIsoVisitor;
import org.openrewrite.java.tree.J;
import org.openrewrite.test.RewriteTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openrewrite.java.Assertions.java;

/** A rule that crashes on one file loses only its own work there: other files and other rules still run. */
class RuleFailuresTest implements RewriteTest {

    /** Crashes on any file that mentions CRASH. */
    static class CrashingRule extends IrisRecipe {
        CrashingRule() {
            super(null);
        }

        @Override
        public Rule rule() {
            return Rule.BW004;
        }

        @Override
        protected TreeVisitor<?, ExecutionContext> treeVisitor(io.github.irismigrate.analysis.ProjectFacts facts) {
            return new JavaIsoVisitor<>() {
                @Override
                public J.Literal visitLiteral(J.Literal literal, ExecutionContext ctx) {
                    if ("CRASH".equals(literal.getValue())) {
                        throw new IllegalStateException("planted failure");
                    }
                    return literal;
                }
            };
        }
    }

    @Test
    void otherRulesAndFilesStillRunAndTheFailureNamesFileAndRule() {
        ExecutionContext ctx = new InMemoryExecutionContext();
        rewriteRun(
          spec -> spec.recipes(new CrashingRule(), new E911Addresses()).executionContext(ctx),
          java(
            """
              class Crashes {
                  String marker = "CRASH";
                  String url = "https://dashboard.bandwidth.com/api/v2/accounts/1/addresses";
              }
              """,
            """
              class Crashes {
                  String marker = "CRASH";
                  String url = "https://dashboard.bandwidth.com/api/v2/accounts/1/e911Addresses";
              }
              """
          ),
          java(
            """
              class Fine {
                  String url = "https://dashboard.bandwidth.com/api/v2/accounts/2/addresses";
              }
              """,
            """
              class Fine {
                  String url = "https://dashboard.bandwidth.com/api/v2/accounts/2/e911Addresses";
              }
              """
          )
        );
        List<RuleFailures.Failure> failures = RuleFailures.of(ctx);
        assertThat(failures).isNotEmpty().allSatisfy(f -> {
            assertThat(f.file()).isEqualTo("Crashes.java");
            assertThat(f.ruleId()).isEqualTo("BW004");
            assertThat(f.message()).contains("IllegalStateException: planted failure");
        });
    }
}
