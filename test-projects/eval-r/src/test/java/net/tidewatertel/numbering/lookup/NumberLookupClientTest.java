package net.tidewatertel.numbering.lookup;

import static io.vertx.core.http.HttpMethod.POST;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.List;
import net.tidewatertel.numbering.support.DashboardStub;
import net.tidewatertel.numbering.support.TestConfigs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The stub doubles as the lookup API here; only the path differs.
 */
@ExtendWith(VertxExtension.class)
class NumberLookupClientTest {

  private DashboardStub stub;
  private NumberLookupClient lookup;

  @BeforeEach
  void setUp(Vertx vertx, VertxTestContext ctx) {
    stub = new DashboardStub(vertx);
    stub.start().onComplete(ctx.succeeding(port -> {
      lookup = TestConfigs.injector(vertx, TestConfigs.forStub(stub)).getInstance(NumberLookupClient.class);
      ctx.completeNow();
    }));
  }

  @Test
  void startsALookup(VertxTestContext ctx) {
    stub.respond(POST, "/v2/accounts/9900417/phoneNumberLookup", 202,
        new JsonObject().put("requestId", "004223a0-8b17-41b1-bf81-20732adf5590").put("status", "IN_PROGRESS").encode());

    lookup.startLookup(List.of("8045550177", "+17575550123")).onComplete(ctx.succeeding(id -> ctx.verify(() -> {
      assertThat(id).isEqualTo("004223a0-8b17-41b1-bf81-20732adf5590");
      assertThat(new JsonObject(stub.lastRequest().body()).getJsonArray("phoneNumbers")).hasSize(2);
      ctx.completeNow();
    })));
  }
}
