package io.kestrelvoice.numbering.batch.inventory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.kestrelvoice.numbering.batch.config.BatchProperties;
import io.kestrelvoice.numbering.batch.inventory.LocalInventoryRepository.LocalNumber;
import io.kestrelvoice.numbering.dashboard.DashboardPaths;
import io.kestrelvoice.numbering.dashboard.DashboardRestClient;
import io.kestrelvoice.numbering.dashboard.api.InventoryClient;
import io.kestrelvoice.numbering.dashboard.util.PhoneNumbers;
import io.kestrelvoice.numbering.dashboard.xml.TelephoneNumberXml;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Nightly: compares what the Dashboard has in service with what billing charges for.
 */
@Component
public class InventoryReconciliationJob {

    private static final Logger log = LoggerFactory.getLogger(InventoryReconciliationJob.class);

    private final InventoryClient inventoryClient;
    private final DashboardRestClient rest;
    private final LocalInventoryRepository localInventory;
    private final BatchProperties properties;

    public InventoryReconciliationJob(InventoryClient inventoryClient, DashboardRestClient rest,
                                      LocalInventoryRepository localInventory, BatchProperties properties) {
        this.inventoryClient = inventoryClient;
        this.rest = rest;
        this.localInventory = localInventory;
        this.properties = properties;
    }

    public ReconciliationResult run() {
        List<String> dashboardNumbers = new ArrayList<>();
        for (String areaCode : properties.watchedAreaCodes()) {
            dashboardNumbers.addAll(inventoryClient.inServiceNumbers(areaCode));
        }

        List<String> notBilled = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        AreaCodeStats stats = new AreaCodeStats();
        for (String tn : dashboardNumbers) {
            seen.add(tn);
            stats.add(Integer.parseInt(tn.substring(0, 3)));
            if (localInventory.find(tn).isEmpty()) {
                notBilled.add(tn);
            }
        }
        List<String> billedButGone = localInventory.all().stream()
                .map(LocalNumber::tenDigitNumber)
                .filter(n -> properties.watchedAreaCodes().contains(PhoneNumbers.areaCode(n)))
                .filter(n -> !seen.contains(n))
                .toList();

        log.info("reconciliation: {} on Dashboard, {} not billed, {} billed but gone",
                dashboardNumbers.size(), notBilled.size(), billedButGone.size());
        return new ReconciliationResult(dashboardNumbers.size(), notBilled, billedButGone, stats);
    }

    /** One call for all watched area codes; used by the capacity report only. */
    public List<String> watchedInOneCall() {
        String url = rest.urls().account(DashboardPaths.IN_SERVICE_NUMBERS)
                + InServiceQueryBuilder.query(properties.watchedAreaCodes(), properties.pageSize());
        return TelephoneNumberXml.telephoneNumbers(rest.get(url));
    }

    public record ReconciliationResult(int dashboardCount, List<String> notBilled, List<String> billedButGone, AreaCodeStats stats) {
    }

    /** Numbers in service per area code, for the capacity dashboard. */
    public static class AreaCodeStats {

        private final Map<Integer, Integer> countByAreaCode = new TreeMap<>();

        void add(int areaCode) {
            countByAreaCode.merge(areaCode, 1, Integer::sum);
        }

        public Map<Integer, Integer> counts() {
            return Collections.unmodifiableMap(countByAreaCode);
        }

        public int count(int areaCode) {
            return countByAreaCode.getOrDefault(areaCode, 0);
        }
    }
}
