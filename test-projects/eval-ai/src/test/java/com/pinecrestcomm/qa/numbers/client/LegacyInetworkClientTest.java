package com.pinecrestcomm.qa.numbers.client;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class LegacyInetworkClientTest {

    private final LegacyInetworkClient client =
            new LegacyInetworkClient("https://api.test.inetwork.com/v1.0", "9900013");

    @Test
    void ordersUriUsesLegacyHost() throws Exception {
        assertThat(client.ordersUri()).hasHost("api.inetwork.com").hasPath("/v1.0/accounts/9900013/orders");
    }

    @Test
    void availableNumbersKeepsBasePath() throws Exception {
        URI uri = client.availableNumbersUri("919", 5);

        assertThat(uri.getPath()).endsWith("/accounts/9900013/availableNumbers");
        assertThat(uri.getQuery()).contains("quantity=5");
    }
}
