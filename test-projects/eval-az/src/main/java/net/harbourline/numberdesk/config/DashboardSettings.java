package net.harbourline.numberdesk.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;

/**
 * Connection settings for the Bandwidth Dashboard (numbers API).
 * <p>
 * Values live in {@code META-INF/microprofile-config.properties}; every environment overrides them
 * through environment variables, e.g. {@code DASHBOARD_BASE_URL} or {@code DASHBOARD_PASSWORD}.
 */
@ApplicationScoped
public class DashboardSettings {

    @Inject
    @ConfigProperty(name = "dashboard.base-url", defaultValue = "https://dashboard.bandwidth.com/api")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "dashboard.account-id")
    String accountId;

    @Inject
    @ConfigProperty(name = "dashboard.username")
    String username;

    @Inject
    @ConfigProperty(name = "dashboard.password")
    String password;

    @Inject
    @ConfigProperty(name = "dashboard.site-id", defaultValue = "38213")
    String siteId;

    @Inject
    @ConfigProperty(name = "dashboard.sip-peer-id", defaultValue = "571120")
    String sipPeerId;

    @Inject
    @ConfigProperty(name = "dashboard.sdk.uri", defaultValue = "https://dashboard.bandwidth.com")
    String sdkUri;

    @Inject
    @ConfigProperty(name = "dashboard.sdk.version", defaultValue = "v1.0")
    String sdkVersion;

    @Inject
    @ConfigProperty(name = "dashboard.e911.path", defaultValue = "/accounts/{accountId}/addresses")
    String e911Path;

    @Inject
    @ConfigProperty(name = "dashboard.callback.base-url", defaultValue = "https://numberdesk.harbourline.net/api/callbacks/dashboard")
    String callbackBaseUrl;

    @Inject
    @ConfigProperty(name = "dashboard.sync.area-codes", defaultValue = "919,984")
    List<String> syncAreaCodes;

    @Inject
    @ConfigProperty(name = "dashboard.canary-tn")
    Optional<String> canaryTn;

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

    public String sdkUri() {
        return sdkUri;
    }

    public String sdkVersion() {
        return sdkVersion;
    }

    public String e911Path() {
        return e911Path;
    }

    public String callbackBaseUrl() {
        return callbackBaseUrl;
    }

    public List<String> syncAreaCodes() {
        return syncAreaCodes;
    }

    public Optional<String> canaryTn() {
        return canaryTn;
    }
}
