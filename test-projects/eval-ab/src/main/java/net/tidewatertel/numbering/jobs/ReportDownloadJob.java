package net.tidewatertel.numbering.jobs;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import net.tidewatertel.numbering.config.JobsProperties;
import net.tidewatertel.numbering.domain.PhoneNumberRepository;
import net.tidewatertel.numbering.reports.InventoryReportParser;
import net.tidewatertel.numbering.reports.InventoryReportParser.InventoryReportLine;
import net.tidewatertel.numbering.reports.ReportInstanceClient;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Nightly inventory report: requested at 04:00, downloaded at 04:30, archived and checked.
 */
@Component
public class ReportDownloadJob {

    private static final Logger log = LoggerFactory.getLogger(ReportDownloadJob.class);

    private final ReportInstanceClient reports;
    private final InventoryReportParser parser;
    private final PhoneNumberRepository numbers;
    private final JobsProperties jobs;
    private final Path archive = Path.of(System.getProperty("java.io.tmpdir"), "dashboard-reports");

    private volatile String pendingInstance;

    public ReportDownloadJob(ReportInstanceClient reports, InventoryReportParser parser,
                             PhoneNumberRepository numbers, JobsProperties jobs) {
        this.reports = reports;
        this.parser = parser;
        this.numbers = numbers;
        this.jobs = jobs;
    }

    @Scheduled(cron = "0 0 4 * * *")
    public void request() {
        String location = reports.requestInventoryCsv(jobs.getInventoryReportId());
        pendingInstance = location == null ? null : location.substring(location.lastIndexOf('/') + 1);
    }

    @Scheduled(cron = "0 30 4 * * *")
    public void download() throws IOException {
        if (pendingInstance == null) {
            return;
        }
        byte[] csv = reports.download(jobs.getInventoryReportId(), pendingInstance);
        Files.createDirectories(archive);
        Files.write(archive.resolve("inventory-" + pendingInstance + ".csv"), csv);

        List<InventoryReportLine> lines = parser.parse(new StringReader(new String(csv, StandardCharsets.UTF_8)));
        long unknown = lines.stream().filter(l -> numbers.findByTn(l.tn()).isEmpty()).count();
        Map<Integer, Long> perAreaCode = lines.stream()
                .collect(Collectors.groupingBy(l -> Integer.valueOf(l.areaCode()), Collectors.counting()));
        log.info("Inventory report {}: {} numbers, {} unknown locally, per area code {}",
                pendingInstance, lines.size(), unknown, perAreaCode);
        pendingInstance = null;
        purgeOldArchives();
    }

    private void purgeOldArchives() throws IOException {
        long cutoff = System.currentTimeMillis() - jobs.getReportRetentionMillis();
        try (var files = Files.list(archive)) {
            files.filter(f -> f.toFile().lastModified() < cutoff).forEach(f -> f.toFile().delete());
        }
    }
}
