package net.lumivox.numbering.e911;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import net.lumivox.numbering.config.IrisProperties;
import net.lumivox.numbering.iris.IrisEndpoints;

import java.net.URI;
import java.text.MessageFormat;

/**
 * E911 service addresses of the Lumivox sites, kept in the Dashboard.
 */
public class E911AddressClient {

    private final Client client;
    private final WebTarget dashboard;
    private final String baseUrl;
    private final String accountId;
    private final String addressesUrl;

    public E911AddressClient(Client client, IrisProperties props) {
        this.client = client;
        this.dashboard = client.target(props.baseUrl());
        this.baseUrl = props.baseUrl();
        this.accountId = props.accountId();
        this.addressesUrl = props.baseUrl() + props.accountPath(props.e911AddressesPath());
    }

    public String listAddresses() {
        return dashboard.path("accounts").path(accountId).path("addresses")
                .request(MediaType.APPLICATION_XML)
                .get(String.class);
    }

    public String getAddress(String addressId) {
        return dashboard.path("accounts/{accountId}/addresses/{addressId}")
                .resolveTemplate("accountId", accountId)
                .resolveTemplate("addressId", addressId)
                .request(MediaType.APPLICATION_XML)
                .get(String.class);
    }

    public String searchByZip(String zip) {
        return dashboard.path("accounts")
                .path(accountId)
                .path("addresses")
                .queryParam("zip", zip)
                .request(MediaType.APPLICATION_XML)
                .get(String.class);
    }

    public Response deleteAddress(String addressId) {
        return client.target(addressesUrl).path(addressId).request().delete();
    }

    public String createAddress(String houseNumber, String street, String city, String state, String zip) {
        String body = """
                <Address>
                  <HouseNumber>%s</HouseNumber>
                  <StreetName>%s</StreetName>
                  <City>%s</City>
                  <StateCode>%s</StateCode>
                  <Zip>%s</Zip>
                  <Country>US</Country>
                  <AddressType>Service</AddressType>
                </Address>
                """.formatted(houseNumber, street, city, state, zip);
        URI uri = UriBuilder.fromUri(IrisEndpoints.PRODUCTION)
                .path("accounts").path("{accountId}").path("addresses")
                .build(accountId);
        return client.target(uri).request(MediaType.APPLICATION_XML).post(Entity.xml(body), String.class);
    }

    public String updateAddress(String addressId, String body) {
        String url = "%s/accounts/%s/addresses/%s".formatted(baseUrl, accountId, addressId);
        return client.target(url).request(MediaType.APPLICATION_XML).put(Entity.xml(body), String.class);
    }

    public String addressesOfSite(String siteId) {
        String url = MessageFormat.format("{0}/accounts/{1}/addresses?siteId={2}", baseUrl, accountId, siteId);
        return client.target(url).request(MediaType.APPLICATION_XML).get(String.class);
    }

    /** Endpoints already on the new resource name. */
    public String listE911Addresses() {
        return dashboard.path("accounts").path(accountId).path("e911Addresses")
                .request(MediaType.APPLICATION_XML)
                .get(String.class);
    }
}
