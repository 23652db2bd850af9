package com.northforktel.numbering.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.northforktel.numbering.support.FakeDashboard;
import com.northforktel.numbering.support.TestConfig;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class SipPeerTnClientTest {

    private FakeDashboard dashboard;
    private SipPeerTnClient client;

    @BeforeEach
    void startFake(Vertx vertx, VertxTestContext ctx) {
        dashboard = new FakeDashboard(vertx);
        dashboard.start().onComplete(ctx.succeeding(port -> {
            client = new SipPeerTnClient(TestConfig.http(vertx, port), new XmlCodec(), TestConfig.settings(port));
            ctx.completeNow();
        }));
    }

    @Test
    void enablesSms(VertxTestContext ctx) {
        client.setSms("3365550144", true).onComplete(ctx.succeeding(v -> ctx.verify(() -> {
            FakeDashboard.Recorded request = dashboard.last();
            assertEquals("PUT", request.method());
            assertEquals("/api/accounts/9900012/sites/4417/sippeers/583920/tns/3365550144", request.path());
            assertTrue(request.body().contains("<SmsEnabled>true</SmsEnabled>"), request.body());
            ctx.completeNow();
        })));
    }

    @Test
    void callForwardLeavesMessagingAlone(VertxTestContext ctx) {
        client.setCallForward("3365550145", "+19195550199").onComplete(ctx.succeeding(v -> ctx.verify(() -> {
            String body = dashboard.last().body();
            assertTrue(body.contains("<CallForward>+19195550199</CallForward>"), body);
            assertFalse(body.contains("MessagingSettings"), body);
            ctx.completeNow();
        })));
    }
}
