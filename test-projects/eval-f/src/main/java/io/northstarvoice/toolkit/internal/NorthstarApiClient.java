package io.northstarvoice.toolkit.internal;

import io.northstarvoice.toolkit.http.HttpResult;
import io.northstarvoice.toolkit.http.HttpTransport;
import io.northstarvoice.toolkit.http.IrisRequest;
import io.northstarvoice.toolkit.model.ServiceRegion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Our own backend (customer records, service addresses, CRM regions, support tickets). */
public class NorthstarApiClient {

    private static final String CUSTOMER_ADDRESSES = "/api/customers/%s/addresses";

    private final HttpTransport transport;
    private final String baseUrl;

    public NorthstarApiClient(HttpTransport transport, String baseUrl) {
        this.transport = transport;
        this.baseUrl = baseUrl;
    }

    public HttpResult serviceAddresses(String customerId) throws IOException {
        return transport.send(IrisRequest.builder()
                .base("https://api.northstarvoice.io")
                .path(String.format(CUSTOMER_ADDRESSES, customerId))
                .build());
    }

    public HttpResult regionsFor(ServiceRegion region) throws IOException {
        return transport.send(IrisRequest.builder()
                .base(baseUrl)
                .path("regions")
                .query("areaCode", Integer.toString(region.areaCode()))
                .build());
    }

    public HttpResult openSupportTicket(String customerId) throws IOException {
        String body;
        try (InputStream in = NorthstarApiClient.class.getResourceAsStream("/payloads/support-ticket.json")) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return transport.send(IrisRequest.builder().method(IrisRequest.Method.POST)
                .base(baseUrl).path("customers", customerId, "tickets").json(body).build());
    }

    public HttpResult accountAddresses(String accountNumber) throws IOException {
        return transport.send(IrisRequest.builder()
                .base("https://api.northstarvoice.io/api/accounts/" + accountNumber + "/addresses")
                .build());
    }
}
