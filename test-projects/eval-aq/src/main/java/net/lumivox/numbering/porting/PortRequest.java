package net.lumivox.numbering.porting;

import java.time.LocalDate;
import java.util.List;

/**
 * A port-in request as entered by the sales engineer in the CRM.
 */
public record PortRequest(
        String ticketId,
        String billingNumber,
        List<String> numbers,
        String authorizingPerson,
        String businessName,
        String houseNumber,
        String streetName,
        String city,
        String stateCode,
        String zip,
        LocalDate requestedFocDate) {
}
