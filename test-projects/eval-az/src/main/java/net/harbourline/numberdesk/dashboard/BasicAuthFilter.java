package net.harbourline.numberdesk.dashboard;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Adds HTTP basic credentials of the Dashboard API user to every outgoing request. */
public class BasicAuthFilter implements ClientRequestFilter {

    private final String header;

    public BasicAuthFilter(String username, String password) {
        String token = username + ":" + password;
        this.header = "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void filter(ClientRequestContext requestContext) {
        requestContext.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, header);
    }
}
