package net.lumivox.numbering.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;

import java.time.Duration;

/**
 * Typed view of {@code application.conf}.
 */
public final class ServiceConfig {

    private final Config config;

    public ServiceConfig(Config root) {
        this.config = root.getConfig("lumivox");
    }

    public static ServiceConfig load() {
        return new ServiceConfig(ConfigFactory.load());
    }

    public String irisBaseUrl() {
        return BaseUrls.normalize(config.getString("iris.base-url"));
    }

    public String irisAccountId() {
        return config.getString("iris.account-id");
    }

    public Duration irisConnectTimeout() {
        return config.getDuration("iris.connect-timeout");
    }

    public Duration irisReadTimeout() {
        return config.getDuration("iris.read-timeout");
    }

    public int defaultSearchQuantity() {
        return config.getInt("iris.search.default-quantity");
    }

    public String publicUrl() {
        return config.getString("numbering.public-url");
    }

    public String messagingBaseUrl() {
        return config.getString("messaging.base-url");
    }

    public String voiceBaseUrl() {
        return config.getString("voice.base-url");
    }

    public String mfaBaseUrl() {
        return config.getString("mfa.base-url");
    }

    public String reportingDashboardUrl() {
        return config.getString("reporting.dashboard-url");
    }

    public String databaseUrl() {
        return config.getString("database.url");
    }

    public String databaseUser() {
        return config.getString("database.user");
    }
}
