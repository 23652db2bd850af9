package com.northforktel.numbering.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.northforktel.numbering.support.FakeDashboard;
import com.northforktel.numbering.support.Fixtures;
import com.northforktel.numbering.support.TestConfig;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class OrderGatewayTest {

    private static final String ORDER_ID = "47955555-67aa-4adb-8c0f-b6894e60c0dc";

    private FakeDashboard dashboard;
    private OrderGateway gateway;

    @BeforeEach
    void startFake(Vertx vertx, VertxTestContext ctx) {
        dashboard = new FakeDashboard(vertx)
                .respond("POST", "/orders", 201, Fixtures.read("fixtures/order-response.xml"))
                .respond("GET", "/orders/" + ORDER_ID, 200, Fixtures.read("fixtures/order-response.xml"));
        dashboard.start().onComplete(ctx.succeeding(port -> {
            gateway = new OrderGateway(TestConfig.http(vertx, port), new XmlCodec(), TestConfig.settings(port));
            ctx.completeNow();
        }));
    }

    @AfterEach
    void stopFake(VertxTestContext ctx) {
        dashboard.stop().onComplete(ctx.succeedingThenComplete());
    }

    @Test
    void ordersExistingNumbers(VertxTestContext ctx) {
        gateway.orderExisting("NF-20240611-0042", List.of("9195550101", "9195550102"))
                .onComplete(ctx.succeeding(orderId -> ctx.verify(() -> {
                    FakeDashboard.Recorded request = dashboard.last();
                    assertEquals("POST", request.method());
                    assertEquals("/api/accounts/9900012/orders", request.path());
                    assertEquals("application/xml; charset=utf-8", request.headers().get("Content-Type"));
                    assertEquals(Fixtures.normalizeXml(Fixtures.read("fixtures/expected-order-request.xml")),
                            Fixtures.normalizeXml(request.body()));
                    assertEquals(ORDER_ID, orderId);
                    ctx.completeNow();
                })));
    }

    @Test
    void readsCompletedNumbers(VertxTestContext ctx) {
        gateway.get(ORDER_ID).onComplete(ctx.succeeding(response -> ctx.verify(() -> {
            assertEquals("COMPLETE", response.orderStatus);
            assertEquals(List.of("9195550101", "9195550102"), response.completed());
            ctx.completeNow();
        })));
    }

    @Test
    void canaryOrderGoesToConfiguredSite(VertxTestContext ctx) {
        gateway.placeCanaryOrder().onComplete(ctx.succeeding(orderId -> ctx.verify(() -> {
            String body = dashboard.last().body();
            assertTrue(body.contains("<SiteId>4417</SiteId>"), body);
            assertTrue(body.contains("<CustomerOrderId>canary-"), body);
            ctx.completeNow();
        })));
    }
}
