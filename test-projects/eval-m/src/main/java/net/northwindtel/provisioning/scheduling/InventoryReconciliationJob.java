package net.northwindtel.provisioning.scheduling;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.TNss;
import lombok.extern.slf4j.Slf4j;
import net.northwindtel.provisioning.client.exchange.NumberInventoryClient;
import net.northwindtel.provisioning.config.DashboardProperties;
import net.northwindtel.provisioning.config.ProvisioningProperties;
import net.northwindtel.provisioning.model.dashboard.NpaNxxResult;
import net.northwindtel.provisioning.store.TnInventoryRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Nightly: compares the Dashboard's in-service list with our inventory and checks the warm pool.
 */
@Slf4j
@Component
public class InventoryReconciliationJob {

    private final IrisClient irisClient;
    private final NumberInventoryClient numberInventoryClient;
    private final RestClient restClient;
    private final TnInventoryRepository inventory;
    private final DashboardProperties dashboard;
    private final ProvisioningProperties provisioning;

    public InventoryReconciliationJob(IrisClient irisClient,
                                      NumberInventoryClient numberInventoryClient,
                                      @Qualifier("dashboardRestClient") RestClient restClient,
                                      TnInventoryRepository inventory,
                                      DashboardProperties dashboard,
                                      ProvisioningProperties provisioning) {
        this.irisClient = irisClient;
        this.numberInventoryClient = numberInventoryClient;
        this.restClient = restClient;
        this.inventory = inventory;
        this.dashboard = dashboard;
        this.provisioning = provisioning;
    }

    @Scheduled(cron = "${provisioning.jobs.reconcile-cron:0 15 3 * * *}", zone = "America/New_York")
    public void reconcile() throws Exception {
        for (Integer areaCode : provisioning.getWarmPoolAreaCodes()) {
            Map<String, Object> query = new LinkedHashMap<>();
            query.put("areaCode", String.valueOf(areaCode));
            query.put("size", 1000);
            TNss inService = InserviceNumber.list(irisClient, query);
            long unknown = inService.getTelephoneNumbers().stream()
                    .filter(tn -> inventory.findByTn(tn).isEmpty())
                    .count();
            if (unknown > 0) {
                log.warn("{} in-service numbers in {} are missing from the inventory", unknown, areaCode);
            }
        }
    }

    @Scheduled(cron = "${provisioning.jobs.warm-pool-cron:0 0 * * * *}")
    public void checkWarmPool() {
        for (Integer areaCode : provisioning.getWarmPoolAreaCodes()) {
            List<NpaNxxResult> exchanges = numberInventoryClient.availableNpaNxx(dashboard.getAccountId(), String.valueOf(areaCode), 50);
            int available = exchanges.stream().mapToInt(NpaNxxResult::getQuantity).sum();
            boolean priority = exchanges.stream().anyMatch(r -> r.getAreaCode() == provisioning.getPriorityAreaCode());
            if (available < provisioning.getWarmPoolMinimum()) {
                log.warn("Warm pool low in {}: {} available{}", areaCode, available, priority ? " (PRIORITY)" : "");
            }
        }
    }

    /** Ad-hoc search from the ops console; filters come straight from the form. */
    public String searchAvailable(String areaCode, String lata, String state) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("areaCode", areaCode);
        if (lata != null) {
            filters.put("lata", lata);
        }
        if (state != null) {
            filters.put("state", state);
        }
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> filter : filters.entrySet()) {
            query.append(query.isEmpty() ? '?' : '&').append(filter.getKey()).append('=').append(filter.getValue());
        }
        return restClient.get()
                .uri("/accounts/" + dashboard.getAccountId() + "/availableNumbers" + query)
                .retrieve()
                .body(String.class);
    }
}
