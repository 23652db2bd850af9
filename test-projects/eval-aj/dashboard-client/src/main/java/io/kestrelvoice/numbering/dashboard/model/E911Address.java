package io.kestrelvoice.numbering.dashboard.model;

/**
 * A service address registered for E911 on the Dashboard account.
 */
public record E911Address(
        String addressId,
        String houseNumber,
        String streetName,
        String city,
        String stateCode,
        String zip,
        String callbackNumber) {

    public String toXml() {
        StringBuilder sb = new StringBuilder();
        sb.append("<Address>");
        sb.append("<HouseNumber>").append(houseNumber).append("</HouseNumber>");
        sb.append("<StreetName>").append(streetName).append("</StreetName>");
        sb.append("<City>").append(city).append("</City>");
        sb.append("<StateCode>").append(stateCode).append("</StateCode>");
        sb.append("<Zip>").append(zip).append("</Zip>");
        sb.append("<AddressType>E911</AddressType>");
        sb.append("</Address>");
        return sb.toString();
    }
}
