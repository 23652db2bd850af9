package net.lumivox.numbering.vendors;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;

/**
 * Telnyx carries our SIP trunks in the EU; emergency addresses live with them for those numbers.
 */
public class TelnyxAddressClient {

    private static final String ADDRESSES = "https://api.telnyx.com/v2/addresses";

    private final Client client;

    public TelnyxAddressClient(Client client) {
        this.client = client;
    }

    public String list() {
        return client.target(ADDRESSES)
                .queryParam("page[size]", 100)
                .request(MediaType.APPLICATION_JSON)
                .get(String.class);
    }

    public String get(String addressId) {
        return client.target("https://api.telnyx.com/v2/addresses/{id}")
                .resolveTemplate("id", addressId)
                .request(MediaType.APPLICATION_JSON)
                .get(String.class);
    }

    public String create(String json) {
        return client.target(ADDRESSES).request(MediaType.APPLICATION_JSON).post(Entity.json(json), String.class);
    }

    public String availableNumbers(String countryCode, String nationalDestinationCode) {
        return client.target("https://api.telnyx.com/v2/available_phone_numbers")
                .queryParam("filter[country_code]", countryCode)
                .queryParam("filter[national_destination_code]", nationalDestinationCode)
                .request(MediaType.APPLICATION_JSON)
                .get(String.class);
    }
}
