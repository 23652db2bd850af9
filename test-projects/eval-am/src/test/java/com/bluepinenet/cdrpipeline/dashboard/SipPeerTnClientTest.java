package com.bluepinenet.cdrpipeline.dashboard;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.concurrent.CompletableFuture;

import com.bluepinenet.cdrpipeline.config.DashboardProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class SipPeerTnClientTest {

    private DashboardHttpClient http;
    private SipPeerTnClient client;

    @BeforeEach
    void setUp() {
        http = mock(DashboardHttpClient.class);
        when(http.putXml(anyString(), anyString())).thenReturn(CompletableFuture.completedFuture(""));
        DashboardProperties props = new DashboardProperties();
        props.setAccountId("9900123");
        props.setSiteId("18840");
        props.setSipPeerId("602113");
        client = new SipPeerTnClient(http, props, new XmlTemplates());
    }

    @Test
    void enableSmsPutsToTheNumberOnOurPeer() {
        client.enableSms("9195550160");

        ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
        verify(http).putXml(eq("/accounts/9900123/sites/18840/sippeers/602113/tns/9195550160"), body.capture());
        assertTrue(body.getValue().contains("<SmsEnabled>true</SmsEnabled>"));
    }

    @Test
    void callForwardOnly() {
        client.setCallForward("9195550163", "+19195550164");

        ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
        verify(http).putXml(anyString(), body.capture());
        assertTrue(body.getValue().contains("<CallForward>+19195550164</CallForward>"));
    }
}
