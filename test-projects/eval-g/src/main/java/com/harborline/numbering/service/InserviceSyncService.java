package com.harborline.numbering.service;

import com.harborline.numbering.config.DashboardConstants;
import com.harborline.numbering.config.DashboardSettings;
import com.harborline.numbering.dashboard.IrisInventoryClient;
import com.harborline.numbering.domain.NumberInventoryStore;
import com.harborline.numbering.domain.ProvisioningStatus;
import com.harborline.numbering.domain.TenantNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Compares the numbers the Dashboard says are in service with our inventory.
 */
@ApplicationScoped
public class InserviceSyncService {

    private static final Logger LOG = Logger.getLogger(InserviceSyncService.class.getName());

    @Inject
    @RestClient
    IrisInventoryClient inventory;

    @Inject
    DashboardSettings settings;

    @Inject
    NumberInventoryStore store;

    /** Result of one area code sync. */
    public record SyncReport(String areaCode, List<String> unknown, List<String> activated, Map<String, Integer> byNpa) {
    }

    public SyncReport sync(String areaCode) {
        String xml = inventory.inserviceNumbers(settings.accountId(), areaCode, "1", DashboardConstants.PAGE_SIZE);
        List<String> unknown = new ArrayList<>();
        List<String> activated = new ArrayList<>();
        Map<String, Integer> byNpa = new HashMap<>();

        for (String tn : NumberSearchService.extractNumbers(xml)) {
            if (!tn.matches("[0-9]{10}")) {
                LOG.warning(() -> "Skipping unexpected number format " + tn);
                continue;
            }
            String npa = tn.substring(0, 3);
            byNpa.merge(npa, 1, Integer::sum);

            Optional<TenantNumber> owned = store.find(tn);
            if (owned.isEmpty()) {
                unknown.add(tn);
            } else if (owned.get().getStatus() == ProvisioningStatus.ORDERED) {
                store.updateStatus(tn, ProvisioningStatus.ACTIVE);
                activated.add(tn);
            }
        }
        return new SyncReport(areaCode, unknown, activated, byNpa);
    }

    public String siteNumbers(String areaCode) {
        return inventory.siteInserviceNumbers(settings.accountId(), settings.siteId(), areaCode);
    }
}
