package com.northforktel.numbering.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.northforktel.numbering.dashboard.AvailableNumberSearch;
import com.northforktel.numbering.dashboard.DashboardHttp;
import com.northforktel.numbering.dashboard.OrderGateway;
import com.northforktel.numbering.dashboard.SipPeerTnClient;
import com.northforktel.numbering.dashboard.XmlCodec;
import com.northforktel.numbering.support.FakeDashboard;
import com.northforktel.numbering.support.Fixtures;
import com.northforktel.numbering.support.InMemoryNumberStore;
import com.northforktel.numbering.support.TestConfig;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.WebClient;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class NumberApiHandlerTest {

    private FakeDashboard dashboard;
    private int apiPort;

    @BeforeEach
    void start(Vertx vertx, VertxTestContext ctx) {
        dashboard = new FakeDashboard(vertx)
                .respond("GET", "/availableNumbers", 200, Fixtures.read("fixtures/available-numbers.xml"));
        dashboard.start().compose(port -> {
            DashboardHttp http = TestConfig.http(vertx, port);
            XmlCodec xml = new XmlCodec();
            NumberApiHandler handler = new NumberApiHandler(
                    new AvailableNumberSearch(http, xml, TestConfig.settings(port), "localhost", String.valueOf(port)),
                    new OrderGateway(http, xml, TestConfig.settings(port)),
                    new SipPeerTnClient(http, xml, TestConfig.settings(port)),
                    new InMemoryNumberStore());
            Router router = Router.router(vertx);
            router.get("/api/numbers").handler(handler::search);
            router.get("/api/numbers/:tn").handler(handler::get);
            return vertx.createHttpServer().requestHandler(router).listen(0, "localhost");
        }).onComplete(ctx.succeeding(server -> {
            apiPort = server.actualPort();
            ctx.completeNow();
        }));
    }

    @Test
    void searchProxiesToCarrier(Vertx vertx, VertxTestContext ctx) {
        WebClient.create(vertx).get(apiPort, "localhost", "/api/numbers?areaCode=919&quantity=2").send()
                .onComplete(ctx.succeeding(response -> ctx.verify(() -> {
                    assertEquals(200, response.statusCode());
                    assertEquals(2, response.bodyAsJsonObject().getJsonArray("numbers").size());
                    ctx.completeNow();
                })));
    }

    @Test
    void rejectsBadAreaCode(Vertx vertx, VertxTestContext ctx) {
        WebClient.create(vertx).get(apiPort, "localhost", "/api/numbers").addQueryParam("areaCode", "19").send()
                .onComplete(ctx.succeeding(response -> ctx.verify(() -> {
                    assertEquals(400, response.statusCode());
                    ctx.completeNow();
                })));
    }

    @Test
    void unknownNumberIs404(Vertx vertx, VertxTestContext ctx) {
        WebClient.create(vertx).get(apiPort, "localhost", "/api/numbers/9195550199").send()
                .onComplete(ctx.succeeding(response -> ctx.verify(() -> {
                    assertEquals(404, response.statusCode());
                    ctx.completeNow();
                })));
    }
}
