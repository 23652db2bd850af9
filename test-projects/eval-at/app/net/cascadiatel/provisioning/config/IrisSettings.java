package net.cascadiatel.provisioning.config;

import com.typesafe.config.Config;

/**
 * Dashboard account settings, bound from the {@code cascadia.iris} block of application.conf
 * (the URLs themselves come from iris.properties, included there).
 */
public record IrisSettings(
        String baseUrl,
        String sandboxUrl,
        String accountId,
        String username,
        String password,
        String sdkVersion,
        String siteId,
        String sipPeerId,
        String e911AddressesPath,
        String externalTnsPath,
        String countryCode) {

    public static IrisSettings fromConfig(Config c) {
        return new IrisSettings(
                c.getString("base-url"),
                c.getString("sandbox-url"),
                c.getString("account-id"),
                c.getString("username"),
                c.getString("password"),
                c.hasPath("sdk-version") ? c.getString("sdk-version") : null,
                c.getString("site-id"),
                c.getString("sip-peer-id"),
                c.getString("paths.e911-addresses"),
                c.getString("paths.external-tns"),
                c.hasPath("country-code") ? c.getString("country-code") : "USA");
    }

    public String accountPath(String template) {
        return template.replace("{accountId}", accountId);
    }
}
