package net.tidewatertel.numbering.hosted;

import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.time.Instant;
import java.util.List;
import net.tidewatertel.numbering.support.DashboardStub;
import net.tidewatertel.numbering.support.Fixtures;
import net.tidewatertel.numbering.support.TestConfigs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class HostedMessagingClientTest {

  private static final String IMPORTS = DashboardStub.ACCOUNT_PATH + "/importTnOrders";

  private DashboardStub stub;
  private HostedMessagingClient client;

  @BeforeEach
  void setUp(Vertx vertx, VertxTestContext ctx) {
    stub = new DashboardStub(vertx);
    stub.start().onComplete(ctx.succeeding(port -> {
      client = TestConfigs.injector(vertx, TestConfigs.forStub(stub)).getInstance(HostedMessagingClient.class);
      ctx.completeNow();
    }));
  }

  @AfterEach
  void tearDown(VertxTestContext ctx) {
    stub.stop().onComplete(ctx.succeedingThenComplete());
  }

  @Test
  void importsNumbersForHostedMessaging(VertxTestContext ctx) {
    stub.respondCreated(POST, IMPORTS, IMPORTS + "/b2f1e0d4");
    ImportTnOrder order = new ImportTnOrder("HM-TEST0001", "Harbor Marine Supply", "J. Alvarez",
        List.of("7575550161", "7575550162"), Instant.parse("2024-03-12T15:00:00Z"));

    client.importForMessaging(order).onComplete(ctx.succeeding(body -> ctx.verify(() -> {
      assertThat(stub.lastRequest().path()).isEqualTo(IMPORTS);
      assertThat(Fixtures.compact(stub.lastRequest().body()))
          .isEqualTo(Fixtures.compact(Fixtures.read("fixtures/expected-import-tn-order.xml")));
      ctx.completeNow();
    })));
  }

  @Test
  void voiceImportsUseTheVoiceEndpoint(VertxTestContext ctx) {
    stub.respondCreated(POST, IMPORTS + "/voice", IMPORTS + "/voice/c0ffee01");
    ImportTnOrder order = ImportTnOrder.forSubscriber("Ocean View Marina", "K. Nguyen", List.of("+17575550163"));

    client.importForVoice(order).onComplete(ctx.succeeding(body -> ctx.verify(() -> {
      assertThat(stub.lastRequest().path()).endsWith("/importTnOrders/voice");
      ctx.completeNow();
    })));
  }

  @Test
  void removesNumbersFromHostedMessaging(VertxTestContext ctx) {
    stub.respondCreated(POST, "/api/accounts/9900417/removeImportedTnOrders", "d15c0001");

    client.removeFromMessaging("HM-REMOVE-1", List.of("7575550161")).onComplete(ctx.succeeding(body -> ctx.verify(() -> {
      assertThat(stub.lastRequest().body()).startsWith("<RemoveImportedTnOrder><CustomerOrderId>HM-REMOVE-1");
      ctx.completeNow();
    })));
  }

  @Test
  void readsImportHistory(VertxTestContext ctx) {
    stub.respond(GET, IMPORTS + "/b2f1e0d4/history", 200, "<OrderHistoryWrapper/>");

    client.importHistory("b2f1e0d4").onComplete(ctx.succeeding(body -> ctx.verify(() -> {
      assertThat(body).isEqualTo("<OrderHistoryWrapper/>");
      ctx.completeNow();
    })));
  }
}
