package net.kestrelridge.provisioning.reports;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.kestrelridge.provisioning.config.DashboardSettings;
import net.kestrelridge.provisioning.crm.CustomerDirectoryClient;
import net.kestrelridge.provisioning.dashboard.ReportApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Nightly reconciliation: numbers in service on the Dashboard versus numbers assigned in the CRM.
 */
@Singleton
public class InventoryReportJob {

    private static final Logger log = LoggerFactory.getLogger(InventoryReportJob.class);
    private static final int MAX_POLLS = 40;

    private final ReportApi reports;
    private final DashboardSettings settings;
    private final CustomerDirectoryClient crm;
    private final InventoryCsvParser parser = new InventoryCsvParser();

    @Inject
    public InventoryReportJob(ReportApi reports, DashboardSettings settings, CustomerDirectoryClient crm) {
        this.reports = reports;
        this.settings = settings;
        this.crm = crm;
    }

    public void runSafely() {
        try {
            run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("inventory reconciliation failed", e);
        }
    }

    void run() throws InterruptedException {
        String response = reports.requestInventoryInstance(LocalDate.now().plusDays(3));
        String instanceId = response.replaceAll("(?s).*<Id>([^<]+)</Id>.*", "$1");
        String reportId = settings.inventoryReportId();
        for (int i = 0; i < MAX_POLLS; i++) {
            String status = reports.instanceStatus(reportId, instanceId);
            if (status.contains("<Status>Ready</Status>")) {
                reconcile(parser.parse(new StringReader(reports.download(reportId, instanceId))));
                return;
            }
            Thread.sleep(30_000L);
        }
        log.warn("inventory report instance {} not ready after {} polls", instanceId, MAX_POLLS);
    }

    void reconcile(List<InventoryRecord> inService) {
        Set<String> assigned = new HashSet<>(crm.assignedNumbers());
        int unassigned = 0;
        for (InventoryRecord r : inService) {
            if (!assigned.contains(String.valueOf(r.telephoneNumber()))) {
                unassigned++;
                log.info("in service on the Dashboard but not assigned in CRM: {}", r.telephoneNumber());
            }
        }
        log.info("inventory reconciliation: {} in service, {} unassigned", inService.size(), unassigned);
    }
}
