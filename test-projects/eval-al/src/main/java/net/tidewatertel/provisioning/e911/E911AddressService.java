package net.tidewatertel.provisioning.e911;

import java.io.IOException;
import java.net.URI;
import java.text.MessageFormat;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.util.UriComponentsBuilder;

import net.tidewatertel.provisioning.http.DashboardHttpClient;
import net.tidewatertel.provisioning.http.HttpResult;
import net.tidewatertel.provisioning.http.XmlSupport;

/**
 * Keeps the 911 dispatch addresses of our business customers in sync with the
 * Dashboard. Every DID of a PBX customer must point at a validated address.
 */
public class E911AddressService {

    private static final Logger LOG = LoggerFactory.getLogger(E911AddressService.class);

    private static final String ADDRESSES_URL = "%s/accounts/%s/addresses";

    private final DashboardHttpClient http;
    private final String accountId;
    private String addressesPath = "/accounts/{accountId}/addresses";

    public E911AddressService(DashboardHttpClient http, String accountId) {
        this.http = http;
        this.accountId = accountId;
    }

    public void setAddressesPath(String addressesPath) {
        this.addressesPath = addressesPath;
    }

    public List<String> listAddressIds(int page, int size) throws IOException {
        String url = String.format(ADDRESSES_URL, http.getBaseUrl(), accountId) + "?page=" + page + "&size=" + size;
        return XmlSupport.texts(http.get(url).getBody(), "AddressId");
    }

    public E911AddressXml getAddress(String addressId) throws IOException {
        HttpResult result = http.get("/accounts/" + accountId + "/addresses/" + addressId);
        return XmlSupport.unmarshal(result.getBody(), E911AddressXml.class);
    }

    public String createAddress(E911AddressXml address) throws IOException {
        String path = addressesPath.replace("{accountId}", accountId);
        HttpResult result = http.post(path, XmlSupport.marshal(address));
        if (!result.isSuccess()) {
            LOG.warn("Address {} {} rejected: {}", address.getHouseNumber(), address.getStreetName(), result.getBody());
            return null;
        }
        return result.createdId();
    }

    public boolean deleteAddress(String addressId) throws IOException {
        String path = MessageFormat.format("/accounts/{0}/addresses/{1}", accountId, addressId);
        return http.delete(path).isSuccess();
    }

    /** Link shown in the NOC console next to each customer location. */
    public URI addressUri(String addressId) {
        return UriComponentsBuilder.fromHttpUrl(http.getBaseUrl())
                .pathSegment("accounts", accountId, "addresses", addressId)
                .build()
                .toUri();
    }
}
