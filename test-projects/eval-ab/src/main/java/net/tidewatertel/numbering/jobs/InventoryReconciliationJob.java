package net.tidewatertel.numbering.jobs;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.tidewatertel.numbering.config.DashboardProperties;
import net.tidewatertel.numbering.config.JobsProperties;
import net.tidewatertel.numbering.dashboard.InventoryClient;
import net.tidewatertel.numbering.domain.NumberStatus;
import net.tidewatertel.numbering.domain.PhoneNumber;
import net.tidewatertel.numbering.domain.PhoneNumberRepository;
import net.tidewatertel.numbering.support.PhoneNumbers;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nightly: compares the Dashboard's in-service inventory with ours, area code by area code.
 */
@Component
public class InventoryReconciliationJob {

    private static final Logger log = LoggerFactory.getLogger(InventoryReconciliationJob.class);

    private final InventoryClient inventory;
    private final PhoneNumberRepository numbers;
    private final DashboardProperties dashboard;
    private final JobsProperties jobs;

    public InventoryReconciliationJob(InventoryClient inventory, PhoneNumberRepository numbers,
                                      DashboardProperties dashboard, JobsProperties jobs) {
        this.inventory = inventory;
        this.numbers = numbers;
        this.dashboard = dashboard;
        this.jobs = jobs;
    }

    @Scheduled(cron = "${tidewater.jobs.reconciliation-cron:0 15 3 * * *}")
    public void reconcile() {
        if (!jobs.isReconciliationEnabled()) {
            return;
        }
        for (String areaCode : dashboard.getServedAreaCodes()) {
            try {
                reconcileAreaCode(areaCode);
            } catch (RuntimeException e) {
                log.error("Reconciliation of {} failed", areaCode, e);
            }
        }
    }

    @Transactional
    void reconcileAreaCode(String areaCode) {
        List<String> remote = inventory.inServiceNumbers(areaCode);
        Set<String> local = new HashSet<>(numbers.inServiceTns(Integer.parseInt(areaCode)));
        int added = 0;
        for (String tn : remote) {
            if (local.remove(tn)) {
                continue;
            }
            PhoneNumber pn = new PhoneNumber(tn);
            pn.setAreaCode(Integer.parseInt(PhoneNumbers.npa(tn)));
            pn.setStatus(NumberStatus.IN_SERVICE);
            pn.setLastSynced(Instant.now());
            numbers.save(pn);
            added++;
        }
        for (String missing : local) {
            log.warn("{} is in service locally but not on the Dashboard", missing);
        }
        log.info("Area code {}: {} on Dashboard, {} added locally, {} only local", areaCode, remote.size(), added, local.size());
    }
}
