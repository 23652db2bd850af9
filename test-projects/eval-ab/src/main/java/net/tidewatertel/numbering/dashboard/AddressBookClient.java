package net.tidewatertel.numbering.dashboard;

import java.net.URI;
import java.util.Objects;

import net.tidewatertel.numbering.config.DashboardProperties;
import net.tidewatertel.numbering.support.XmlTemplates;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * E911 service addresses on the Dashboard. Every number we activate must point at a validated
 * address before the 911 trunk group accepts it.
 */
@Component
public class AddressBookClient {

    private static final Logger log = LoggerFactory.getLogger(AddressBookClient.class);

    private final RestClient restClient;
    private final DashboardProperties props;
    private final XmlTemplates templates;

    public AddressBookClient(RestClient.Builder builder, DashboardProperties props, XmlTemplates templates) {
        this.props = props;
        this.templates = templates;
        this.restClient = builder
                .baseUrl(props.getBaseUrl())
                .defaultHeaders(h -> h.setBasicAuth(props.getUsername(), props.getPassword()))
                .build();
    }

    public String listAddresses() {
        log.debug("GET {}/accounts/{}/addresses", props.getBaseUrl(), props.getAccountId());
        return restClient.get()
                .uri(DashboardPaths.E911_ADDRESSES, props.getAccountId())
                .accept(MediaType.APPLICATION_XML)
                .retrieve()
                .body(String.class);
    }

    /** Registers a validated service address; returns the Location of the new address. */
    public String createAddress(String houseNumber, String street, String city, String state, String zip) {
        String xml = templates.render("e911-address.xml",
                "houseNumber", houseNumber, "street", street, "city", city, "state", state, "zip", zip);
        return restClient.post()
                .uri(DashboardPaths.E911_ADDRESSES, props.getAccountId())
                .contentType(MediaType.APPLICATION_XML)
                .body(xml)
                .retrieve()
                .toBodilessEntity()
                .getHeaders()
                .getFirst("Location");
    }

    public String getAddress(String addressId) {
        return restClient.get()
                .uri(b -> b.pathSegment("accounts", props.getAccountId(), "addresses", addressId).build())
                .accept(MediaType.APPLICATION_XML)
                .retrieve()
                .body(String.class);
    }

    /** Addresses filtered by ZIP, used by the admin page when ops re-homes a customer. */
    public String addressesInZip(String zip) {
        return restClient.get()
                .uri("/accounts/{accountId}/addresses?zip={zip}", props.getAccountId(), zip)
                .accept(MediaType.APPLICATION_XML)
                .retrieve()
                .body(String.class);
    }

    public void deleteAddress(String addressId) {
        Objects.requireNonNull(addressId, "addressId");
        String url = props.getBaseUrl() + "/accounts/" + props.getAccountId() + "/addresses/" + addressId;
        restClient.delete()
                .uri(URI.create(url))
                .retrieve()
                .toBodilessEntity();
        log.info("Deleted E911 address {}", addressId);
    }

    /**
     * Endpoints moved by the 2023 E911 rework (already on the new resource name).
     */
    public String endpointsForAddress(String addressId) {
        return restClient.get()
                .uri("/accounts/{accountId}/e911Addresses/{addressId}/endpoints", props.getAccountId(), addressId)
                .accept(MediaType.APPLICATION_XML)
                .retrieve()
                .body(String.class);
    }
}
