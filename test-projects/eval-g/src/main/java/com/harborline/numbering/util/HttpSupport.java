package com.harborline.numbering.util;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Small helpers shared by the raw java.net.http callers.
 */
public final class HttpSupport {

    private HttpSupport() {
    }

    public static String basicAuth(String user, String password) {
        String token = user + ":" + password;
        return "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
    }

    /** Used by @ClientHeaderParam on the MicroProfile clients. */
    public static String basicAuthFromConfig() {
        var config = ConfigProvider.getConfig();
        return basicAuth(config.getValue("harborline.dashboard.username", String.class),
                config.getValue("harborline.dashboard.password", String.class));
    }

    public static HttpRequest.Builder xmlRequest(String url, String user, String password) {
        return HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Authorization", basicAuth(user, password))
                .header("Content-Type", "application/xml")
                .header("Accept", "application/xml");
    }
}
