package net.tidewatertel.numbering.inventory;

import static io.vertx.core.http.HttpMethod.GET;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import net.tidewatertel.numbering.support.DashboardStub;
import net.tidewatertel.numbering.support.TestConfigs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class TnDetailsClientTest {

  private static final String RICHMOND_TN = "8045550142";

  private DashboardStub stub;
  private TnDetailsClient client;

  @BeforeEach
  void setUp(Vertx vertx, VertxTestContext ctx) {
    stub = new DashboardStub(vertx);
    stub.start().onComplete(ctx.succeeding(port -> {
      client = TestConfigs.injector(vertx, TestConfigs.forStub(stub)).getInstance(TnDetailsClient.class);
      ctx.completeNow();
    }));
  }

  @Test
  void healthCheckReadsTheMonitoringNumber(VertxTestContext ctx) {
    stub.respond(GET, "/api/tns/" + TnDetailsClient.HEALTHCHECK_TN + "/tndetails", 200,
        "<TelephoneNumberResponse><TelephoneNumberDetails><Status>Inservice</Status></TelephoneNumberDetails></TelephoneNumberResponse>");

    client.healthCheck().onComplete(ctx.succeeding(up -> ctx.verify(() -> {
      assertThat(up).isTrue();
      ctx.completeNow();
    })));
  }

  @Test
  void detailsOfANumber(VertxTestContext ctx) {
    stub.respond(GET, "/api/tns/" + RICHMOND_TN + "/tndetails", 200, "<TelephoneNumberResponse/>");

    client.details(RICHMOND_TN).onComplete(ctx.succeeding(body -> ctx.verify(() -> {
      assertThat(stub.lastRequest().path()).endsWith("/tndetails");
      ctx.completeNow();
    })));
  }
}
