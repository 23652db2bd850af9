package io.northstarvoice.toolkit.iris;

import io.northstarvoice.toolkit.config.ToolkitConfig;
import io.northstarvoice.toolkit.http.HttpResult;
import io.northstarvoice.toolkit.http.HttpTransport;
import io.northstarvoice.toolkit.http.IrisRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.text.MessageFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Emergency (E911) addresses registered on the Dashboard account. Every number we port in needs
 * one before activation. (The v1 route is GET /accounts/{accountId}/addresses.)
 */
public class E911AddressService extends DashboardClient {

    private static final Logger log = LoggerFactory.getLogger(E911AddressService.class);

    public E911AddressService(HttpTransport transport, ToolkitConfig config) {
        super(transport, config);
    }

    public String listAddressesXml() {
        String path = String.format(IrisEndpoints.E911_ADDRESSES, accountId);
        return get(path, Map.of("page", "1", "size", "500")).body();
    }

    public Optional<XmlPayloads.E911Address> find(String addressId) {
        String path = IrisEndpoint.E911_ADDRESS.expand(Map.of("accountId", accountId, "addressId", addressId));
        try {
            return Optional.of(XmlPayloads.read(get(path).body(), XmlPayloads.E911Address.class));
        } catch (DashboardException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public String create(XmlPayloads.E911Address address) {
        HttpResult result = execute(IrisRequest.builder()
                .base(baseUrl)
                .method(IrisRequest.Method.POST)
                .path("accounts", accountId, "addresses")
                .xml(XmlPayloads.write(address))
                .build());
        log.info("created E911 address for account {}", accountId);
        return result.locationId().orElseThrow();
    }

    public void delete(String addressId) {
        String path = "/accounts/" + accountId;
        path += "/addresses/" + addressId;
        execute(request(IrisRequest.Method.DELETE, path).build());
        log.info("deleted /accounts/{}/addresses/{}", accountId, addressId);
    }

    /** Link pasted into porting tickets so support can open the raw record. */
    public String permalink(String addressId) {
        return MessageFormat.format("{0}/accounts/{1}/addresses/{2}", baseUrl, accountId, addressId);
    }
}
