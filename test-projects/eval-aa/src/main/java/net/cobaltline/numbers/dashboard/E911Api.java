package net.cobaltline.numbers.dashboard;

import java.net.URI;
import java.text.MessageFormat;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.cobaltline.numbers.dashboard.xml.E911AddressXml;

/** E911 service addresses registered on the Dashboard account. */
public class E911Api {

    private static final Logger log = LoggerFactory.getLogger(E911Api.class);

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class AddressList {
        @JacksonXmlProperty(localName = "TotalCount")
        public int totalCount;
        @JacksonXmlElementWrapper(localName = "Addresses")
        @JacksonXmlProperty(localName = "Address")
        public List<E911AddressXml> addresses = List.of();
    }

    private final DashboardClient client;

    public E911Api(DashboardClient client) {
        this.client = client;
    }

    @DashboardCall(path = "/api/accounts/{accountId}/addresses")
    public AddressList list(int page, int size) {
        StringBuilder url = new StringBuilder(client.baseUrl())
                .append("/accounts/")
                .append(client.accountId())
                .append("/addresses")
                .append("?page=").append(page)
                .append("&size=").append(size);
        DashboardResponse r = client.get(URI.create(url.toString())).requireSuccess();
        return XmlMappers.read(r.body(), AddressList.class);
    }

    public E911AddressXml get(String addressId) {
        String url = String.format("%s/accounts/%s/addresses/%s", client.baseUrl(), client.accountId(), addressId);
        return XmlMappers.read(client.get(URI.create(url)).requireSuccess().body(), E911AddressXml.class);
    }

    public String create(E911AddressXml address) {
        URI uri = URI.create(client.baseUrl() + DashboardPaths.ACCOUNTS + client.accountId() + DashboardPaths.ADDRESSES);
        String id = client.post(uri, XmlMappers.write(address)).requireSuccess().createdId();
        log.info("Created E911 address {} for {}", id, address.oneLine());
        return id;
    }

    public void delete(String addressId) {
        client.delete(URI.create(client.baseUrl() + "/accounts/" + client.accountId() + "/addresses/" + addressId))
                .requireSuccess();
    }

    /** Numbers currently provisioned on an address; used before deleting it. */
    public String numbersOn(String addressId) {
        String url = MessageFormat.format("{0}/accounts/{1}/addresses/{2}/tns", client.baseUrl(), client.accountId(), addressId);
        return client.get(URI.create(url)).requireSuccess().body();
    }

    /**
     * Address validation was built against the new endpoint from the start (DASH-4121),
     * so it does not go through the configured base URL.
     */
    public boolean validate(E911AddressXml address) {
        URI uri = URI.create("https://dashboard.bandwidth.com/api/v2/accounts/%s/e911Addresses/validate".formatted(client.accountId()));
        DashboardResponse r = client.post(uri, XmlMappers.write(address));
        if (!r.isSuccess()) {
            log.warn("E911 validation rejected {}: {}", address.oneLine(), r.body());
        }
        return r.isSuccess();
    }
}
