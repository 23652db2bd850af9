package com.cascadia.numprov.domain;

/** A customer service location, as captured by the order-entry portal. */
public record ServiceAddress(
        String houseNumber,
        String streetName,
        String city,
        String stateCode,
        String zip,
        String addressLine2) {

    public ServiceAddress {
        if (zip == null || !zip.matches("\\d{5}(-\\d{4})?")) {
            throw new IllegalArgumentException("bad ZIP: " + zip);
        }
    }
}
