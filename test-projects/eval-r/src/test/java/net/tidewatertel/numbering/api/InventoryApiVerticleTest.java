package net.tidewatertel.numbering.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import net.tidewatertel.numbering.support.DashboardStub;
import net.tidewatertel.numbering.support.TestConfigs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class InventoryApiVerticleTest {

  private static final int API_PORT = 18280;

  private DashboardStub stub;
  private WebClient client;

  @BeforeEach
  void deploy(Vertx vertx, VertxTestContext ctx) {
    stub = new DashboardStub(vertx);
    client = WebClient.create(vertx);
    stub.start().compose(port -> {
      JsonObject config = TestConfigs.forStub(stub);
      config.getJsonObject("http").put("port", API_PORT);
      Injector injector = TestConfigs.injector(vertx, config);
      return vertx.deployVerticle(injector.getInstance(InventoryApiVerticle.class), new DeploymentOptions());
    }).onComplete(ctx.succeedingThenComplete());
  }

  @Test
  void rejectsSearchWithoutAreaCode(VertxTestContext ctx) {
    client.get(API_PORT, "localhost", "/api/v1/numbers/search")
        .send()
        .onComplete(ctx.succeeding(resp -> ctx.verify(() -> {
          assertThat(resp.statusCode()).isEqualTo(400);
          ctx.completeNow();
        })));
  }

  @Test
  void searchCallsTheDashboard(VertxTestContext ctx) {
    client.get(API_PORT, "localhost", "/api/v1/numbers/search")
        .addQueryParam("areaCode", "757")
        .addQueryParam("quantity", "5")
        .send()
        .onComplete(ctx.succeeding(resp -> ctx.verify(() -> {
          assertThat(resp.statusCode()).isIn(200, 500);
          ctx.completeNow();
        })));
  }

  @Test
  void rejectsOrdersWithMalformedNumbers(VertxTestContext ctx) {
    JsonObject order = new JsonObject()
        .put("customerOrderId", "CRM-90001")
        .put("telephoneNumbers", new JsonArray().add("757-555-0147"));
    client.post(API_PORT, "localhost", "/api/v1/numbers/orders")
        .sendJsonObject(order)
        .onComplete(ctx.succeeding(resp -> ctx.verify(() -> {
          assertThat(resp.statusCode()).isEqualTo(400);
          assertThat(stub.requests()).isEmpty();
          ctx.completeNow();
        })));
  }

  @Test
  void forwardsValidOrdersToTheDashboard(VertxTestContext ctx) {
    JsonObject order = new JsonObject()
        .put("customerOrderId", "CRM-90002")
        .put("telephoneNumbers", new JsonArray().add("7575550147"));
    client.post(API_PORT, "localhost", "/api/v1/numbers/orders")
        .sendJsonObject(order)
        .onComplete(ctx.succeeding(resp -> ctx.verify(() -> {
          assertThat(stub.lastRequest().path()).isEqualTo(DashboardStub.ACCOUNT_PATH + "/orders");
          ctx.completeNow();
        })));
  }

  @Test
  void customerAccountAddressesAreOurOwn(VertxTestContext ctx) {
    client.get(API_PORT, "localhost", "/api/accounts/ACME-0042/addresses")
        .send()
        .onComplete(ctx.succeeding(resp -> ctx.verify(() -> {
          assertThat(resp.statusCode()).isEqualTo(200);
          assertThat(stub.requests()).isEmpty();
          ctx.completeNow();
        })));
  }
}
