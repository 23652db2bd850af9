package com.northforktel.numbering.callbacks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.northforktel.numbering.crm.IrisClient;
import com.northforktel.numbering.dashboard.XmlCodec;
import com.northforktel.numbering.inventory.NumberRecord;
import com.northforktel.numbering.orders.OrderTracker;
import com.northforktel.numbering.support.Fixtures;
import com.northforktel.numbering.support.InMemoryNumberStore;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class NotificationHandlerTest {

    private InMemoryNumberStore store;
    private int port;

    @BeforeEach
    void startReceiver(Vertx vertx, VertxTestContext ctx) {
        store = new InMemoryNumberStore();
        store.upsertAll(List.of(
                new NumberRecord("9195550177", 919, NumberRecord.Status.AVAILABLE, Instant.EPOCH),
                new NumberRecord("9195550178", 919, NumberRecord.Status.AVAILABLE, Instant.EPOCH)));
        OrderTracker tracker = new OrderTracker(vertx, null, null, null, store, null);
        IrisClient crm = new IrisClient("NFT-TEST", "test", "test");
        NotificationHandler handler = new NotificationHandler(new XmlCodec(), store, tracker, crm);

        Router router = Router.router(vertx);
        router.post("/callbacks/dashboard/:orderType").handler(BodyHandler.create()).handler(handler::onOrderNotification);
        vertx.createHttpServer().requestHandler(router).listen(0, "localhost")
                .onComplete(ctx.succeeding(server -> {
                    port = server.actualPort();
                    ctx.completeNow();
                }));
    }

    @Test
    void completedOrderMarksNumbersInService(Vertx vertx, VertxTestContext ctx) {
        WebClient.create(vertx)
                .post(port, "localhost", "/callbacks/dashboard/orders")
                .putHeader("Content-Type", "application/xml; charset=utf-8")
                .sendBuffer(Buffer.buffer(Fixtures.read("fixtures/notification-complete.xml")))
                .onComplete(ctx.succeeding(response -> ctx.verify(() -> {
                    assertEquals(200, response.statusCode());
                    assertEquals(NumberRecord.Status.IN_SERVICE, store.get("9195550177").status());
                    assertEquals(NumberRecord.Status.IN_SERVICE, store.get("9195550178").status());
                    ctx.completeNow();
                })));
    }

    @Test
    void garbageIsRejected(Vertx vertx, VertxTestContext ctx) {
        WebClient.create(vertx)
                .post(port, "localhost", "/callbacks/dashboard/orders")
                .sendBuffer(Buffer.buffer("not xml"))
                .onComplete(ctx.succeeding(response -> ctx.verify(() -> {
                    assertEquals(400, response.statusCode());
                    ctx.completeNow();
                })));
    }
}
