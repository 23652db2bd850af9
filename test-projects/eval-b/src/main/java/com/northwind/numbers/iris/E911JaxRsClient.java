package com.northwind.numbers.iris;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;

/**
 * E911 sync used by the partner portal module (JAX-RS client, runs inside the portal's Jersey runtime).
 */
public class E911JaxRsClient implements AutoCloseable {

    private final Client client;
    private final WebTarget account;
    private final WebTarget accountV2;

    public E911JaxRsClient(String accountId) {
        this.client = ClientBuilder.newClient();
        this.account = client.target("https://dashboard.bandwidth.com/api")
                .path("accounts")
                .path(accountId);
        this.accountV2 = client.target("https://dashboard.bandwidth.com/api/v2")
                .path("accounts")
                .path(accountId);
    }

    public String address(String addressId) {
        return account.path("addresses").path(addressId)
                .request(MediaType.APPLICATION_XML)
                .get(String.class);
    }

    public String updateAddress(String addressId, String xml) {
        return account.path("addresses/{addressId}")
                .resolveTemplate("addressId", addressId)
                .request(MediaType.APPLICATION_XML)
                .put(Entity.xml(xml), String.class);
    }

    public String e911AddressV2(String addressId) {
        return accountV2.path("e911Addresses").path(addressId)
                .request(MediaType.APPLICATION_XML)
                .get(String.class);
    }

    /** v2's reusable address book (a different resource from E911 addresses). */
    public String reusableAddressesV2() {
        return accountV2.path("addresses")
                .request(MediaType.APPLICATION_XML)
                .get(String.class);
    }

    @Override
    public void close() {
        client.close();
    }
}
