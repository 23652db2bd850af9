package net.harborlinecarrier.tnvault.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Settings of the nightly hosted-messaging bulk import. The bulk job still goes through the
 * old inetwork host because the customer-care VPN only whitelists that one.
 */
public class BulkImportConfiguration {

    @JsonProperty
    private String legacyEndpoint = "https://api.inetwork.com/v1.0";

    @Min(1)
    @Max(32)
    @JsonProperty
    private int maxConcurrent = 8;

    @Min(1)
    @Max(5000)
    @JsonProperty
    private int batchSize = 500;

    @JsonProperty
    private int requestTimeoutSeconds = 60;

    public String getLegacyEndpoint() {
        return legacyEndpoint;
    }

    public int getMaxConcurrent() {
        return maxConcurrent;
    }

    public int getBatchSize() {
        return batchSize;
    }

    public int getRequestTimeoutSeconds() {
        return requestTimeoutSeconds;
    }
}
