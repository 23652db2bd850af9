package net.harbourline.numberdesk.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Address validation by the GIS team's service, before anything goes to E911. */
@ApplicationScoped
public class GeocoderClient {

    @Inject
    @ConfigProperty(name = "gis.base-url", defaultValue = "https://gis.harbourline.net/api")
    String gisBaseUrl;

    public boolean isDeliverable(String street, String zip) {
        Client client = ClientBuilder.newClient();
        try {
            String body = client.target(gisBaseUrl)
                    .path("/addresses/validate")
                    .queryParam("street", street)
                    .queryParam("zip", zip)
                    .request(MediaType.APPLICATION_JSON)
                    .get(String.class);
            return body.contains("\"deliverable\":true");
        } finally {
            client.close();
        }
    }

    public String suggestions(String accountId, String partial) {
        Client client = ClientBuilder.newClient();
        try {
            return client.target(gisBaseUrl + "/accounts/" + accountId + "/addresses")
                    .queryParam("q", partial)
                    .request(MediaType.APPLICATION_JSON)
                    .get(String.class);
        } finally {
            client.close();
        }
    }
}
