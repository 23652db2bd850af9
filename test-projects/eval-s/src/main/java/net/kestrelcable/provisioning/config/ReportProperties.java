package net.kestrelcable.provisioning.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

@ConfigurationProperties(prefix = "kestrel.reports")
public record ReportProperties(
        String inventoryReportId,
        @DefaultValue("csv") String outputFormat,
        @DefaultValue("PT1M") Duration pollInterval,
        @DefaultValue("20") int maxPolls,
        @DefaultValue("5368709120") long maxDownloadBytes) {
}
