package net.korvalink.edge.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.URI;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.bandwidth.iris.sdk.IrisClient;

import net.korvalink.edge.config.DashboardProperties;

class E911AddressClientTest {

    private final DashboardHttpClient dashboard = mock(DashboardHttpClient.class);
    private E911AddressClient client;

    @BeforeEach
    void setUp() {
        DashboardProperties props = new DashboardProperties();
        props.setAccountId("9900112");
        props.setHost("https://dashboard.bandwidth.com");
        client = new E911AddressClient(dashboard, props, mock(IrisClient.class));
    }

    @Test
    void linkPointsAtTheAddress() {
        URI uri = client.addressUri("a-77");

        assertEquals("dashboard.bandwidth.com", uri.getHost());
        assertEquals("/api/accounts/9900112/addresses/a-77", uri.getPath());
    }

    @Test
    void listsAccountAddresses() {
        when(dashboard.get("/accounts/9900112/addresses")).thenReturn("<Addresses/>");

        assertEquals("<Addresses/>", client.listAddresses());
        verify(dashboard).get("/accounts/9900112/addresses");
    }
}
