package com.northforktel.numbering.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.northforktel.numbering.dashboard.DashboardHttp;
import com.northforktel.numbering.dashboard.InServiceNumberClient;
import com.northforktel.numbering.dashboard.XmlCodec;
import com.northforktel.numbering.support.FakeDashboard;
import com.northforktel.numbering.support.Fixtures;
import com.northforktel.numbering.support.InMemoryNumberStore;
import com.northforktel.numbering.support.TestConfig;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class InventorySyncServiceTest {

    private FakeDashboard dashboard;
    private InMemoryNumberStore store;
    private InventorySyncService sync;

    @BeforeEach
    void startFake(Vertx vertx, VertxTestContext ctx) {
        store = new InMemoryNumberStore();
        dashboard = new FakeDashboard(vertx)
                .respond("GET", "/inserviceNumbers", 200, Fixtures.read("fixtures/inservice-numbers.xml"));
        dashboard.start().onComplete(ctx.succeeding(port -> {
            DashboardHttp http = TestConfig.http(vertx, port);
            XmlCodec xml = new XmlCodec();
            InServiceNumberClient inService = new InServiceNumberClient(http, xml, TestConfig.settings(port),
                    "localhost", String.valueOf(port));
            sync = new InventorySyncService(inService, http, xml, store, "[919]", "500");
            ctx.completeNow();
        }));
    }

    @Test
    void storesEveryInServiceNumber(VertxTestContext ctx) {
        sync.syncAreaCode("919").onComplete(ctx.succeeding(report -> ctx.verify(() -> {
            FakeDashboard.Recorded request = dashboard.last();
            assertEquals("/v1.0/accounts/9900012/inserviceNumbers", request.path());
            assertEquals("919", request.queryParam("areacode"));
            assertEquals("500", request.queryParam("size"));
            assertEquals(3, report.upserted());
            assertEquals(0, report.skipped());
            assertEquals(919, store.get("9195550120").areaCode());
            ctx.completeNow();
        })));
    }
}
