package com.acme.numbers;

import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;

import static org.junit.jupiter.api.Assertions.assertTrue;

class NumbersClientTest {
    @Test
    void searchUrlNamesTheAccountAndTheAreaCode() {
        String url = new NumbersClient("9900123", HttpClient.newHttpClient()).searchUrl("919");
        assertTrue(url.contains("/accounts/9900123/availableNumbers?"), url);
        assertTrue(url.contains("=919&quantity=10"), url);
    }

    @Test
    void ownEndpointsStayOurs() {
        assertTrue(new MessagingClient(HttpClient.newHttpClient()).ownAddresses("7").startsWith("https://crm.acme.com/api/"));
    }
}
