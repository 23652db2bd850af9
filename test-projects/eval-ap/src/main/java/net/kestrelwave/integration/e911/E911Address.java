package net.kestrelwave.integration.e911;

/**
 * A dispatchable service address as captured by the provisioning portal.
 */
public record E911Address(
        String houseNumber,
        String streetName,
        String addressLine2,
        String city,
        String stateCode,
        String zip,
        String callbackNumber) {

    public String zip5() {
        return zip.length() > 5 ? zip.substring(0, 5) : zip;
    }
}
