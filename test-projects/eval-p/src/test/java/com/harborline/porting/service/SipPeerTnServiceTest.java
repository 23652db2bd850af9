package com.harborline.porting.service;

import com.harborline.porting.support.MockDashboard;
import io.micronaut.context.ApplicationContext;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SipPeerTnServiceTest {

    @Test
    void togglesSmsOnSipPeerNumber() throws Exception {
        try (MockDashboard dashboard = new MockDashboard();
             ApplicationContext ctx = ApplicationContext.run(dashboard.properties(), "test")) {
            dashboard.respondXml("<SipPeerTelephoneNumberResponse/>");
            ctx.getBean(SipPeerTnService.class).setSmsRaw("9193360001", true);

            RecordedRequest request = dashboard.take();
            assertEquals("PUT", request.getMethod());
            assertEquals("/api/accounts/9900123/sites/461/sippeers/303716/tns/9193360001", request.getPath());
            assertTrue(request.getBody().readUtf8().contains("<SmsEnabled>true</SmsEnabled>"));
        }
    }

    @Test
    void enablesSmsThroughTnOptionOrder() throws Exception {
        try (MockDashboard dashboard = new MockDashboard();
             ApplicationContext ctx = ApplicationContext.run(dashboard.properties(), "test")) {
            dashboard.respondXml("<TnOptionOrderResponse/>");
            ctx.getBean(SipPeerTnService.class).setSmsViaTnOptions(List.of("+19193360001"), true);

            RecordedRequest request = dashboard.take();
            assertEquals("/api/accounts/9900123/tnoptions", request.getPath());
            assertTrue(request.getBody().readUtf8().contains("<Sms>on</Sms>"));
        }
    }

    @Test
    void forwardsCallsWithoutTouchingMessaging() throws Exception {
        try (MockDashboard dashboard = new MockDashboard();
             ApplicationContext ctx = ApplicationContext.run(dashboard.properties(), "test")) {
            dashboard.respondXml("<SipPeerTelephoneNumberResponse/>");
            ctx.getBean(SipPeerTnService.class).forwardCallsRaw("+19193360002", "+19193360003");

            assertEquals("/api/accounts/9900123/sites/461/sippeers/303716/tns/+19193360002", dashboard.take().getPath());
        }
    }
}
