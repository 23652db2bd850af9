package net.cobaltline.inventory.model.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** Response of the Bandwidth number lookup API (JSON, E.164 numbers). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LookupResult(String requestId, String status, List<Result> results) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Result(String phoneNumber, String lineType, String messagingProvider,
                         String voiceProvider, String countryCodeA3) {

        public boolean isMobile() {
            return "MOBILE".equalsIgnoreCase(lineType);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Accepted(String requestId, String status) {
    }
}
