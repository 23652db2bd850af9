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

@ExtendWith(VertxExtension.class)
class SubscriptionRegistrarTest {

    private FakeDashboard dashboard;
    private SubscriptionRegistrar registrar;

    @BeforeEach
    void startFake(Vertx vertx, VertxTestContext ctx) {
        dashboard = new FakeDashboard(vertx).respond("POST", "/subscriptions", 201, "<Response/>");
        dashboard.start().onComplete(ctx.succeeding(port -> {
            registrar = new SubscriptionRegistrar(TestConfig.http(vertx, port), new XmlCodec(),
                    "https://hooks.test.example/cb", "cb-user", "cb-secret", "noc@test.example");
            ctx.completeNow();
        }));
    }

    @Test
    void registersEveryOrderType(VertxTestContext ctx) {
        registrar.registerAll().onComplete(ctx.succeeding(v -> ctx.verify(() -> {
            List<FakeDashboard.Recorded> posts = dashboard.byMethod("POST");
            assertEquals(6, posts.size());
            posts.forEach(p -> assertTrue(p.path().endsWith("/subscriptions"), p.path()));
            assertTrue(posts.stream().anyMatch(p -> p.body().contains("<Expiry>3122064000</Expiry>")));
            assertTrue(posts.stream().anyMatch(p -> p.body().contains("<NumberFormat>E164</NumberFormat>")));
            assertTrue(posts.stream().anyMatch(p -> p.body().contains("<URL>https://hooks.test.example/cb/orders</URL>")));
            ctx.completeNow();
        })));
    }
}
