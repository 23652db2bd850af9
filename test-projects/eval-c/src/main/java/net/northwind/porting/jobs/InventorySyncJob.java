package net.northwind.porting.jobs;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.TNss;
import net.northwind.porting.app.AppConfig;
import net.northwind.porting.app.BatchJob;
import net.northwind.porting.http.DashboardHttp;
import net.northwind.porting.iris.QueryStrings;
import net.northwind.porting.payload.DashboardResponses;
import net.northwind.porting.payload.Xml;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Pulls the in-service inventory per area code and reconciles it against what resellers were
 * billed for. Writes a per-NPA summary for finance.
 */
public class InventorySyncJob implements BatchJob {

    private static final Logger log = LoggerFactory.getLogger(InventorySyncJob.class);

    private final IrisClient iris;
    private final DashboardHttp http;
    private final AppConfig config;

    public InventorySyncJob(IrisClient iris, DashboardHttp http, AppConfig config) {
        this.iris = iris;
        this.http = http;
        this.config = config;
    }

    @Override
    public String name() {
        return "inventory-sync";
    }

    @Override
    public Result run(List<String> args) throws Exception {
        Map<Integer, TreeSet<Long>> byNpa = new TreeMap<>();
        int skipped = 0;
        for (String npa : args) {
            int page = 1;
            while (true) {
                Map<String, Object> query = new HashMap<>();
                query.put("areacode", npa);
                query.put("page", page);
                query.put("size", 500);
                TNss tns = InserviceNumber.list(iris, query);
                if (tns.getTelephoneNumbers() == null || tns.getTelephoneNumbers().isEmpty()) {
                    break;
                }
                for (String tn : tns.getTelephoneNumbers()) {
                    if (tn.length() != 10) {
                        log.warn("skipping malformed inventory entry {}", tn);
                        skipped++;
                        continue;
                    }
                    String areaCode = tn.substring(0, 3);
                    int key = Integer.parseInt(areaCode);
                    byNpa.computeIfAbsent(key, k -> new TreeSet<>()).add(Long.parseLong(tn));
                }
                page++;
            }
        }
        byNpa.forEach((npa, set) -> log.info("NPA {}: {} numbers in service", npa, set.size()));
        return new Result(name(), byNpa.values().stream().mapToInt(TreeSet::size).sum(), skipped, List.of());
    }

    /** Raw variant for the finance export: all pages of several area codes in one pass. */
    public List<Long> inserviceViaHttp(List<String> areaCodes) throws Exception {
        List<Long> all = new ArrayList<>();
        for (int page = 1; page < 100; page++) {
            String body = http.get("/accounts/" + config.accountId() + "/inserviceNumbers"
                    + QueryStrings.inserviceFilter(areaCodes, page));
            DashboardResponses.InserviceNumbers parsed = Xml.read(body, DashboardResponses.InserviceNumbers.class);
            if (parsed.telephoneNumbers.isEmpty()) {
                break;
            }
            all.addAll(parsed.telephoneNumbers);
        }
        return all;
    }

    /** Billing keys are 11-digit ("1" + national number) in the finance system. */
    public List<String> billingKeys(String npa) throws Exception {
        TNss tns = InserviceNumber.list(iris, Map.of("areaCode", npa, "size", 500));
        List<String> keys = new ArrayList<>();
        for (String tn : tns.getTelephoneNumbers()) {
            keys.add("1" + tn);
        }
        return keys;
    }

    /** Exchanges with spare capacity, for the reseller quote tool. */
    public Map<String, Integer> spareExchanges(String npa) throws Exception {
        Map<String, Integer> spare = new TreeMap<>();
        for (AvailableNpaNxx block : AvailableNpaNxx.list(iris, Map.of("areaCode", npa))) {
            if (Integer.parseInt(block.getNpa()) == 919 && block.getQuantity() > 0) {
                spare.put(block.getNpa() + block.getNxx(), block.getQuantity());
            }
        }
        return spare;
    }

    /** Quick existence probe for one of our own lines (used by the health check). */
    public boolean canaryInService() throws Exception {
        String body = http.get("/tns?tn=9843554410&size=1");
        return body.contains("<TelephoneNumber>");
    }

    /** v2-ready search used by the new quote tool. */
    public TNss inserviceV2(IrisClient v2, String npa) throws Exception {
        return InserviceNumber.list(v2, new HashMap<>(QueryStrings.v2AreaCodeSearch(npa)));
    }
}
