package net.kestrelvoice.numbering.crm;

import javax.ws.rs.core.MediaType;

import org.apache.cxf.jaxrs.client.WebClient;

/** Service addresses from the customer portal's own REST API. */
public class CustomerAddressClient {

    private static final String PORTAL_API = "https://portal.kestrelvoice.net/api";

    public record CustomerAddress(String houseNumber, String street, String city, String state, String zip) {
    }

    private final String baseUrl;

    public CustomerAddressClient() {
        this(PORTAL_API);
    }

    public CustomerAddressClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public CustomerAddress serviceAddress(String customerId) {
        return WebClient.create(baseUrl)
                .accept(MediaType.APPLICATION_JSON_TYPE)
                .path("/accounts/" + customerId + "/addresses/service")
                .get(CustomerAddress.class);
    }
}
