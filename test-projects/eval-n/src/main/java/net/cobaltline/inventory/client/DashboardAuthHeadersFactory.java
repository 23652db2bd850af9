package net.cobaltline.inventory.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import net.cobaltline.inventory.config.DashboardConfig;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Adds HTTP basic credentials of the Dashboard API user to every call of the Dashboard REST clients.
 */
@ApplicationScoped
public class DashboardAuthHeadersFactory implements ClientHeadersFactory {

    @Inject
    DashboardConfig config;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
                                                 MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.add(HttpHeaders.AUTHORIZATION, basic(config.username(), config.password()));
        headers.add("User-Agent", "cobaltline-tn-inventory/2.7");
        return headers;
    }

    public static String basic(String user, String password) {
        String token = Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return "Basic " + token;
    }
}
