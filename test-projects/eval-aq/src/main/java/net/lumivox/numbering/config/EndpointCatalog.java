package net.lumivox.numbering.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;

/**
 * Endpoints of the carriers we integrate with, read from {@code carrier-endpoints.json}.
 * The built-in defaults are used when the file is missing in a test environment.
 */
public final class EndpointCatalog {

    private static final String DEFAULTS = """
            {
              "dashboard": {
                "production": "https://dashboard.bandwidth.com/api/v1"
              },
              "messaging": "https://messaging.bandwidth.com/api/v2",
              "voice": "https://voice.bandwidth.com/api/v2"
            }
            """;

    private final Config endpoints;

    public EndpointCatalog(Config endpoints) {
        this.endpoints = endpoints;
    }

    public static EndpointCatalog load() {
        Config file = ConfigFactory.parseResources("carrier-endpoints.json");
        return new EndpointCatalog(file.withFallback(ConfigFactory.parseString(DEFAULTS)).resolve());
    }

    public String dashboard() {
        return BaseUrls.normalize(endpoints.getString("dashboard.production"));
    }

    public String dashboardSandbox() {
        return BaseUrls.normalize(endpoints.getString("dashboard.sandbox"));
    }

    public String legacyDashboard() {
        return endpoints.getString("dashboard.legacy");
    }

    public String messaging() {
        return endpoints.getString("messaging");
    }

    public String voice() {
        return endpoints.getString("voice");
    }

    public String tollFreeVerification() {
        return endpoints.getString("tollFreeVerification");
    }

    public String catapult() {
        return endpoints.getString("catapult");
    }
}
