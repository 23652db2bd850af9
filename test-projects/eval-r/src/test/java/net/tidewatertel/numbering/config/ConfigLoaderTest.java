package net.tidewatertel.numbering.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class ConfigLoaderTest {

  @Test
  void productionDefaults(Vertx vertx, VertxTestContext ctx) {
    ConfigLoader.load(vertx, "production").onComplete(ctx.succeeding(config -> ctx.verify(() -> {
      JsonObject dashboard = config.getJsonObject("dashboard");
      assertThat(dashboard.getString("account-id")).isEqualTo("9900417");
      assertThat(dashboard.getJsonArray("managed-area-codes")).containsExactly("757", "804", "434");
      assertThat(config.getJsonObject("dashboard-endpoints").getString("e911-addresses")).contains("{accountId}");
      ctx.completeNow();
    })));
  }

  @Test
  void stagingOverlayPointsAtTheTestDashboard(Vertx vertx, VertxTestContext ctx) {
    ConfigLoader.load(vertx, "staging").onComplete(ctx.succeeding(config -> ctx.verify(() -> {
      assertThat(config.getJsonObject("dashboard").getString("base-url"))
          .isEqualTo("https://test.dashboard.bandwidth.com/api/v1/");
      assertThat(config.getJsonObject("dashboard").getString("account-id")).isEqualTo("9901122");
      ctx.completeNow();
    })));
  }

  @Test
  void devOverlayIsAlreadyOnV2(Vertx vertx, VertxTestContext ctx) {
    ConfigLoader.load(vertx, "dev").onComplete(ctx.succeeding(config -> ctx.verify(() -> {
      assertThat(config.getJsonObject("dashboard").getString("base-url"))
          .isEqualTo("https://test.dashboard.bandwidth.com/api/v2");
      ctx.completeNow();
    })));
  }

  @Test
  void settingsFallBackToAnnotatedDefaults() {
    DashboardSettings settings = DashboardSettings.from(new JsonObject().put("account-id", "9901122"));

    assertThat(settings.accountId()).isEqualTo("9901122");
    assertThat(settings.maxReportBytes()).isEqualTo(Integer.MAX_VALUE);
    assertThat(settings.host()).isEqualTo("dashboard.bandwidth.com");
  }
}
