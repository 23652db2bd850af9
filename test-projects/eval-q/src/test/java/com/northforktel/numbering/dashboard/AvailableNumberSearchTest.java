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
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class AvailableNumberSearchTest {

    private FakeDashboard dashboard;
    private AvailableNumberSearch search;

    @BeforeEach
    void startFake(Vertx vertx, VertxTestContext ctx) {
        dashboard = new FakeDashboard(vertx)
                .respond("GET", "/availableNumbers", 200, Fixtures.read("fixtures/available-numbers.xml"));
        dashboard.start().onComplete(ctx.succeeding(port -> {
            search = new AvailableNumberSearch(TestConfig.http(vertx, port), new XmlCodec(),
                    TestConfig.settings(port), "localhost", String.valueOf(port));
            ctx.completeNow();
        }));
    }

    @Test
    void searchesByAreaCode(VertxTestContext ctx) {
        search.byAreaCode("919", 2).onComplete(ctx.succeeding(tns -> ctx.verify(() -> {
            FakeDashboard.Recorded request = dashboard.last();
            assertTrue(request.path().endsWith("/availableNumbers"));
            assertEquals("919", request.queryParam("areaCode"));
            assertEquals("2", request.queryParam("quantity"));
            assertEquals(List.of("9195550110", "9195550111"), tns);
            ctx.completeNow();
        })));
    }

    @Test
    void consoleFiltersArePassedThrough(VertxTestContext ctx) {
        search.advanced(Map.of("npa", "704", "localVanity", "PIZZA"), false)
                .onComplete(ctx.succeeding(tns -> ctx.verify(() -> {
                    FakeDashboard.Recorded request = dashboard.last();
                    assertEquals("704", request.queryParam("areaCode"));
                    assertEquals("PIZZA", request.queryParam("localVanity"));
                    ctx.completeNow();
                })));
    }

    @Test
    void canadianSearchSendsCountry(VertxTestContext ctx) {
        search.canada("437", 5).onComplete(ctx.succeeding(tns -> ctx.verify(() -> {
            FakeDashboard.Recorded request = dashboard.last();
            assertEquals("CAN", request.queryParam("countryCodeA3"));
            assertEquals("/api/v2/accounts/9900012/availableNumbers", request.path());
            ctx.completeNow();
        })));
    }
}
