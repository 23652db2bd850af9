package com.harborline.porting.scheduling;

import com.harborline.porting.report.InventoryReportParser;
import com.harborline.porting.service.ReportService;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

@Singleton
public class ReportDownloadJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReportDownloadJob.class);
    private static final Pattern INSTANCE_ID = Pattern.compile("<Id>([^<]+)</Id>");

    private final ReportService reports;
    private final InventoryReportParser parser;

    public ReportDownloadJob(ReportService reports, InventoryReportParser parser) {
        this.reports = reports;
        this.parser = parser;
    }

    @Scheduled(cron = "0 30 2 * * *")
    public void nightly() {
        String created = reports.requestInventoryCsv();
        Matcher m = INSTANCE_ID.matcher(created);
        if (!m.find()) {
            LOG.warn("No report instance id in {}", created);
            return;
        }
        String csv = reports.download(m.group(1));
        var lines = parser.parse(csv);
        long tollFree = lines.stream().filter(l -> l.npa().startsWith("8") && l.npa().charAt(1) == l.npa().charAt(2)).count();
        LOG.info("Inventory report: {} numbers, {} toll-free", lines.size(), tollFree);
    }
}
