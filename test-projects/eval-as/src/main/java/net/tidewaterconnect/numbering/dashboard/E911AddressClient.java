package net.tidewaterconnect.numbering.dashboard;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import net.tidewaterconnect.numbering.config.DashboardProperties;
import net.tidewaterconnect.numbering.dashboard.model.E911Address;
import net.tidewaterconnect.numbering.dashboard.model.E911AddressList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Raw access to the E911 address book. Most callers go through {@code E911AddressApi}; this class
 * keeps the paging and the bulk clean-up that the declarative interface does not cover.
 */
@Component
public class E911AddressClient {

    private static final Logger log = LoggerFactory.getLogger(E911AddressClient.class);
    private static final int PAGE_SIZE = 250;

    private final RestClient dashboard;
    private final DashboardProperties props;

    public E911AddressClient(@Qualifier("dashboard") RestClient dashboard, DashboardProperties props) {
        this.dashboard = dashboard;
        this.props = props;
    }

    public List<E911Address> listAll() {
        List<E911Address> all = new ArrayList<>();
        int page = 1;
        while (true) {
            final int current = page;
            E911AddressList batch = dashboard.get()
                    .uri(b -> b.pathSegment("accounts", "{accountId}", "addresses")
                            .queryParam("page", current)
                            .queryParam("size", PAGE_SIZE)
                            .build())
                    .retrieve()
                    .body(E911AddressList.class);
            if (batch == null || batch.addresses() == null || batch.addresses().isEmpty()) {
                return all;
            }
            all.addAll(batch.addresses());
            page++;
        }
    }

    public E911Address find(String addressId) {
        return dashboard.get()
                .uri("/accounts/{accountId}/addresses/{addressId}", addressId)
                .retrieve()
                .body(E911Address.class);
    }

    public void delete(String addressId) {
        log.info("Deleting E911 address {} from /accounts/{}/addresses", addressId, props.accountId());
        dashboard.delete()
                .uri(b -> b.path("/accounts/{accountId}/addresses/{addressId}").build(props.accountId(), addressId))
                .retrieve()
                .toBodilessEntity();
    }

    public URI create(String addressXml) {
        return dashboard.post()
                .uri(DashboardPaths.E911_ADDRESSES)
                .contentType(MediaType.APPLICATION_XML)
                .body(addressXml)
                .retrieve()
                .toBodilessEntity()
                .getHeaders()
                .getLocation();
    }

    /** Absolute link for the ops dashboard, e.g. for a Slack message. */
    public String addressLink(String addressId) {
        StringBuilder url = new StringBuilder(props.baseUrl());
        url.append("/accounts/").append(props.accountId());
        url.append("/addresses/").append(addressId);
        return url.toString();
    }

    /** Already on the new resource: the lab account was moved to v2 early. */
    public E911AddressList listOnLabAccount(String labAccountId) {
        return dashboard.get()
                .uri("https://test.dashboard.bandwidth.com/api/v2/accounts/{id}/e911Addresses", labAccountId)
                .retrieve()
                .body(E911AddressList.class);
    }
}
