package net.kestrelvoice.numbering.events;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Message on {@link JmsDestinations#PROVISIONING_REQUESTS}. JSON, produced by the portal:
 * <pre>
 * {"type":"ORDER_AREA_CODE","customerId":"C-88121","areaCode":"919","quantity":3,"ticketId":"KV-7781"}
 * </pre>
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProvisioningEvent(
        Type type,
        String customerId,
        List<String> tns,
        String areaCode,
        int quantity,
        String ticketId,
        long requestedAtEpochSeconds) {

    public enum Type {
        ORDER_SPECIFIC, ORDER_AREA_CODE, IMPORT_HOSTED, REMOVE_HOSTED, ENABLE_SMS, DISABLE_SMS, E911, RELEASE
    }
}
