package com.northforktel.numbering.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.northforktel.numbering.config.ConfigKeys;
import com.northforktel.numbering.config.DashboardSettings;
import com.northforktel.numbering.support.FakeDashboard;
import com.northforktel.numbering.support.Fixtures;
import com.northforktel.numbering.support.TestConfig;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class E911AddressClientTest {

    private FakeDashboard dashboard;
    private int port;

    @BeforeEach
    void startFake(Vertx vertx, VertxTestContext ctx) {
        String page = Fixtures.read("fixtures/e911-addresses.xml");
        dashboard = new FakeDashboard(vertx)
                .respond("GET", "/A-88213", 200, "<Address><AddressId>A-88213</AddressId><Zip>27603</Zip></Address>")
                .respond("GET", "ddresses", 200, page);
        dashboard.start().onComplete(ctx.succeeding(p -> {
            port = p;
            ctx.completeNow();
        }));
    }

    private E911AddressClient client(Vertx vertx, DashboardSettings settings) {
        return new E911AddressClient(TestConfig.http(vertx, settings), new XmlCodec(), settings);
    }

    @Test
    void listsAddressesPageByPage(Vertx vertx, VertxTestContext ctx) {
        client(vertx, TestConfig.settings(port)).list(1, 50).onComplete(ctx.succeeding(addresses -> ctx.verify(() -> {
            FakeDashboard.Recorded request = dashboard.last();
            assertEquals("/api/accounts/9900012/addresses", request.path());
            assertEquals("1", request.queryParam("page"));
            assertEquals("50", request.queryParam("size"));
            assertEquals(2, addresses.size());
            assertEquals("Raleigh", addresses.get(0).city);
            ctx.completeNow();
        })));
    }

    @Test
    void readsOneAddress(Vertx vertx, VertxTestContext ctx) {
        client(vertx, TestConfig.settings(port)).get("A-88213").onComplete(ctx.succeeding(address -> ctx.verify(() -> {
            assertTrue(dashboard.last().path().endsWith("/addresses/A-88213"));
            assertEquals("27603", address.zip);
            ctx.completeNow();
        })));
    }

    @Test
    void previewFlagUsesTheNewResource(Vertx vertx, VertxTestContext ctx) {
        Map<String, String> flat = TestConfig.flat(port);
        flat.put(ConfigKeys.DASHBOARD_V2_PREVIEW, "true");
        client(vertx, TestConfig.settings(flat)).list(1, 50).onComplete(ctx.succeeding(addresses -> ctx.verify(() -> {
            assertEquals("/api/v2/accounts/9900012/e911Addresses", dashboard.last().path());
            ctx.completeNow();
        })));
    }
}
