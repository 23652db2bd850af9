package net.pinecrest.numbertool.cli;

import net.pinecrest.numbertool.config.ToolConfig;
import net.pinecrest.numbertool.dashboard.DashboardApi;
import net.pinecrest.numbertool.dashboard.DashboardHttpClient;
import net.pinecrest.numbertool.dashboard.DashboardRetrofitFactory;
import net.pinecrest.numbertool.report.InventoryCsvExporter;
import net.pinecrest.numbertool.report.InventoryCsvParser;
import net.pinecrest.numbertool.report.InventoryReportClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "report", description = "Pull the TN inventory report and export it for billing.")
public class ReportCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Option(names = {"-o", "--out"}, defaultValue = "tn-inventory.csv")
    Path out;

    @Option(names = "--wait", defaultValue = "PT10M")
    Duration wait;

    @Override
    public Integer call() throws Exception {
        ToolConfig config = global.config();
        DashboardApi api = DashboardRetrofitFactory.create(config).create(DashboardApi.class);
        try (DashboardHttpClient http = new DashboardHttpClient(config)) {
            InventoryReportClient reports = new InventoryReportClient(http, api, config.accountId());
            String reportId = config.tnInventoryReportId();
            String instanceId = reports.requestTnInventory(reportId);
            byte[] csv = awaitFile(reports, reportId, instanceId);

            InventoryCsvParser parser = new InventoryCsvParser();
            List<InventoryCsvParser.ReportRow> rows =
                    parser.parse(new StringReader(new String(csv, StandardCharsets.UTF_8)));
            try (Writer w = Files.newBufferedWriter(out)) {
                new InventoryCsvExporter().write(rows, w);
            }
            System.out.printf("%d numbers exported to %s (%d lines skipped)%n", rows.size(), out, parser.skipped());
        }
        return 0;
    }

    private byte[] awaitFile(InventoryReportClient reports, String reportId, String instanceId)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            try {
                return reports.download(reportId, instanceId);
            } catch (IOException notReady) {
                if (System.nanoTime() > deadline) {
                    throw notReady;
                }
                Thread.sleep(15_000);
            }
        }
    }
}
