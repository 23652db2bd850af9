package net.lumivox.numbering.inventory;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.TNss;
import net.lumivox.numbering.persistence.InventoryNumber;
import net.lumivox.numbering.persistence.NumberDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Copies the in-service numbers of the Dashboard account into tn_inventory every night.
 */
public class InventorySyncJob implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(InventorySyncJob.class);
    private static final int PAGE_SIZE = 500;

    private final IrisClient client;
    private final NumberDao dao;
    private final Clock clock;

    public InventorySyncJob(IrisClient client, NumberDao dao, Clock clock) {
        this.client = client;
        this.dao = dao;
        this.clock = clock;
    }

    @Override
    public void run() {
        int page = 1;
        int synced = 0;
        try {
            while (true) {
                Map<String, Object> query = new HashMap<>();
                query.put("page", page);
                query.put("size", PAGE_SIZE);
                TNss result = InserviceNumber.list(client, query);
                for (String tn : result.getTelephoneNumbers()) {
                    dao.upsert(toRecord(tn));
                    synced++;
                }
                if (result.getTelephoneNumbers().size() < PAGE_SIZE) {
                    break;
                }
                page++;
            }
            LOG.info("Inventory sync done: {} numbers", synced);
        } catch (Exception e) {
            LOG.error("Inventory sync failed on page {}", page, e);
        }
    }

    InventoryNumber toRecord(String tn) {
        long numeric = Long.parseLong(tn);
        String npa = tn.substring(0, 3);
        int areaCode = Integer.parseInt(npa);
        return new InventoryNumber(numeric, areaCode, "IN_SERVICE", clock.instant());
    }
}
