package net.kestrelwave.provisioning.service;

import net.kestrelwave.provisioning.api.ProvisioningApi.SmsToggleRequest;
import net.kestrelwave.provisioning.api.ProvisioningApi.SmsToggleResponse;
import net.kestrelwave.provisioning.config.EnvironmentLoader;
import net.kestrelwave.provisioning.dashboard.FakeDashboardClient;
import net.kestrelwave.provisioning.rpc.BlockingObserver;
import net.kestrelwave.provisioning.templates.TemplateRenderer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessagingFeatureServiceTest {

    private final FakeDashboardClient dashboard = new FakeDashboardClient();
    private final MessagingFeatureService service = new MessagingFeatureService(dashboard, new TemplateRenderer(),
            new EnvironmentLoader().load("staging"));

    @Test
    void togglePutsTheNumberOnThePeer() throws Exception {
        BlockingObserver<SmsToggleResponse> observer = new BlockingObserver<>();
        service.handle(new SmsToggleRequest("+19195550161", true), observer);
        observer.single(1);
        FakeDashboardClient.Sent sent = dashboard.last();
        assertEquals("PUT", sent.method());
        assertTrue(sent.uri().getPath().contains("/sippeers/88120/tns/"));
        assertTrue(sent.body().contains("<SmsEnabled>true</SmsEnabled>"));
    }

    @Test
    void afterHoursForwardGoesToTheAnsweringService() {
        service.forwardAfterHours("+19195550162");
        assertTrue(dashboard.last().body().contains("<CallForward>"));
    }

    @Test
    void tnOptionOrderForBulkChanges() throws Exception {
        service.smsViaTnOptions(List.of("+19195550163", "+19195550164"), false);
        assertTrue(dashboard.last().body().contains("<Sms>off</Sms>"));
    }
}
