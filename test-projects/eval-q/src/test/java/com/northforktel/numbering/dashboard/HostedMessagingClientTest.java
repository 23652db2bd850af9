package com.northforktel.numbering.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.northforktel.numbering.support.FakeDashboard;
import com.northforktel.numbering.support.TestConfig;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Hosted messaging and external numbers, against the fake Dashboard. */
@ExtendWith(VertxExtension.class)
class HostedMessagingClientTest {

    private static final String IMPORT_RESPONSE = """
            <ImportTnOrderResponse>
              <ImportTnOrder>
                <OrderId>b2a0e7a4-3c55-4a57-9d3e-52f1d0c6f6a1</OrderId>
                <ProcessingStatus>RECEIVED</ProcessingStatus>
              </ImportTnOrder>
            </ImportTnOrderResponse>
            """;

    private FakeDashboard dashboard;
    private HostedMessagingClient hosted;
    private ExternalTnsClient external;

    @BeforeEach
    void startFake(Vertx vertx, VertxTestContext ctx) {
        dashboard = new FakeDashboard(vertx)
                .respond("POST", "/importTnOrders", 201, IMPORT_RESPONSE)
                .respond("POST", "/removeImportedTnOrders", 201, "<Response><OrderId>r-1</OrderId></Response>")
                .respond("POST", "/externalTns", 201, "<Response><OrderId>x-1</OrderId></Response>");
        dashboard.start().onComplete(ctx.succeeding(port -> {
            DashboardHttp http = TestConfig.http(vertx, port);
            hosted = new HostedMessagingClient(http, new XmlCodec(), TestConfig.settings(port));
            external = new ExternalTnsClient(http, TestConfig.settings(port), new XmlCodec(), "localhost:" + port);
            ctx.completeNow();
        }));
    }

    @Test
    void importOrderCarriesNumbersAndLoa(VertxTestContext ctx) {
        hosted.importNumbers("C-7781", List.of("8285550111", "8285550112"))
                .onComplete(ctx.succeeding(orderId -> ctx.verify(() -> {
                    FakeDashboard.Recorded request = dashboard.last();
                    assertEquals("/api/accounts/9900012/importTnOrders", request.path());
                    assertTrue(request.body().contains("<LoaType>CARRIER</LoaType>"), request.body());
                    assertTrue(request.body().contains("<SipPeerId>583920</SipPeerId>"), request.body());
                    assertEquals("b2a0e7a4-3c55-4a57-9d3e-52f1d0c6f6a1", orderId);
                    ctx.completeNow();
                })));
    }

    @Test
    void removalOrder(VertxTestContext ctx) {
        hosted.removeNumbers("C-7782", List.of("8285550113"))
                .onComplete(ctx.succeeding(orderId -> ctx.verify(() -> {
                    assertTrue(dashboard.last().path().endsWith("/removeImportedTnOrders"));
                    assertEquals("r-1", orderId);
                    ctx.completeNow();
                })));
    }

    @Test
    void checkerIsCalledBeforeImport(VertxTestContext ctx) {
        hosted.checkImportable(List.of("8285550114"))
                .onComplete(ctx.succeeding(body -> ctx.verify(() -> {
                    assertTrue(dashboard.last().path().endsWith("/importTnChecker"));
                    ctx.completeNow();
                })));
    }

    @Test
    void externalNumbersImport(VertxTestContext ctx) {
        external.importNumbers("W-301", List.of("13365550170"))
                .onComplete(ctx.succeeding(orderId -> ctx.verify(() -> {
                    FakeDashboard.Recorded request = dashboard.last();
                    assertEquals("/api/accounts/9900012/externalTns", request.path());
                    assertTrue(request.body().contains("<Action>IMPORT</Action>"), request.body());
                    assertEquals("x-1", orderId);
                    ctx.completeNow();
                })));
    }
}
