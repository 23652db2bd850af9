package com.northwind.numbers.domain;

import java.time.Instant;
import java.util.List;

/**
 * A customer's port-in request as captured by the storefront.
 */
public record PortRequest(
        String customerOrderId,
        String businessName,
        String authorizingPerson,
        String billingTelephoneNumber,
        List<String> telephoneNumbers,
        String houseNumber,
        String streetName,
        String city,
        String stateCode,
        String zip,
        Instant requestedFoc) {
}
