package net.kestrelwave.integration.inventory;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.TNss;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reconciles our inventory with the numbers the Dashboard reports as in service.
 */
@Component
public class InserviceInventorySync {

    private static final Logger log = LoggerFactory.getLogger(InserviceInventorySync.class);
    private static final int PAGE_SIZE = 500;

    private final IrisClient client;
    private final InventoryStore store;

    public InserviceInventorySync(IrisClient client, InventoryStore store) {
        this.client = client;
        this.store = store;
    }

    public int syncAreaCode(String areaCode) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areacode", areaCode);
        query.put("page", 1);
        query.put("size", PAGE_SIZE);
        TNss page = InserviceNumber.list(client, query);
        int synced = 0;
        for (String tn : page.getTelephoneNumbers()) {
            if (tn.length() != 10) {
                log.warn("Skipping malformed in-service number {}", tn);
                continue;
            }
            String npa = tn.substring(0, 3);
            store.markInService(tn, npa);
            synced++;
        }
        return synced;
    }

    public Map<Integer, Long> countByAreaCode() throws Exception {
        TNss all = InserviceNumber.list(client, Map.of("page", 1, "size", 5000));
        Map<Integer, Long> counts = new TreeMap<>();
        for (String tn : all.getTelephoneNumbers()) {
            String prefix = tn.substring(0, 3);
            int areaCode = Integer.parseInt(prefix);
            counts.merge(areaCode, 1L, Long::sum);
        }
        return counts;
    }
}
