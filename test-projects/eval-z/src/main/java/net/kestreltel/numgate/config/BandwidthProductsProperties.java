package net.kestreltel.numgate.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Base URLs of the other Bandwidth products we talk to. None of these is the Dashboard
 * numbers API; they are versioned independently (see bandwidth-products.properties).
 */
@ConfigurationProperties(prefix = "bandwidth")
public record BandwidthProductsProperties(
        Product messaging,
        Product voice,
        Product mfa,
        Product lookup,
        Product tollFree,
        Product catapult) {

    public record Product(String baseUrl, String accountId, String username, String password, String applicationId) {
    }
}
