package net.corvalink.numbering.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;

import java.time.Duration;

/**
 * Typed view over reference.conf, application.conf and application.properties.
 * Secrets come from the environment; everything else can be overridden with -D.
 */
public final class NumberingConfig {

    private static final String FALLBACK_DASHBOARD = "https://dashboard.bandwidth.com/api/";

    private final Config config;

    public NumberingConfig(Config config) {
        this.config = config;
    }

    public static NumberingConfig load() {
        return new NumberingConfig(ConfigFactory.load());
    }

    public Config raw() {
        return config;
    }

    /** Dashboard base URL without trailing slash. IRIS_BASE_URL wins over the config files. */
    public String irisBaseUrl() {
        String fromEnv = System.getenv("IRIS_BASE_URL");
        String url = fromEnv != null && !fromEnv.isBlank()
                ? fromEnv
                : (config.hasPath("iris.base-url") ? config.getString("iris.base-url") : FALLBACK_DASHBOARD);
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public String irisTestBaseUrl() {
        return config.getString("iris.test-base-url");
    }

    public String irisLegacyUrl() {
        return config.hasPath("iris.legacy-url") ? config.getString("iris.legacy-url") : null;
    }

    public String sdkVersion() {
        return config.hasPath("iris.sdk.version") ? config.getString("iris.sdk.version") : "v1.0";
    }

    public String accountId() {
        return config.getString("iris.account-id");
    }

    public String irisUser() {
        return secret("IRIS_USERNAME", "iris.username");
    }

    public String irisPassword() {
        return secret("IRIS_PASSWORD", "iris.password");
    }

    public String defaultSiteId() {
        return config.getString("iris.default-site-id");
    }

    public String defaultSipPeerId() {
        return config.getString("iris.default-sip-peer-id");
    }

    public String e911AddressesUrl() {
        return config.getString("iris.e911.addresses-url");
    }

    public String e911DefaultCallbackNumber() {
        return config.getString("iris.e911.default-callback-number");
    }

    public String callbackPublicUrl() {
        return config.getString("callbacks.public-url");
    }

    public int callbackPort() {
        return config.getInt("callbacks.port");
    }

    public String messagingBaseUrl() {
        return config.getString("messaging.base-url");
    }

    public String messagingApplicationId() {
        return config.getString("messaging.application-id");
    }

    public String messagingFromNumber() {
        return config.getString("messaging.from-number");
    }

    public String mfaBaseUrl() {
        return config.getString("mfa.base-url");
    }

    public String lookupBaseUrl() {
        return config.getString("lookup.base-url");
    }

    public String portalBaseUrl() {
        return config.getString("portal.base-url");
    }

    public String catapultBaseUrl() {
        return config.getString("catapult.base-url");
    }

    public String catapultUserId() {
        return config.getString("catapult.user-id");
    }

    public String temporalTarget() {
        return config.getString("temporal.target");
    }

    public String temporalNamespace() {
        return config.getString("temporal.namespace");
    }

    public String taskQueue(String name) {
        return config.getString("temporal.task-queues." + name);
    }

    public Duration orderPollInterval() {
        return config.getDuration("numbering.order.poll-interval");
    }

    public int orderMaxPolls() {
        return config.getInt("numbering.order.max-polls");
    }

    public Duration responseTimeout() {
        return config.getDuration("iris.response-timeout");
    }

    public String databaseUrl() {
        return config.getString("database.url");
    }

    public String databaseUser() {
        return config.getString("database.user");
    }

    public String databasePassword() {
        return config.hasPath("database.password") ? config.getString("database.password") : "";
    }

    private String secret(String envName, String path) {
        String value = System.getenv(envName);
        if (value != null && !value.isBlank()) {
            return value;
        }
        return config.hasPath(path) ? config.getString(path) : "";
    }
}
