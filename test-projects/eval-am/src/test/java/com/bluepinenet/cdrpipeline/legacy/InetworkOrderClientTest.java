package com.bluepinenet.cdrpipeline.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InetworkOrderClientTest {

    private final InetworkOrderClient client = new InetworkOrderClient(InetworkOrderClient.Endpoints.load(), "9900123", "Basic dGVzdDp0ZXN0");

    @Test
    void ordersUriUsesPartnerHost() throws Exception {
        assertEquals("https://api.inetwork.com/v1.0/accounts/9900123/orders", client.ordersUri().toString());
    }

    @Test
    void inserviceUriCarriesAreaCode() throws Exception {
        assertEquals("https://api.inetwork.com/v1.0/accounts/9900123/inserviceNumbers?areaCode=919&size=500",
                client.inserviceUri("919").toString());
    }
}
