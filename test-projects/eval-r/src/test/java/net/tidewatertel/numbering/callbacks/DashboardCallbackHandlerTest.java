package net.tidewatertel.numbering.callbacks;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.List;
import net.tidewatertel.numbering.store.NumberRecord;
import net.tidewatertel.numbering.store.NumberStore;
import net.tidewatertel.numbering.support.DashboardStub;
import net.tidewatertel.numbering.support.Fixtures;
import net.tidewatertel.numbering.support.TestConfigs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class DashboardCallbackHandlerTest {

  private NumberStore store;
  private WebClient client;
  private int port;

  @BeforeEach
  void deployReceiver(Vertx vertx, VertxTestContext ctx) {
    DashboardStub stub = new DashboardStub(vertx);
    stub.start().compose(stubPort -> {
      Injector injector = TestConfigs.injector(vertx, TestConfigs.forStub(stub));
      store = injector.getInstance(NumberStore.class);
      client = WebClient.create(vertx);
      DashboardCallbackHandler handler = injector.getInstance(DashboardCallbackHandler.class);
      Router router = Router.router(vertx);
      router.route().handler(BodyHandler.create());
      router.post("/callbacks/dashboard/orders").handler(handler::handleOrderNotification);
      router.post("/callbacks/dashboard/portins").handler(handler::handlePortinNotification);
      router.post("/callbacks/messaging/status").handler(handler::handleMessageDelivery);
      return vertx.createHttpServer().requestHandler(router).listen(0);
    }).onComplete(ctx.succeeding(server -> {
      port = server.actualPort();
      ctx.completeNow();
    }));
  }

  @Test
  void completedOrderMarksNumbersInService(VertxTestContext ctx) {
    store.upsertAll(List.of(
            new NumberRecord("8045550147", 804, NumberRecord.PORTING, "3381", false, null, java.time.Instant.now()),
            new NumberRecord("8045550148", 804, NumberRecord.PORTING, "3381", false, null, java.time.Instant.now())))
        .compose(n -> client.post(port, "localhost", "/callbacks/dashboard/orders")
            .putHeader("Content-Type", "application/xml; charset=utf-8")
            .sendBuffer(Buffer.buffer(Fixtures.read("fixtures/order-complete-callback.xml"))))
        .compose(resp -> {
          assertThat(resp.statusCode()).isEqualTo(200);
          return store.findByTn("8045550147");
        })
        .onComplete(ctx.succeeding(found -> ctx.verify(() -> {
          assertThat(found).hasValueSatisfying(rec -> assertThat(rec.status()).isEqualTo(NumberRecord.IN_SERVICE));
          ctx.completeNow();
        })));
  }

  @Test
  void portInWithE164NumbersIsAcknowledged(VertxTestContext ctx) {
    String notification = """
        <?xml version="1.0"?>
        <Notification>
            <SubscriptionId>8e0b2c4f-1d3a-4f5e-9b7c-2a6d8e0f1b3c</SubscriptionId>
            <OrderType>portins</OrderType>
            <OrderId>a4c1e2f3-5b6d-4e7f-8a9b-0c1d2e3f4a5b</OrderId>
            <Status>COMPLETE</Status>
            <CompletedTelephoneNumbers>
                <TelephoneNumber>+17575550176</TelephoneNumber>
            </CompletedTelephoneNumbers>
            <LastModifiedDate>2024-03-14T09:02:47.112Z</LastModifiedDate>
            <ActualFocDate>2024-03-14T00:00:00Z</ActualFocDate>
        </Notification>
        """;
    client.post(port, "localhost", "/callbacks/dashboard/portins")
        .putHeader("Content-Type", "application/xml")
        .sendBuffer(Buffer.buffer(notification))
        .onComplete(ctx.succeeding(resp -> ctx.verify(() -> {
          assertThat(resp.statusCode()).isEqualTo(200);
          ctx.completeNow();
        })));
  }

  @Test
  void messagingDeliveryReceiptsAreAccepted(VertxTestContext ctx) {
    client.post(port, "localhost", "/callbacks/messaging/status")
        .putHeader("Content-Type", "application/json")
        .sendBuffer(Buffer.buffer(Fixtures.read("fixtures/messaging-delivery-callback.json")))
        .onComplete(ctx.succeeding(resp -> ctx.verify(() -> {
          assertThat(resp.statusCode()).isEqualTo(204);
          ctx.completeNow();
        })));
  }
}
