package net.kestrelvoice.numbering.dashboard.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.ws.rs.core.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.kestrelvoice.numbering.config.DashboardEndpoints;
import net.kestrelvoice.numbering.config.DashboardSettings;
import net.kestrelvoice.numbering.config.WebClientFactory;
import net.kestrelvoice.numbering.dashboard.model.E911AddressPayload;

/**
 * E911 address registration through CXF WebClient. The PBX calls this before a number is
 * allowed to place emergency calls.
 */
public class E911AddressClient {

    private static final Logger log = LoggerFactory.getLogger(E911AddressClient.class);

    private final WebClientFactory clients;
    private final DashboardSettings settings;

    public E911AddressClient(WebClientFactory clients) {
        this.clients = clients;
        this.settings = clients.settings();
    }

    public List<E911AddressPayload> listAll() {
        String url = settings.getBaseUrl() + "/accounts/" + settings.getAccountId()
                + DashboardEndpoints.E911_ADDRESSES;
        log.debug("listing E911 addresses from {}", url);
        Collection<? extends E911AddressPayload> found = clients.at(url).getCollection(E911AddressPayload.class);
        return new ArrayList<>(found);
    }

    public E911AddressPayload get(String addressId) {
        return clients.account()
                .path("addresses")
                .path(addressId)
                .get(E911AddressPayload.class);
    }

    public String register(E911AddressPayload address) {
        Response response = clients.account().path("/addresses").post(address);
        String id = Responses.createdId("register E911 address", response);
        log.info("registered E911 address {} via /accounts/{}/addresses", id, settings.getAccountId());
        return id;
    }

    public void remove(String addressId) {
        String path = String.format("/accounts/%s/addresses/%s", settings.getAccountId(), addressId);
        Responses.ok("delete E911 address", clients.dashboard().path(path).delete());
    }

    /** Addresses already provisioned on the v2 resource during the canary. */
    public List<E911AddressPayload> listV2() {
        String url = DashboardEndpoints.SDK_HOST + "/api/v2/accounts/" + settings.getAccountId() + "/e911Addresses";
        return new ArrayList<>(clients.at(url).getCollection(E911AddressPayload.class));
    }
}
