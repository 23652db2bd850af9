package net.harbourline.tnbridge.model;

/**
 * Service address of a Harbourline customer site, as the provisioning portal publishes it
 * (served again by our own {@code /api/customers/{id}/addresses} endpoint).
 */
public record CustomerAddress(String customerId, String siteName, String houseNumber, String street,
                              String city, String state, String postalCode, String callbackNumber) {
}
