package net.prairiewave.numbering.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * MicroProfile Config view of the Iris SDK settings (META-INF/microprofile-config.properties).
 * Only the SDK-based flows (orders, SIP peers, TN options) use these.
 */
@ApplicationScoped
public class IrisSdkConfig {

    @Inject
    @ConfigProperty(name = "iris.uri", defaultValue = "https://dashboard.bandwidth.com/api")
    String uri;

    @Inject
    @ConfigProperty(name = "iris.version", defaultValue = "v1.0")
    String version;

    @Inject
    @ConfigProperty(name = "iris.account-id")
    String accountId;

    @Inject
    @ConfigProperty(name = "iris.username")
    String username;

    @Inject
    @ConfigProperty(name = "iris.password", defaultValue = "")
    String password;

    @Inject
    @ConfigProperty(name = "iris.site-id", defaultValue = "2291")
    String siteId;

    @Inject
    @ConfigProperty(name = "iris.sip-peer-id", defaultValue = "604117")
    String sipPeerId;

    public IrisSdkConfig() {
    }

    public IrisSdkConfig(String uri, String version, String accountId, String username, String password,
                         String siteId, String sipPeerId) {
        this.uri = uri;
        this.version = version;
        this.accountId = accountId;
        this.username = username;
        this.password = password;
        this.siteId = siteId;
        this.sipPeerId = sipPeerId;
    }

    public String uri() {
        return uri;
    }

    public String version() {
        return version;
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
}
