package net.tidewatertel.numbering.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "tidewater.jobs")
public class JobsProperties {

    private boolean reconciliationEnabled = true;
    private String reconciliationCron = "0 15 3 * * *";
    private Duration importPollInterval = Duration.ofMinutes(10);

    /** Inventory report to request every night (report id in the Dashboard catalogue). */
    private String inventoryReportId = "224";

    /** Files above this size are streamed to disk instead of being parsed in memory (5 GiB). */
    private long maxInMemoryReportBytes = 5368709120L;

    /** Report instances older than this are purged from our archive (30 days, in ms). */
    private long reportRetentionMillis = 2592000000L;

    public boolean isReconciliationEnabled() {
        return reconciliationEnabled;
    }

    public void setReconciliationEnabled(boolean reconciliationEnabled) {
        this.reconciliationEnabled = reconciliationEnabled;
    }

    public String getReconciliationCron() {
        return reconciliationCron;
    }

    public void setReconciliationCron(String reconciliationCron) {
        this.reconciliationCron = reconciliationCron;
    }

    public Duration getImportPollInterval() {
        return importPollInterval;
    }

    public void setImportPollInterval(Duration importPollInterval) {
        this.importPollInterval = importPollInterval;
    }

    public String getInventoryReportId() {
        return inventoryReportId;
    }

    public void setInventoryReportId(String inventoryReportId) {
        this.inventoryReportId = inventoryReportId;
    }

    public long getMaxInMemoryReportBytes() {
        return maxInMemoryReportBytes;
    }

    public void setMaxInMemoryReportBytes(long maxInMemoryReportBytes) {
        this.maxInMemoryReportBytes = maxInMemoryReportBytes;
    }

    public long getReportRetentionMillis() {
        return reportRetentionMillis;
    }

    public void setReportRetentionMillis(long reportRetentionMillis) {
        this.reportRetentionMillis = reportRetentionMillis;
    }
}
