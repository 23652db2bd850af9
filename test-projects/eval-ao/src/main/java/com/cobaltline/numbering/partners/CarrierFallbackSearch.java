package com.cobaltline.numbering.partners;

import java.util.List;

import javax.ws.rs.core.UriBuilder;

import org.apache.cxf.jaxrs.client.WebClient;

import com.cobaltline.numbering.config.PartnerEndpoints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Secondary carriers used when Bandwidth has no stock in an area code (Twilio for voice-only
 * trunks, Telnyx for the Canadian overlays).
 */
public class CarrierFallbackSearch {

    private final ObjectMapper mapper = new ObjectMapper();
    private final String twilioSid;
    private final String twilioToken;
    private final String telnyxKey;

    public CarrierFallbackSearch(String twilioSid, String twilioToken, String telnyxKey) {
        this.twilioSid = twilioSid;
        this.twilioToken = twilioToken;
        this.telnyxKey = telnyxKey;
    }

    public List<String> twilioLocal(String areaCode) throws Exception {
        String url = String.format("%s/Accounts/%s/AvailablePhoneNumbers/US/Local.json?AreaCode=%s",
                PartnerEndpoints.TWILIO, twilioSid, areaCode);
        JsonNode json = mapper.readTree(WebClient.create(url, twilioSid, twilioToken, null).get(String.class));
        return json.path("available_phone_numbers").findValuesAsText("phone_number");
    }

    public String twilioAddresses() {
        return WebClient.create(PartnerEndpoints.TWILIO + "/Accounts/" + twilioSid + "/Addresses.json",
                twilioSid, twilioToken, null).get(String.class);
    }

    public List<String> telnyxLocal(String areaCode, int limit) throws Exception {
        String url = UriBuilder.fromUri(PartnerEndpoints.TELNYX)
                .path("available_phone_numbers")
                .queryParam("filter[country_code]", "CA")
                .queryParam("filter[national_destination_code]", areaCode)
                .queryParam("filter[limit]", limit)
                .build().toString();
        JsonNode json = mapper.readTree(telnyx(url).get(String.class));
        return json.path("data").findValuesAsText("phone_number");
    }

    public String telnyxAddresses(String customerReference) {
        return telnyx(PartnerEndpoints.TELNYX + "/addresses?filter[customer_reference][eq]=" + customerReference)
                .get(String.class);
    }

    public String npaOf(String e164) {
        return e164.length() == 12 ? e164.substring(2, 5) : e164.substring(0, 3);
    }

    private WebClient telnyx(String url) {
        return WebClient.create(url).header("Authorization", "Bearer " + telnyxKey).accept("application/json");
    }
}
