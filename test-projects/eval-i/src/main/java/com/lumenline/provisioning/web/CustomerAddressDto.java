package com.lumenline.provisioning.web;

/**
 * A customer's service address in our own API ({@code /api/v1/customers/{id}/addresses}).
 */
public record CustomerAddressDto(
        String id,
        String line1,
        String line2,
        String city,
        String state,
        String zip,
        String country,
        boolean e911Default) {
}
