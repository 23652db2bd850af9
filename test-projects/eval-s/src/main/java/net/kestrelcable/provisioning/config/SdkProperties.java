package net.kestrelcable.provisioning.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Iris SDK client used by the legacy porting adapter.
 *
 * @param uri        scheme and host handed to the SDK
 * @param version    path prefix the SDK puts in front of {@code /accounts}
 * @param configFile optional XML file with the credentials of the lab account
 */
@ConfigurationProperties(prefix = "kestrel.sdk")
public record SdkProperties(
        @DefaultValue("https://dashboard.bandwidth.com") String uri,
        String version,
        String configFile) {
}
