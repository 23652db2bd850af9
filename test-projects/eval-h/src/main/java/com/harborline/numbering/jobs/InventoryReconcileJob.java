package com.harborline.numbering.jobs;

import com.harborline.numbering.dto.InventoryNumber;
import com.harborline.numbering.repository.MarketQuotaRepository.Market;
import com.harborline.numbering.xml.XmlSupport;
import java.net.URI;
import java.util.HashSet;
import java.util.Set;
import org.apache.hc.core5.net.URIBuilder;

/**
 * Nightly: compares what Dashboard reports as in service, market by market, with the numbers
 * tn_inventory says we have assigned to customers. Mismatches go to the NOC queue.
 */
public class InventoryReconcileJob extends Job {

    private static final String DASHBOARD_HOST = "https://dashboard.bandwidth.com";
    private static final int PAGE_SIZE = 1000;
    private static final int MAX_ASSIGNED = 250_000;

    public InventoryReconcileJob() {
        super("inventoryReconcile");
    }

    @Override
    protected JobResult execute(JobContext context) throws Exception {
        Set<Long> inService = new HashSet<>();
        for (Market market : context.markets().activeMarkets()) {
            URI uri = new URIBuilder(settings.getOrDefault("host", DASHBOARD_HOST))
                    .setPath("/api/accounts/" + context.accountId() + "/inserviceNumbers")
                    .addParameter("areacode", market.npa())
                    .addParameter("size", String.valueOf(PAGE_SIZE))
                    .build();
            String xml = context.dashboard().get(uri);
            for (String tn : XmlSupport.texts(XmlSupport.parse(xml), "//TelephoneNumber")) {
                inService.add(Long.valueOf(tn));
            }
        }
        int missing = 0;
        for (InventoryNumber row : context.numbers().findByStatus("ASSIGNED", MAX_ASSIGNED)) {
            if (!inService.contains(row.tn())) {
                missing++;
                log.warn("assigned number {} (customer {}) is not in service on Dashboard", row.tn(), row.customerId());
            }
        }
        return JobResult.ok(inService.size(), missing + " assigned numbers missing on Dashboard");
    }
}
