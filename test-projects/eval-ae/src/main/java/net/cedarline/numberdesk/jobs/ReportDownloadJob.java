package net.cedarline.numberdesk.jobs;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.cedarline.numberdesk.ServiceRegistry;
import net.cedarline.numberdesk.dashboard.reports.ReportClient;
import net.cedarline.numberdesk.store.NumberRecord;
import net.cedarline.numberdesk.store.NumberStore;

/** Early morning: requests the inventory report, waits for it, folds it into the store. */
@DisallowConcurrentExecution
public class ReportDownloadJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(ReportDownloadJob.class);
    private static final int MAX_POLLS = 40;

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        ServiceRegistry services = ServiceRegistry.from(context);
        String reportId = services.config.jobs.inventoryReportId;
        try {
            String csv = fetch(services.reports, reportId);
            int updated = apply(new ReportCsvParser().parse(csv), services.numbers);
            log.info("inventory report {} applied, {} rows", reportId, updated);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobExecutionException(e);
        }
    }

    String fetch(ReportClient reports, String reportId) throws InterruptedException {
        String instanceId = reports.requestInventoryReport(reportId);
        for (int i = 0; i < MAX_POLLS; i++) {
            String status = reports.instanceStatus(reportId, instanceId);
            if ("Ready".equalsIgnoreCase(status)) {
                return reports.download(reportId, instanceId);
            }
            if ("Expired".equalsIgnoreCase(status) || "Error".equalsIgnoreCase(status)) {
                throw new IllegalStateException("report instance " + instanceId + " is " + status);
            }
            TimeUnit.SECONDS.sleep(30);
        }
        throw new IllegalStateException("report instance " + instanceId + " never became ready");
    }

    int apply(List<ReportCsvParser.Row> rows, NumberStore store) {
        for (ReportCsvParser.Row row : rows) {
            boolean sms = store.findByTn(row.telephoneNumber()).map(NumberRecord::smsEnabled).orElse(false);
            store.upsert(new NumberRecord(row.telephoneNumber(), row.npa(), row.siteId(), row.status(), sms, Instant.now()));
        }
        return rows.size();
    }
}
