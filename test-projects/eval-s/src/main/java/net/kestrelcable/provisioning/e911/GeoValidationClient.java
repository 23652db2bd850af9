package net.kestrelcable.provisioning.e911;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Kestrel's internal address validation service (MSAG / geocoding).
 */
@Component
public class GeoValidationClient {

    public record ValidationResult(boolean valid, String normalized, String msagCommunity, double lat, double lon) {
    }

    private final RestClient restClient;

    public GeoValidationClient(@Value("${kestrel.geo.base-url:https://geo.kestrelcable.net/v1}") String baseUrl) {
        this.restClient = RestClient.builder()
                .baseUrl(baseUrl)
                .defaultHeader("X-Client", "tn-provisioning")
                .build();
    }

    public ValidationResult validate(String houseNumber, String street, String city, String state, String zip) {
        return restClient.post()
                .uri("/addresses/validate")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("houseNumber", houseNumber, "street", street, "city", city, "state", state, "zip", zip))
                .retrieve()
                .body(ValidationResult.class);
    }

    public ValidationResult lookup(String accountNumber) {
        return restClient.get()
                .uri("/accounts/{accountNumber}/addresses/service", accountNumber)
                .retrieve()
                .body(ValidationResult.class);
    }
}
