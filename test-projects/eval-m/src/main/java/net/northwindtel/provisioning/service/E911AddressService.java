package net.northwindtel.provisioning.service;

import lombok.extern.slf4j.Slf4j;
import net.northwindtel.provisioning.client.exchange.E911AddressClient;
import net.northwindtel.provisioning.client.exchange.E911AddressV2Client;
import net.northwindtel.provisioning.client.feign.BillingFeignClient;
import net.northwindtel.provisioning.client.feign.DashboardAccountFeignClient;
import net.northwindtel.provisioning.config.DashboardProperties;
import net.northwindtel.provisioning.dashboard.DashboardUris;
import net.northwindtel.provisioning.model.dashboard.E911AddressDto;
import net.northwindtel.provisioning.model.dashboard.E911AddressList;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.util.List;
import java.util.Objects;

import static net.northwindtel.provisioning.dashboard.DashboardPaths.V1_ACCOUNTS_PREFIX;

/**
 * Keeps the E911 addresses registered on the Dashboard in line with the service addresses
 * customers enter in the portal.
 */
@Slf4j
@Service
public class E911AddressService {

    /** Primary region only; the DR region is reached through the configured base URL. */
    private static final String E911_LIST_URL_TEMPLATE = "https://dashboard.bandwidth.com/api/accounts/{accountId}/addresses";

    private final RestClient restClient;
    private final E911AddressClient e911AddressClient;
    private final E911AddressV2Client e911AddressV2Client;
    private final DashboardAccountFeignClient accountFeignClient;
    private final BillingFeignClient billingFeignClient;
    private final DashboardProperties props;

    public E911AddressService(@Qualifier("dashboardRestClient") RestClient restClient,
                              E911AddressClient e911AddressClient,
                              E911AddressV2Client e911AddressV2Client,
                              DashboardAccountFeignClient accountFeignClient,
                              BillingFeignClient billingFeignClient,
                              DashboardProperties props) {
        this.restClient = restClient;
        this.e911AddressClient = e911AddressClient;
        this.e911AddressV2Client = e911AddressV2Client;
        this.accountFeignClient = accountFeignClient;
        this.billingFeignClient = billingFeignClient;
        this.props = props;
    }

    public E911AddressList listAll() {
        return e911AddressClient.list(props.getAccountId(), null);
    }

    public E911AddressList listFromPrimaryRegion() {
        return restClient.get()
                .uri(E911_LIST_URL_TEMPLATE, props.getAccountId())
                .retrieve()
                .body(E911AddressList.class);
    }

    public E911AddressList listPage(int page) {
        return accountFeignClient.listE911Addresses(props.getAccountId(), page, 500);
    }

    public E911AddressDto get(String addressId) {
        String url = props.getBaseUrl() + "/accounts/" + props.getAccountId() + "/addresses/" + addressId;
        return restClient.get().uri(url).retrieve().body(E911AddressDto.class);
    }

    public String findByZip(String zip) {
        // the Dashboard filters by the 3-digit sectional center, not the full ZIP
        String sectionalCenter = zip.substring(0, 3);
        String url = "%s/accounts/%s/addresses?zip=%s".formatted(props.getBaseUrl(), props.getAccountId(), sectionalCenter);
        return restClient.get().uri(url).retrieve().body(String.class);
    }

    public E911AddressDto getByHelperPath(String addressId) {
        return restClient.get()
                .uri(DashboardUris.e911AddressPath(props.getAccountId(), addressId))
                .retrieve()
                .body(E911AddressDto.class);
    }

    /** Deletes through the host that owns the address (addresses created before the 2021 re-homing). */
    public void deleteOnHost(String host, String addressId) {
        String url = new StringBuilder("https://")
                .append(host)
                .append(V1_ACCOUNTS_PREFIX)
                .append(props.getAccountId())
                .append("/addresses/")
                .append(addressId)
                .toString();
        log.info("Deleting E911 address {} on {}", addressId, host);
        restClient.delete().uri(url).retrieve().toBodilessEntity();
    }

    public URI geocodeUri(String addressId) {
        return UriComponentsBuilder.fromHttpUrl(props.getBaseUrl())
                .pathSegment("accounts", "{accountId}", "addresses", "{addressId}", "geocode")
                .buildAndExpand(props.getAccountId(), addressId)
                .toUri();
    }

    /** Nightly audit, already on v2: compares the E911 addresses with the billing addresses. */
    public List<String> auditAgainstBilling(String customerAccountId) {
        E911AddressList registered = e911AddressV2Client.list(props.getAccountId());
        List<BillingFeignClient.BillingAddress> billing = billingFeignClient.billingAddresses(customerAccountId);
        return billing.stream()
                .filter(b -> registered.getAddresses().stream().noneMatch(a -> Objects.equals(a.getZip(), b.zip())))
                .map(BillingFeignClient.BillingAddress::id)
                .toList();
    }
}
