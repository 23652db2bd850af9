package net.prairiewave.numbering.e911;

/** A validated service address as our provisioning UI captures it. */
public record E911Address(
        String houseNumber,
        String streetName,
        String streetSuffix,
        String addressLine2,
        String city,
        String stateCode,
        String zip,
        String plusFour,
        String callerName) {

    public String oneLine() {
        return houseNumber + " " + streetName + " " + streetSuffix + ", " + city + ", " + stateCode + " " + zip;
    }
}
