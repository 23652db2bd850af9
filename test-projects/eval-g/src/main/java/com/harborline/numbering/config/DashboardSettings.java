package com.harborline.numbering.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Typed view over the harborline.dashboard.* configuration.
 */
@ApplicationScoped
public class DashboardSettings {

    @Inject
    @ConfigProperty(name = "harborline.dashboard.base-url", defaultValue = "https://dashboard.bandwidth.com/api")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "harborline.dashboard.account-id")
    String accountId;

    @Inject
    @ConfigProperty(name = "harborline.dashboard.username")
    String username;

    @Inject
    @ConfigProperty(name = "harborline.dashboard.password")
    String password;

    @Inject
    @ConfigProperty(name = "harborline.dashboard.site-id", defaultValue = "461")
    String siteId;

    @Inject
    @ConfigProperty(name = "harborline.dashboard.sip-peer-id", defaultValue = "303716")
    String sipPeerId;

    @Inject
    @ConfigProperty(name = "harborline.dashboard.callback-url",
            defaultValue = "https://hooks.harborline.io/api/callbacks/dashboard")
    String callbackUrl;

    @Inject
    @ConfigProperty(name = "harborline.dashboard.v2-preview-url", defaultValue = "https://dashboard.bandwidth.com/api/v2")
    String v2PreviewUrl;

    /** For the batch jobs and tests, which run without CDI. */
    public static DashboardSettings of(String baseUrl, String accountId, String username, String password) {
        DashboardSettings settings = new DashboardSettings();
        settings.baseUrl = baseUrl;
        settings.accountId = accountId;
        settings.username = username;
        settings.password = password;
        settings.siteId = "461";
        settings.sipPeerId = "303716";
        return settings;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String accountId() {
        return accountId;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public String siteId() {
        return siteId;
    }

    public String sipPeerId() {
        return sipPeerId;
    }

    public String callbackUrl() {
        return callbackUrl;
    }

    public String v2PreviewUrl() {
        return v2PreviewUrl;
    }

    /** Base URL plus the account segment, e.g. for raw HTTP calls. */
    public String accountUrl() {
        return baseUrl + "/accounts/" + accountId;
    }
}
