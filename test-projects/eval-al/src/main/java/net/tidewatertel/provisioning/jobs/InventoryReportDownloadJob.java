package net.tidewatertel.provisioning.jobs;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

import net.tidewatertel.provisioning.inventory.InventoryRepository;
import net.tidewatertel.provisioning.reports.InventoryReportParser;
import net.tidewatertel.provisioning.reports.ReportInstanceService;

/**
 * Nightly: runs the Dashboard inventory report, waits for it, downloads the CSV and
 * stores a snapshot for the reconcile job.
 */
@DisallowConcurrentExecution
public class InventoryReportDownloadJob extends QuartzJobBean {

    private static final Logger LOG = LoggerFactory.getLogger(InventoryReportDownloadJob.class);

    private static final int MAX_POLLS = 40;
    private static final long POLL_INTERVAL_MILLIS = 30000L;

    private String reportsUri;
    private String reportId;
    private long maxBytes;

    public void setReportsUri(String reportsUri) {
        this.reportsUri = reportsUri;
    }

    public void setReportId(String reportId) {
        this.reportId = reportId;
    }

    public void setMaxBytes(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
        try {
            ApplicationContext spring = (ApplicationContext) context.getScheduler().getContext().get("applicationContext");
            ReportInstanceService reports = spring.getBean(ReportInstanceService.class);
            InventoryRepository inventory = spring.getBean(InventoryRepository.class);

            String instanceId = reports.requestInventoryReport(reportId);
            LOG.info("Inventory report instance {} requested at {}/{}/instances", instanceId, reportsUri, reportId);
            LOG.debug("Progress is also visible on https://dashboard.bandwidth.com/api/accounts/9900417/reports/{}/instances", reportId);
            waitUntilReady(reports, instanceId);

            String csv = reports.download(reportId, instanceId);
            if (csv.length() > maxBytes) {
                throw new JobExecutionException("Inventory report larger than " + maxBytes + " bytes");
            }
            List<String> numbers = new InventoryReportParser().parse(new StringReader(csv)).stream()
                    .map(InventoryReportParser.Line::getTelephoneNumber)
                    .collect(Collectors.toList());
            inventory.saveReportSnapshot(numbers, context.getFireTime().getTime() / 1000L);
            LOG.info("Inventory report {} stored, {} numbers", instanceId, numbers.size());
        } catch (JobExecutionException e) {
            throw e;
        } catch (Exception e) {
            throw new JobExecutionException("Inventory report download failed", e);
        }
    }

    private void waitUntilReady(ReportInstanceService reports, String instanceId) throws IOException, InterruptedException {
        for (int i = 0; i < MAX_POLLS; i++) {
            String status = reports.instanceStatus(reportId, instanceId);
            if ("Ready".equalsIgnoreCase(status)) {
                return;
            }
            if ("Error".equalsIgnoreCase(status) || "Expired".equalsIgnoreCase(status)) {
                throw new IOException("Report instance " + instanceId + " ended in " + status);
            }
            Thread.sleep(POLL_INTERVAL_MILLIS);
        }
        throw new IOException("Report instance " + instanceId + " not ready after " + MAX_POLLS + " polls");
    }
}
