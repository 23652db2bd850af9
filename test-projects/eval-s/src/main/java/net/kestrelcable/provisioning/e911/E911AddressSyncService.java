package net.kestrelcable.provisioning.e911;

import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.kestrelcable.provisioning.config.DashboardProperties;
import net.kestrelcable.provisioning.dashboard.DashboardEndpoints;
import net.kestrelcable.provisioning.dashboard.E911AddressApi;
import net.kestrelcable.provisioning.dashboard.xml.E911AddressPayload;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

/**
 * Nightly copy of the Dashboard's E911 address book into {@code e911_address}, so that CSRs can
 * see which service addresses are already provisioned without calling the Dashboard.
 */
@Service
public class E911AddressSyncService {

    private static final Logger log = LoggerFactory.getLogger(E911AddressSyncService.class);

    private static final int PAGE_SIZE = 500;
    private static final Pattern TOTAL = Pattern.compile("<TotalCount>(\\d+)</TotalCount>");

    private final E911AddressApi api;
    private final RestClient restClient;
    private final JdbcTemplate jdbc;
    private final DashboardProperties props;

    public E911AddressSyncService(E911AddressApi api,
                                  @Qualifier("dashboardRestClient") RestClient restClient,
                                  JdbcTemplate jdbc,
                                  DashboardProperties props) {
        this.api = api;
        this.restClient = restClient;
        this.jdbc = jdbc;
        this.props = props;
    }

    @Scheduled(cron = "${kestrel.e911.sync-cron}")
    public void sync() {
        int expected = remoteCount();
        int page = 1;
        int seen = 0;
        while (true) {
            List<E911AddressPayload> batch = api.list(props.accountId(), page, PAGE_SIZE).items();
            batch.forEach(this::upsert);
            seen += batch.size();
            if (batch.size() < PAGE_SIZE) {
                break;
            }
            page++;
        }
        if (seen != expected) {
            log.warn("E911 sync saw {} addresses but GET /accounts/{}/addresses reported {}", seen, props.accountId(), expected);
        }
        log.info("E911 sync done: {} addresses", seen);
    }

    int remoteCount() {
        String xml = restClient.get()
                .uri("/accounts/{accountId}/addresses?page=1&size=1", props.accountId())
                .retrieve()
                .body(String.class);
        Matcher m = TOTAL.matcher(xml == null ? "" : xml);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    public E911AddressPayload fetch(String addressId) {
        return api.get(props.accountId(), addressId);
    }

    /**
     * Removes an address the CSR tool marked as a duplicate.
     */
    public void purge(String addressId) {
        URI uri = URI.create(props.baseUrl() + DashboardEndpoints.ACCOUNTS + props.accountId()
                + DashboardEndpoints.ADDRESSES + "/" + addressId);
        restClient.delete().uri(uri).retrieve().toBodilessEntity();
        jdbc.update("DELETE FROM e911_address WHERE address_id = ?", addressId);
    }

    /**
     * Addresses of the old Tidewater lab account, compared by the migration report.
     */
    public String labAddressXml(String labAccountId, String addressId) {
        String url = String.format("%s/accounts/%s/addresses/%s", DashboardEndpoints.LAB_ROOT, labAccountId, addressId);
        return restClient.get().uri(URI.create(url)).retrieve().body(String.class);
    }

    private void upsert(E911AddressPayload a) {
        jdbc.update("""
                MERGE INTO e911_address (address_id, one_line, city, state_code, zip, synced_at)
                KEY (address_id) VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP)
                """, a.addressId(), a.oneLine(), a.city(), a.stateCode(), a.zip());
    }
}
