package net.kestreltel.portdesk.e911;

import net.kestreltel.portdesk.dashboard.model.AddressesResponse;
import java.util.List;

/** Our view of a Dashboard E911 address. */
public record E911Address(String id, String street, String city, String state, String zip, List<String> numbers) {

    public static E911Address fromXml(AddressesResponse.Address xml) {
        String street = (xml.houseNumber == null ? "" : xml.houseNumber + " ") + xml.streetName;
        return new E911Address(xml.addressId, street, xml.city, xml.stateCode, xml.zip, List.copyOf(xml.telephoneNumbers));
    }

    public String oneLine() {
        return "%s, %s, %s %s".formatted(street, city, state, zip);
    }
}
