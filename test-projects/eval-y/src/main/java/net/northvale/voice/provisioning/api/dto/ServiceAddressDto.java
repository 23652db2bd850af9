package net.northvale.voice.provisioning.api.dto;

import jakarta.json.bind.annotation.JsonbProperty;

/** Service address as the self-care portal sends it. */
public record ServiceAddressDto(
        @JsonbProperty("houseNumber") String houseNumber,
        @JsonbProperty("streetName") String streetName,
        @JsonbProperty("unit") String unit,
        @JsonbProperty("city") String city,
        @JsonbProperty("state") String state,
        @JsonbProperty("zip") String zip) {
}
