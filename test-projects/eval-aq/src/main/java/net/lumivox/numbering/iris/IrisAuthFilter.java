package net.lumivox.numbering.iris;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Adds the Dashboard credentials to requests that go to a Dashboard host, and only to those:
 * the same Jersey client is shared with the messaging and voice integrations.
 */
public class IrisAuthFilter implements ClientRequestFilter {

    private static final String DASHBOARD_HOST = "dashboard.bandwidth.com";

    private final String authorization;

    public IrisAuthFilter(String username, String password) {
        String token = username + ":" + password;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void filter(ClientRequestContext requestContext) {
        String host = requestContext.getUri().getHost();
        if (host != null && host.endsWith(DASHBOARD_HOST)) {
            requestContext.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, authorization);
        }
        requestContext.getHeaders().putSingle(HttpHeaders.USER_AGENT, "lumivox-numbering/2.7");
    }
}
