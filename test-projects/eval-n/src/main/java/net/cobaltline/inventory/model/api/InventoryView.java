package net.cobaltline.inventory.model.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import net.cobaltline.inventory.domain.InventoryRecord;
import net.cobaltline.inventory.domain.NumberStatus;

import java.time.Instant;

/** JSON representation served by {@code /api/inventory}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InventoryView(
        String telephoneNumber,
        String customerId,
        NumberStatus status,
        boolean smsEnabled,
        String e911AddressId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant lastSeenInReport) {

    public static InventoryView of(InventoryRecord record) {
        return new InventoryView(record.tn(), record.customerId(), record.status(), record.smsEnabled(),
                record.e911AddressId(), record.lastSeenInReport());
    }
}
