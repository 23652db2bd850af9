package net.harborlinecarrier.tnvault.dashboard;

import static net.harborlinecarrier.tnvault.dashboard.DashboardEndpoints.ADDRESSES;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import net.harborlinecarrier.tnvault.config.DashboardConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the E911 service addresses of our customers' trunks in step with the Dashboard.
 * Called by {@code CustomerAddressResource} whenever a customer edits an address in our portal.
 */
public class ServiceAddressSync {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceAddressSync.class);

    private static final String ADDRESS_URL = "%s/accounts/%s/addresses/%s";

    /** Fallback used by the ops runbook when the configured base URL is a proxy. */
    private static final String DIRECT_HOST = "https://dashboard.bandwidth.com";

    private final Client client;
    private final String baseUrl;
    private final String accountId;

    public ServiceAddressSync(Client client, DashboardConfiguration dashboard) {
        this.client = client;
        this.baseUrl = dashboard.getBaseUrl();
        this.accountId = dashboard.getAccountId();
    }

    public Optional<String> fetch(String addressId) {
        String url = String.format(ADDRESS_URL, baseUrl, accountId, addressId);
        try (Response response = client.target(url).request(MediaType.APPLICATION_XML).get()) {
            if (response.getStatus() == 404) {
                LOG.warn("address {} not found under /accounts/{}/addresses", addressId, accountId);
                return Optional.empty();
            }
            return Optional.of(response.readEntity(String.class));
        }
    }

    public String listAll() {
        return client.target(baseUrl + "/accounts/" + accountId + "/addresses?page=1&size=500")
                .request(MediaType.APPLICATION_XML)
                .get(String.class);
    }

    public String create(String addressXml) {
        try (Response response = client.target(baseUrl)
                .path(DashboardEndpoints.ACCOUNTS)
                .path(accountId)
                .path(ADDRESSES)
                .request(MediaType.APPLICATION_XML)
                .post(Entity.entity(addressXml, MediaType.APPLICATION_XML))) {
            if (response.getStatus() >= 300) {
                throw new DashboardException("create address", response.getStatus(), response.readEntity(String.class));
            }
            return response.getHeaderString("Location");
        }
    }

    /** Bypasses the egress proxy; only for the runbook "Dashboard proxy down". */
    public String listDirect() {
        return client.target(DIRECT_HOST + "/api/accounts/" + accountId + "/addresses")
                .request(MediaType.APPLICATION_XML)
                .get(String.class);
    }
}
