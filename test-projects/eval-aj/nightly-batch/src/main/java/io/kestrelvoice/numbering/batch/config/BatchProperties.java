package io.kestrelvoice.numbering.batch.config;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kestrel.batch.*}
 */
@ConfigurationProperties(prefix = "kestrel.batch")
public record BatchProperties(
        String inventoryReportId,
        String e911ReportId,
        List<String> watchedAreaCodes,
        int pageSize,
        boolean e911AuditEnabled,
        String reportMailbox) {

    public BatchProperties {
        watchedAreaCodes = watchedAreaCodes == null ? List.of() : List.copyOf(watchedAreaCodes);
        if (pageSize <= 0) {
            pageSize = 500;
        }
    }
}
