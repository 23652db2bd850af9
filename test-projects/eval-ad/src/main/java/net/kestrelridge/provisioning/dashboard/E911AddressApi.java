package net.kestrelridge.provisioning.dashboard;

import java.net.URI;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.kestrelridge.provisioning.dashboard.xml.E911Address;
import net.kestrelridge.provisioning.dashboard.xml.XmlMappers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * E911 service addresses stored on the Dashboard account
 * (GET/POST https://dashboard.bandwidth.com/api/accounts/{accountId}/addresses).
 */
@Singleton
public class E911AddressApi {

    private static final Logger log = LoggerFactory.getLogger(E911AddressApi.class);

    private final DashboardHttpClient client;
    private final DashboardUris uris;

    @Inject
    public E911AddressApi(DashboardHttpClient client, DashboardUris uris) {
        this.client = client;
        this.uris = uris;
    }

    public List<E911Address> list(int page, int size) {
        URI uri = uris.account(Map.of("page", Integer.toString(page), "size", Integer.toString(size)), "addresses");
        E911Address.Page result = XmlMappers.read(client.get(uri), E911Address.Page.class);
        log.debug("loaded {} of {} E911 addresses", result.addresses.size(), result.totalCount);
        return result.addresses;
    }

    public E911Address get(String addressId) {
        return XmlMappers.read(client.get(uris.account("addresses", addressId)), E911Address.class);
    }

    public String create(E911Address address) {
        String location = client.post(URI.create(uris.accountUrl(DashboardPaths.ADDRESSES)), XmlMappers.write(address));
        return location.isBlank() ? null : location.trim();
    }

    public void delete(String addressId) {
        String url = String.format("%s/accounts/%s/addresses/%s", uris.baseUrl(), uris.accountId(), addressId);
        log.info("removing E911 address {} ({})", addressId, url);
        client.delete(URI.create(url));
    }
}
