package com.pinecrestcomm.qa.numbers.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Binding for the {@code iris.*} block of application.yml.
 *
 * @param baseUrl     Dashboard base URL, e.g. {@code https://dashboard.bandwidth.com/api}
 * @param accountId   Dashboard account
 * @param siteId      default sub-account (site) for orders
 * @param sipPeerId   default location (SIP peer) for orders
 * @param username    API user
 * @param password    API password
 * @param sdkVersion  version segment handed to the Iris SDK client
 * @param callbackUrl where order notifications are posted
 */
@ConfigurationProperties(prefix = "iris")
public record IrisProperties(
        String baseUrl,
        String accountId,
        String siteId,
        String sipPeerId,
        String username,
        String password,
        String sdkVersion,
        String callbackUrl) {

    public IrisProperties {
        if (sdkVersion == null || sdkVersion.isBlank()) {
            sdkVersion = "v1.0";
        }
    }

    public String accountBase() {
        return baseUrl + "/accounts/" + accountId;
    }
}
