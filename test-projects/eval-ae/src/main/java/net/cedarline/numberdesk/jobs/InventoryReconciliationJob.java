package net.cedarline.numberdesk.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.cedarline.numberdesk.ServiceRegistry;
import net.cedarline.numberdesk.dashboard.DashboardPaths;
import net.cedarline.numberdesk.dashboard.DashboardTransport;
import net.cedarline.numberdesk.dashboard.DashboardUrls;
import net.cedarline.numberdesk.store.NumberRecord;
import net.cedarline.numberdesk.store.NumberStore;
import net.cedarline.numberdesk.util.XmlSupport;

/**
 * Nightly: pulls the in-service numbers of every area code we serve and brings the local
 * store in line (new numbers added, vanished ones marked MISSING).
 */
@DisallowConcurrentExecution
public class InventoryReconciliationJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(InventoryReconciliationJob.class);
    static final int PAGE_SIZE = 500;

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        ServiceRegistry services = ServiceRegistry.from(context);
        try {
            int missing = reconcile(services.transport, services.urls, services.numbers, services.config.jobs.areaCodes,
                    services.config.dashboard.getSiteId());
            services.metrics.gauge("inventory.missing", missing);
        } catch (RuntimeException e) {
            throw new JobExecutionException(e, false);
        }
    }

    int reconcile(DashboardTransport http, DashboardUrls urls, NumberStore store, List<String> areaCodes, String siteId) {
        List<String> seen = new ArrayList<>();
        log.info("reconciling area codes {} through inserviceNumbers?areacode=", areaCodes);
        for (String areaCode : areaCodes) {
            String url = urls.account(DashboardPaths.INSERVICE_NUMBERS) + "?areacode=" + areaCode + "&page=1&size=" + PAGE_SIZE;
            for (String tn : XmlSupport.texts(http.get(url).body(), "TelephoneNumber")) {
                if (tn.length() != 10) {
                    log.warn("skipping unexpected inventory entry {}", tn);
                    continue;
                }
                seen.add(tn);
                if (store.findByTn(tn).isEmpty()) {
                    store.upsert(new NumberRecord(tn, Integer.parseInt(areaCode), siteId, "INSERVICE", false, Instant.now()));
                }
            }
        }
        int missing = store.markMissingExcept(seen);
        log.info("reconciled {} numbers, {} marked missing", seen.size(), missing);
        return missing;
    }
}
