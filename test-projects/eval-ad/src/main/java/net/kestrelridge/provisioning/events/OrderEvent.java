package net.kestrelridge.provisioning.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * Order event published by the customer portal and the sales quote tool on
 * {@code netops.tn-order.requested.v3}. Telephone numbers are 10-digit national numbers, as the
 * portal captures them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderEvent(
        @JsonProperty("eventId") String eventId,
        @JsonProperty("type") Type type,
        @JsonProperty("customerOrderId") String customerOrderId,
        @JsonProperty("billingAccountNumber") String billingAccountNumber,
        @JsonProperty("telephoneNumbers") List<String> telephoneNumbers,
        @JsonProperty("areaCode") Integer areaCode,
        @JsonProperty("quantity") Integer quantity,
        @JsonProperty("smsEnabled") Boolean smsEnabled,
        @JsonProperty("serviceAddress") ServiceAddress serviceAddress,
        @JsonProperty("loaAuthorizingPerson") String loaAuthorizingPerson,
        @JsonProperty("occurredAt") Instant occurredAt) {

    public enum Type {
        NEW_NUMBERS,
        NEW_NUMBERS_BY_AREA_CODE,
        HOSTED_MESSAGING_IMPORT,
        HOSTED_MESSAGING_REMOVE,
        EXTERNAL_TNS_IMPORT,
        E911_ADDRESS,
        SMS_TOGGLE
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ServiceAddress(
            @JsonProperty("houseNumber") String houseNumber,
            @JsonProperty("streetName") String streetName,
            @JsonProperty("city") String city,
            @JsonProperty("stateCode") String stateCode,
            @JsonProperty("zip") String zip) {
    }

    public List<String> telephoneNumbersOrEmpty() {
        return telephoneNumbers == null ? List.of() : telephoneNumbers;
    }
}
