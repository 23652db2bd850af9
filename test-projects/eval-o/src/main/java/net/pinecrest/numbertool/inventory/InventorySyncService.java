package net.pinecrest.numbertool.inventory;

import net.pinecrest.numbertool.dashboard.DashboardApi;
import net.pinecrest.numbertool.dashboard.xml.InserviceNumbersXml;
import net.pinecrest.numbertool.store.InventoryRecord;
import net.pinecrest.numbertool.store.NumberDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Response;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Copies the in-service numbers of an NPA from the Dashboard into {@code dashboard_tn}.
 */
public class InventorySyncService {

    private static final Logger log = LoggerFactory.getLogger(InventorySyncService.class);

    private final DashboardApi api;
    private final NumberDao dao;
    private final String accountId;
    private final String siteId;
    private final int pageSize;
    private final Clock clock;

    public InventorySyncService(DashboardApi api, NumberDao dao, String accountId, String siteId, int pageSize,
                                Clock clock) {
        this.api = api;
        this.dao = dao;
        this.accountId = accountId;
        this.siteId = siteId;
        this.pageSize = pageSize;
        this.clock = clock;
    }

    public Map<Integer, Integer> sync(String areaCode) throws IOException {
        Map<Integer, Integer> perNpa = new TreeMap<>();
        int page = 1;
        InserviceNumbersXml body;
        do {
            Response<InserviceNumbersXml> response = api.inservice(accountId, areaCode, page, pageSize).execute();
            if (!response.isSuccessful() || response.body() == null) {
                throw new IOException("inserviceNumbers page " + page + " failed: " + response.code());
            }
            body = response.body();
            for (String tn : body.numbersOrEmpty()) {
                InventoryRecord record = toRecord(tn, clock.instant());
                if (!inFootprint(record)) {
                    log.debug("skipping {} outside the ILEC footprint", tn);
                    continue;
                }
                dao.upsert(record);
                perNpa.merge(record.areaCode(), 1, Integer::sum);
            }
            page++;
        } while (body.hasNext());
        log.info("synced {} numbers for NPA {}", perNpa.values().stream().mapToInt(Integer::intValue).sum(), areaCode);
        return perNpa;
    }

    InventoryRecord toRecord(String tn, Instant now) {
        int npa = Integer.parseInt(tn.substring(0, 3));
        return new InventoryRecord(tn, npa, null, null, siteId, "INSERVICE", now);
    }

    static boolean inFootprint(InventoryRecord record) {
        return RateCenterCatalog.served(record.areaCode()) || record.areaCode() == 276;
    }
}
