package net.harborlinecarrier.tnvault.recon;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.io.Reader;
import java.io.Writer;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Nightly reconciliation between the Dashboard's TN inventory report and tn_inventory.
 * Separate from the Dropwizard service; configured with Typesafe Config (application.conf).
 */
public final class ReconciliationCli {

    private ReconciliationCli() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--help")) {
            System.out.println("usage: recon [--dry-run]");
            System.out.println("  pulls the TN inventory report from https://dashboard.bandwidth.com/api/accounts/<id>/reports");
            return;
        }
        boolean dryRun = args.length > 0 && args[0].equals("--dry-run");
        Config config = ConfigFactory.load();
        ReconSettings settings = ReconSettings.from(config);

        HttpClient http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
        InventoryReportFetcher fetcher = new InventoryReportFetcher(http, settings);
        String instance = fetcher.requestInstance();
        Thread.sleep(30_000);

        ReportCsvParser parser = new ReportCsvParser();
        Set<String> dashboardTns;
        try (Reader csv = fetcher.download(instance)) {
            dashboardTns = parser.parse(csv);
        }
        ReconDiff diff = ReconDiff.compute(dashboardTns, inventory(settings.jdbcUrl()));
        System.out.printf("dashboard=%d skipped=%d onlyDashboard=%d onlyInventory=%d%n", dashboardTns.size(),
                parser.skipped(), diff.onlyOnDashboard().size(), diff.onlyInInventory().size());
        if (!dryRun) {
            write(settings.outputDir().resolve("recon-" + LocalDate.now() + ".txt"), diff);
        }
    }

    /** Differences between what the Dashboard bills us for and what tn_inventory says we own. */
    record ReconDiff(Set<String> onlyOnDashboard, Set<String> onlyInInventory) {

        static ReconDiff compute(Set<String> dashboardTns, Set<String> inventoryTns) {
            Set<String> onlyDashboard = new TreeSet<>();
            for (String tn : dashboardTns) {
                if (!inventoryTns.contains(tn)) {
                    onlyDashboard.add(tn);
                }
            }
            Set<String> onlyInventory = new TreeSet<>(inventoryTns);
            onlyInventory.removeAll(dashboardTns);
            return new ReconDiff(onlyDashboard, onlyInventory);
        }
    }

    private static Set<String> inventory(String jdbcUrl) throws Exception {
        Set<String> tns = new HashSet<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT tn FROM tn_inventory WHERE status <> 'SPARE'")) {
            while (rs.next()) {
                tns.add(rs.getString(1));
            }
        }
        return tns;
    }

    private static void write(Path file, ReconDiff diff) throws Exception {
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file)) {
            for (String tn : diff.onlyOnDashboard()) {
                out.write("DASHBOARD_ONLY," + tn + "\n");
            }
            for (String tn : diff.onlyInInventory()) {
                out.write("INVENTORY_ONLY," + tn + "\n");
            }
        }
    }
}
