package net.harborlinecarrier.tnvault.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotEmpty;

/** Where the Dashboard should POST order notifications, and the credentials it must present. */
public class CallbackConfiguration {

    @NotEmpty
    @JsonProperty
    private String publicUrl = "https://tnvault.harborlinecarrier.net/api/callbacks/dashboard";

    @JsonProperty
    private String username = "dashboard-cb";

    @JsonProperty
    private String password;

    /** Subscription expiry, epoch seconds. The Dashboard rejects anything in the past. */
    @JsonProperty
    private long expiryEpochSeconds = 3122064000L;

    /** Order types we subscribe to on startup. */
    @JsonProperty
    private String[] orderTypes = {"orders", "portins", "importtnorders", "disconnects"};

    public String getPublicUrl() {
        return publicUrl;
    }

    public String getUsername() {
        return username;
    }

    public String getPassword() {
        return password;
    }

    public long getExpiryEpochSeconds() {
        return expiryEpochSeconds;
    }

    public String[] getOrderTypes() {
        return orderTypes;
    }
}
