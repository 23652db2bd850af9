package net.cobaltline.inventory.model.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Body of {@code POST /api/inventory/reservations}, sent by the provisioning portal.
 * The portal only lets sales pick a US area code from a drop-down.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReservationRequest(String customerId, int areaCode, int quantity, boolean enableSms) {

    public ReservationRequest {
        if (quantity <= 0 || quantity > 250) {
            throw new IllegalArgumentException("quantity must be between 1 and 250");
        }
    }
}
