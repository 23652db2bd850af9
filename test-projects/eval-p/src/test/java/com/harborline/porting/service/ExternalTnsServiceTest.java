package com.harborline.porting.service;

import com.harborline.porting.support.MockDashboard;
import io.micronaut.context.ApplicationContext;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExternalTnsServiceTest {

    @Test
    void removesHostedMessagingNumbers() throws Exception {
        try (MockDashboard dashboard = new MockDashboard();
             ApplicationContext ctx = ApplicationContext.run(dashboard.properties(), "test")) {
            dashboard.respondXml("<ExternalTnsOrderResponse/>");
            ctx.getBean(ExternalTnsService.class).removeHostedMessaging("HBL-RM-1", List.of("4158714245"));

            RecordedRequest request = dashboard.take();
            assertEquals("/api/accounts/9900123/externalTns", request.getPath());
        }
    }
}
