package net.halyardcomm.backoffice.config;

import java.io.IOException;
import java.util.Locale;

import org.apache.commons.configuration2.YAMLConfiguration;
import org.apache.commons.configuration2.ex.ConfigurationException;

/** The three places the back office runs; endpoints come from environments.yaml. */
public enum Environment {
    PROD, LAB, STAGING;

    public String dashboardUrl() throws ConfigurationException, IOException {
        return table().getString(key() + ".dashboard");
    }

    public String externalTnsPath() throws ConfigurationException, IOException {
        return table().getString(key() + ".externalTnsPath");
    }

    public String messagingUrl() throws ConfigurationException, IOException {
        return table().getString(key() + ".messaging");
    }

    private String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static YAMLConfiguration table() throws ConfigurationException, IOException {
        return BackofficeConfig.environments();
    }

    public static Environment current() {
        String env = System.getProperty("halyard.env", System.getenv().getOrDefault("HALYARD_ENV", "prod"));
        return valueOf(env.toUpperCase(Locale.ROOT));
    }
}
