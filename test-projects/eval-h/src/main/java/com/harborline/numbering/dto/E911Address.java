package com.harborline.numbering.dto;

/** An E911 address as Dashboard knows it, plus the Harborline site it belongs to. */
public record E911Address(
        String addressId,
        String houseNumber,
        String streetName,
        String city,
        String stateCode,
        String zip,
        String harborlineSiteCode) {

    public String oneLine() {
        return houseNumber + " " + streetName + ", " + city + ", " + stateCode + " " + zip;
    }
}
