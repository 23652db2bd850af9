package net.kestreltel.portdesk.e911;

import com.google.inject.Inject;
import net.kestreltel.portdesk.config.DashboardSettings;
import net.kestreltel.portdesk.dashboard.E911AddressApi;
import net.kestreltel.portdesk.dashboard.model.AddressesResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/** Reads the E911 address book so that ported numbers can be attached to a validated address. */
public class E911AddressService {

    private static final Logger LOG = LoggerFactory.getLogger(E911AddressService.class);
    private static final int PAGE_SIZE = 250;

    private final E911AddressApi api;
    private final DashboardSettings settings;

    @Inject
    public E911AddressService(E911AddressApi api, DashboardSettings settings) {
        this.api = api;
        this.settings = settings;
    }

    public List<E911Address> allAddresses() {
        List<E911Address> result = new ArrayList<>();
        int page = 1;
        AddressesResponse response;
        do {
            LOG.debug("GET /api/accounts/{}/addresses page {}", settings.accountId(), page);
            response = api.list(settings.accountId(), page, PAGE_SIZE);
            for (AddressesResponse.Address xml : response.addresses) {
                result.add(E911Address.fromXml(xml));
            }
            page++;
        } while (response.addresses.size() == PAGE_SIZE);
        return result;
    }

    public E911Address find(String addressId) {
        return E911Address.fromXml(api.get(settings.accountId(), addressId));
    }

    public void remove(String addressId) {
        LOG.info("Removing E911 address {} (https://dashboard.bandwidth.com/api/accounts/{}/addresses/{})",
                addressId, settings.accountId(), addressId);
        api.delete(settings.accountId(), addressId);
    }
}
