package net.kestreltel.portdesk.porting;

import java.time.LocalDate;
import java.util.List;

/**
 * What the porting desk UI submits. The area code here is the customer's preference for
 * replacement numbers, typed by an agent.
 */
public record PortInRequest(String customerId,
                            String losingCarrier,
                            String billingTn,
                            List<String> tns,
                            String areaCode,
                            int preferredAreaCode,
                            String authorizingPerson,
                            LocalDate requestedFoc,
                            ServiceAddressDto serviceAddress) {

    public record ServiceAddressDto(String houseNumber, String streetName, String city, String stateCode, String zip) {
    }
}
