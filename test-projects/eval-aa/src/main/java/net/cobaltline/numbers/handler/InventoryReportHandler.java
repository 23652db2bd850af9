package net.cobaltline.numbers.handler;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.cobaltline.numbers.analytics.IrisClient;
import net.cobaltline.numbers.config.AwsClients;
import net.cobaltline.numbers.config.EnvConfig;
import net.cobaltline.numbers.dashboard.ReportsApi;
import net.cobaltline.numbers.reports.InventoryCsvParser;
import net.cobaltline.numbers.reports.InventoryRow;
import net.cobaltline.numbers.reports.S3ReportWriter;
import net.cobaltline.numbers.store.NumberTable;

/**
 * Nightly (EventBridge schedule {@code cron(15 4 * * ? *)}): pulls the Dashboard inventory report,
 * stores it for finance, and flags numbers the Dashboard has that our table does not.
 */
public class InventoryReportHandler implements RequestHandler<ScheduledEvent, String> {

    private static final Logger log = LoggerFactory.getLogger(InventoryReportHandler.class);

    private final ReportsApi reports;
    private final InventoryCsvParser parser;
    private final S3ReportWriter writer;
    private final NumberTable numbers;
    private final IrisClient iris;
    private final String reportId;

    public InventoryReportHandler() {
        this(new ReportsApi(Services.dashboard()),
                new InventoryCsvParser(),
                new S3ReportWriter(AwsClients.s3(), EnvConfig.reportBucket()),
                Services.numbers(),
                new IrisClient(System.getenv("IRIS_TENANT"), System.getenv("IRIS_USER"), System.getenv("IRIS_PASSWORD")),
                Services.ssm().inventoryReportId());
    }

    InventoryReportHandler(ReportsApi reports, InventoryCsvParser parser, S3ReportWriter writer,
                           NumberTable numbers, IrisClient iris, String reportId) {
        this.reports = reports;
        this.parser = parser;
        this.writer = writer;
        this.numbers = numbers;
        this.iris = iris;
        this.reportId = reportId;
    }

    @Override
    public String handleRequest(ScheduledEvent event, Context context) {
        try {
            String instanceId = reports.requestInstance(reportId, "csv");
            String csv = reports.awaitAndDownload(reportId, instanceId, Duration.ofMinutes(10));
            List<InventoryRow> rows = parser.parse(csv);
            String key = writer.write(rows, Instant.now());

            List<String> unknown = new ArrayList<>();
            for (InventoryRow row : rows) {
                if (numbers.find(row.tn()).isEmpty()) {
                    unknown.add(row.tn());
                }
            }
            if (!unknown.isEmpty()) {
                log.warn("{} numbers on the Dashboard are not in our table, e.g. {}", unknown.size(),
                        unknown.subList(0, Math.min(5, unknown.size())));
            }
            iris.ingest("tn_inventory", rows.stream()
                    .map(r -> "{\"tn\":\"" + r.tn() + "\",\"areaCode\":" + r.areaCode() + ",\"status\":\"" + r.status() + "\"}")
                    .collect(Collectors.joining("\n")));
            return key;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("analytics ingest failed", e);
        }
    }
}
