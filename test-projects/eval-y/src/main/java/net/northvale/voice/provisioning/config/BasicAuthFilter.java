package net.northvale.voice.provisioning.config;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Adds the Dashboard API user's basic credentials to every outgoing request. */
public class BasicAuthFilter implements ClientRequestFilter {

    private final String headerValue;

    public BasicAuthFilter(String username, String password) {
        String token = username + ":" + password;
        this.headerValue = "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void filter(ClientRequestContext requestContext) {
        if (!requestContext.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
            requestContext.getHeaders().add(HttpHeaders.AUTHORIZATION, headerValue);
        }
    }
}
