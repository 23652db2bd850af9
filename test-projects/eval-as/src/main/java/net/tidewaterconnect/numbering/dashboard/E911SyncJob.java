package net.tidewaterconnect.numbering.dashboard;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import net.tidewaterconnect.numbering.config.LegacyEndpointRegistry;
import net.tidewaterconnect.numbering.config.RuntimeSettings;
import net.tidewaterconnect.numbering.dashboard.api.E911AddressApi;
import net.tidewaterconnect.numbering.dashboard.model.E911Address;
import net.tidewaterconnect.numbering.dashboard.model.E911AddressList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.DefaultUriBuilderFactory;

/**
 * Keeps the E911 address book of both Dashboard accounts (current and the old inetwork one) in
 * line with the addresses of active emergency-enabled lines.
 */
@Component
public class E911SyncJob {

    private static final Logger log = LoggerFactory.getLogger(E911SyncJob.class);

    private final E911AddressApi addresses;
    private final RestClient legacyDashboard;
    private final LegacyEndpointRegistry legacyEndpoints;
    private final RuntimeSettings settings;
    private final String e911Path;
    private final String legacyAccountId;

    public E911SyncJob(E911AddressApi addresses,
            @Qualifier("legacyDashboard") RestClient legacyDashboard,
            LegacyEndpointRegistry legacyEndpoints,
            RuntimeSettings settings,
            @Value("${tidewater.bandwidth.dashboard.paths.e911-addresses:/accounts/{accountId}/addresses}") String e911Path,
            @Value("${tidewater.bandwidth.legacy.account-id}") String legacyAccountId) {
        this.addresses = addresses;
        this.legacyDashboard = legacyDashboard;
        this.legacyEndpoints = legacyEndpoints;
        this.settings = settings;
        this.e911Path = e911Path;
        this.legacyAccountId = legacyAccountId;
    }

    @Scheduled(cron = "${tidewater.jobs.e911-sync-cron:0 15 3 * * *}")
    public void sync() {
        E911AddressList current = addresses.list(1, 250);
        Set<String> known = current.addresses().stream().map(E911Address::id).collect(Collectors.toSet());
        log.info("{} E911 addresses on the main account", known.size());

        String legacyUrl = legacyEndpoints.resolve("e911", legacyAccountId);
        String legacyXml = legacyDashboard.get().uri(legacyUrl).retrieve().body(String.class);
        log.info("Legacy account address book: {} bytes", legacyXml == null ? 0 : legacyXml.length());
    }

    /** Used by the ops console to show the raw address book of any account id. */
    public String rawAddressBook(String accountId) {
        DefaultUriBuilderFactory factory = new DefaultUriBuilderFactory(settings.require("dashboard.base_url"));
        return legacyDashboard.get()
                .uri(factory.expand(e911Path, accountId))
                .retrieve()
                .body(String.class);
    }

    public List<String> staleAddressIds(Set<String> inUse) {
        return addresses.list(1, 250).addresses().stream()
                .map(E911Address::id)
                .filter(id -> !inUse.contains(id))
                .toList();
    }
}
