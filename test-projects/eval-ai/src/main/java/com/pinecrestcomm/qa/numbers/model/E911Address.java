package com.pinecrestcomm.qa.numbers.model;

/**
 * Validated E911 service address as returned by the Dashboard.
 */
public record E911Address(
        String addressId,
        String houseNumber,
        String streetName,
        String city,
        String stateCode,
        String zip,
        String country) {

    public String singleLine() {
        return houseNumber + " " + streetName + ", " + city + ", " + stateCode + " " + zip;
    }
}
