package net.kestrelwave.integration.e911;

import java.util.Map;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/**
 * SafePoint 911 handles nomadic E911 for our softphone customers (Dashboard E911 only covers
 * fixed locations).
 */
@Component
public class SafePoint911Client {

    private static final String BASE = "https://api.safepoint911.com/api/v1";
    private static final String ORG = "kestrelwave";

    private final RestTemplate vendorRestTemplate;

    public SafePoint911Client(@Qualifier("vendorRestTemplate") RestTemplate vendorRestTemplate) {
        this.vendorRestTemplate = vendorRestTemplate;
    }

    public String registerLocation(E911Address address, String deviceId) {
        String json = """
                {
                  "deviceId": "%s",
                  "callbackNumber": "9195550142",
                  "civic": {"house": "%s", "street": "%s", "city": "%s", "state": "%s", "zip": "%s"}
                }
                """.formatted(deviceId, address.houseNumber(), address.streetName(), address.city(),
                address.stateCode(), address.zip5());
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return vendorRestTemplate.postForObject(BASE + "/accounts/" + ORG + "/addresses", new HttpEntity<>(json, headers), String.class);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> location(String locationId) {
        return vendorRestTemplate.getForObject("https://api.safepoint911.com/api/v1/accounts/{org}/addresses/{id}", Map.class, ORG, locationId);
    }
}
