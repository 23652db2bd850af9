package com.bluepinenet.cdrpipeline.dashboard;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.bluepinenet.cdrpipeline.config.DashboardProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class HostedMessagingClientTest {

    private DashboardHttpClient http;
    private HostedMessagingClient client;

    @BeforeEach
    void setUp() {
        http = mock(DashboardHttpClient.class);
        when(http.postXml(anyString(), anyString())).thenReturn(CompletableFuture.completedFuture("<ImportTnOrderResponse/>"));
        DashboardProperties props = new DashboardProperties();
        props.setAccountId("9900123");
        props.setSiteId("18840");
        props.setSipPeerId("602113");
        client = new HostedMessagingClient(http, props, "/accounts/{accountId}/externalTns");
    }

    @Test
    void importPostsOneElementPerNumber() {
        client.importForMessaging("BPN-IMP-0042", "Harbor Dental Group", List.of(
                "9195550131",
                "9195550132"));

        ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
        verify(http).postXml(eq("/accounts/9900123/importTnOrders"), body.capture());
        assertTrue(body.getValue().contains("<TelephoneNumber>9195550131</TelephoneNumber>"));
        assertTrue(body.getValue().contains("<Name>Harbor Dental Group</Name>"));
    }

    @Test
    void removalGoesToRemoveImportedTnOrders() {
        client.removeFromMessaging("BPN-RM-0007", List.of("9845550133"));

        verify(http).postXml(eq("/accounts/9900123/removeImportedTnOrders"), anyString());
    }

    @Test
    void externalImportUsesExternalTns() {
        client.externalImport("BPN-EXT-0101", List.of("2525550134"));

        verify(http).postXml(eq("/accounts/9900123/externalTns"), anyString());
    }
}
