package net.northvale.voice.provisioning.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.northvale.voice.provisioning.config.Dashboard;
import net.northvale.voice.provisioning.config.DashboardSettings;
import net.northvale.voice.provisioning.dashboard.xml.E911AddressXml;

/**
 * Address validation for the self-care portal. Written against API v2 from the start (VOICE-2231),
 * which is why it does not go through {@link DashboardClient}.
 */
@ApplicationScoped
public class E911ValidationClient {

    static final String V2_BASE = "https://dashboard.bandwidth.com/api/v2";

    private Client client;
    private DashboardSettings settings;

    protected E911ValidationClient() {
    }

    @Inject
    public E911ValidationClient(@Dashboard Client client, DashboardSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /** Returns true when the Dashboard accepts the address as a valid E911 location. */
    public boolean validate(E911AddressXml candidate) {
        try (Response response = client.target(V2_BASE)
                .path("accounts/{accountId}/e911Addresses/validate")
                .resolveTemplate("accountId", settings.accountId())
                .request(MediaType.APPLICATION_XML)
                .post(Entity.xml(candidate))) {
            return response.getStatus() == 200;
        }
    }

    public E911AddressXml get(String addressId) {
        String url = V2_BASE + "/accounts/" + settings.accountId() + "/e911Addresses/" + addressId;
        return client.target(url).request(MediaType.APPLICATION_XML).get(E911AddressXml.class);
    }
}
