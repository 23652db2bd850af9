package net.harbourline.numberdesk.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.MediaType;
import net.harbourline.numberdesk.dashboard.BasicAuthFilter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The old Catapult account still owns the IVR numbers of the Wilmington office.
 * Only read-only searches are left here; ordering moved to the Dashboard.
 */
@ApplicationScoped
public class CatapultLegacyClient {

    private static final String CATAPULT = "https://api.catapult.inetwork.com/v1/users/%s";

    @Inject
    @ConfigProperty(name = "catapult.user-id", defaultValue = "u-harbourline")
    String userId;

    @Inject
    @ConfigProperty(name = "catapult.token", defaultValue = "")
    String token;

    @Inject
    @ConfigProperty(name = "catapult.secret", defaultValue = "")
    String secret;

    public String searchLocal(String areaCode, int quantity) {
        String url = CATAPULT.formatted(userId) + "/availableNumbers/local?areaCode=" + areaCode + "&quantity=" + quantity;
        return get(url);
    }

    public String searchLocalByBuilder(String areaCode) {
        Client client = ClientBuilder.newClient().register(new BasicAuthFilter(token, secret));
        try {
            return client.target(CATAPULT.formatted(userId))
                    .path("availableNumbers/local")
                    .queryParam("areaCode", areaCode)
                    .queryParam("quantity", 10)
                    .request(MediaType.APPLICATION_JSON)
                    .get(String.class);
        } finally {
            client.close();
        }
    }

    private String get(String url) {
        Client client = ClientBuilder.newClient().register(new BasicAuthFilter(token, secret));
        try {
            return client.target(url).request(MediaType.APPLICATION_JSON).get(String.class);
        } finally {
            client.close();
        }
    }
}
