package net.cobaltline.inventory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import net.cobaltline.inventory.client.DashboardAccountsClient;
import net.cobaltline.inventory.client.DashboardTargets;
import net.cobaltline.inventory.config.DashboardConfig;
import net.cobaltline.inventory.config.DashboardPaths;
import net.cobaltline.inventory.model.dashboard.E911AddressPayload;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the E911 addresses provisioned on the Dashboard account so the portal can show which
 * emergency address a number is bound to.
 */
@ApplicationScoped
public class E911AddressService {

    private static final Logger LOG = Logger.getLogger(E911AddressService.class);
    private static final int PAGE_SIZE = 100;

    @Inject
    @RestClient
    DashboardAccountsClient accounts;

    @Inject
    DashboardTargets targets;

    @Inject
    DashboardConfig config;

    public List<E911AddressPayload> allAddresses() {
        LOG.infof("Loading E911 addresses from %s/accounts/%s/addresses", config.baseUrl(), config.accountId());
        List<E911AddressPayload> all = new ArrayList<>();
        int page = 1;
        E911AddressPayload.Addresses batch;
        do {
            batch = accounts.listE911Addresses(config.accountId(), page++, PAGE_SIZE);
            all.addAll(batch.getAddresses());
        } while (all.size() < batch.getTotalCount() && !batch.getAddresses().isEmpty());
        return all;
    }

    public E911AddressPayload address(String addressId) {
        return targets.account()
                .path(DashboardPaths.E911_ADDRESSES)
                .path(addressId)
                .request(MediaType.APPLICATION_XML)
                .get(E911AddressPayload.class);
    }

    /** Link shown to NOC engineers in the address audit e-mail. */
    public URI addressLink(String addressId) {
        return UriBuilder.fromUri(config.baseUrl())
                .path("accounts/{accountId}/addresses/{addressId}")
                .build(config.accountId(), addressId);
    }

    /** CSV export of one page, used by the monthly E911 audit. */
    public String exportPage(int page) {
        String url = String.format("%s/accounts/%s/addresses?page=%d&size=%d",
                config.baseUrl(), config.accountId(), page, PAGE_SIZE);
        E911AddressPayload.Addresses batch = targets.target(url)
                .request(MediaType.APPLICATION_XML)
                .get(E911AddressPayload.Addresses.class);
        StringBuilder csv = new StringBuilder("id,line\n");
        batch.getAddresses().forEach(a -> csv.append(a.getId()).append(',').append('"').append(a.singleLine())
                .append('"').append('\n'));
        return csv.toString();
    }
}
