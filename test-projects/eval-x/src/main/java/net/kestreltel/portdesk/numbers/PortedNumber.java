package net.kestreltel.portdesk.numbers;

import java.time.Instant;

/**
 * A number on our network, as stored in {@code ported_numbers}.
 *
 * @param tn        ten-digit national number, the table's primary key
 * @param areaCode  NPA of the number, derived when the port request is created
 */
public record PortedNumber(String tn, int areaCode, String customerId, String status, String e911AddressId,
                           Instant activatedAt) {

    public PortedNumber withStatus(String newStatus) {
        return new PortedNumber(tn, areaCode, customerId, newStatus, e911AddressId, activatedAt);
    }
}
