package net.kestreltel.portdesk.sdk;

import com.google.inject.Inject;
import net.kestreltel.portdesk.config.DashboardSettings;
import net.kestreltel.portdesk.dashboard.InventoryApi;
import net.kestreltel.portdesk.dashboard.model.InventoryXml.InserviceNumbers;
import net.kestreltel.portdesk.numbers.NumberRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Compares the Dashboard's in-service inventory with our numbers table, one area code at a time. */
public class InventoryReconciler {

    private static final Logger LOG = LoggerFactory.getLogger(InventoryReconciler.class);
    private static final Pattern NANP_TN = Pattern.compile("^[2-9]\\d{2}[2-9]\\d{6}$");

    private final InventoryApi api;
    private final NumberRepository repository;
    private final DashboardSettings settings;

    @Inject
    public InventoryReconciler(InventoryApi api, NumberRepository repository, DashboardSettings settings) {
        this.api = api;
        this.repository = repository;
        this.settings = settings;
    }

    public Set<String> missingLocally(String areaCode) {
        Set<String> missing = new HashSet<>();
        int page = 1;
        InserviceNumbers response;
        do {
            response = api.inserviceByAreaCode(settings.accountId(), areaCode, page++);
            for (String tn : response.telephoneNumbers) {
                if (!NANP_TN.matcher(tn).matches()) {
                    LOG.warn("Skipping unexpected number {}", tn);
                    continue;
                }
                if (repository.findByTn(tn).isEmpty()) {
                    missing.add(tn);
                }
            }
        } while (response.telephoneNumbers.size() == 500);
        return missing;
    }

    public Map<String, Integer> countByExchange(List<String> tns) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String tn : tns) {
            counts.merge(tn.substring(0, 6), 1, Integer::sum);
        }
        return counts;
    }

    // the Dashboard also accepts the old spelling inserviceNumbers?areacode=704
    public Map<String, Object> searchFilters(String areaCode, String rateCenter) {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("areaCode", areaCode);
        filters.put("rateCenter", rateCenter);
        filters.put("quantity", 50);
        return filters;
    }

    public int availableCount(String areaCode, String rateCenter) {
        return api.search(settings.accountId(), searchFilters(areaCode, rateCenter)).resultCount;
    }
}
