package net.northvale.voice.provisioning.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;

/**
 * Dashboard ("Iris") connection settings, bound from {@code META-INF/microprofile-config.properties}
 * and overridable per environment through the usual MicroProfile Config sources.
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
    @ConfigProperty(name = "dashboard.site-id", defaultValue = "4711")
    String siteId;

    @Inject
    @ConfigProperty(name = "dashboard.sip-peer-id", defaultValue = "552301")
    String sipPeerId;

    @Inject
    @ConfigProperty(name = "dashboard.callback-url")
    String callbackUrl;

    @Inject
    @ConfigProperty(name = "dashboard.timeout-seconds", defaultValue = "30")
    int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "iris.sdk.version", defaultValue = "v1.0")
    String irisVersion;

    /** Area codes of the markets we sell voice in; drives the nightly inventory refresh. */
    @Inject
    @ConfigProperty(name = "provisioning.market-area-codes", defaultValue = "303,720,970")
    List<Integer> marketAreaCodes;

    public DashboardSettings() {
    }

    /** For tests and tools that run outside the container. */
    public DashboardSettings(String baseUrl, String accountId, String username, String password) {
        this.baseUrl = baseUrl;
        this.accountId = accountId;
        this.username = username;
        this.password = password;
        this.siteId = "4711";
        this.sipPeerId = "552301";
        this.timeoutSeconds = 5;
        this.marketAreaCodes = List.of();
    }

    public String baseUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
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

    public Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }

    public String irisVersion() {
        return irisVersion;
    }

    public List<Integer> marketAreaCodes() {
        return marketAreaCodes;
    }
}
