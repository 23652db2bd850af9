package com.cascadia.numprov.jobs;

import com.cascadia.numprov.config.YamlLite;
import com.cascadia.numprov.iris.IrisHttp;
import com.cascadia.numprov.iris.LegacyInetworkClient;
import com.cascadia.numprov.iris.ReportClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Nightly: compares the numbers Bandwidth bills us for with the numbers we bill customers for.
 */
public class ReconciliationJob implements Runnable {

    private static final Logger LOG = Logger.getLogger(ReconciliationJob.class.getName());
    private static final String INVENTORY_REPORT_ID = "inventory";

    private final Map<String, String> jobs = YamlLite.load("/jobs.yml");
    private final String accountId;
    private final String user;
    private final String password;
    private final Set<String> billedNumbers;

    public ReconciliationJob(String accountId, String user, String password, Set<String> billedNumbers) {
        this.accountId = accountId;
        this.user = user;
        this.password = password;
        this.billedNumbers = billedNumbers;
    }

    @Override
    public void run() {
        if (!Boolean.parseBoolean(jobs.getOrDefault("reconciliation.enabled", "false"))) {
            return;
        }
        IrisHttp http = new IrisHttp(jobs.get("reconciliation.report.base-url"), accountId, user, password,
                Duration.ofSeconds(60));
        ReportClient reports = new ReportClient(http);
        String csv = reports.download(INVENTORY_REPORT_ID, reports.startInventoryReport(INVENTORY_REPORT_ID, "461"));
        Set<String> atBandwidth = reports.numbersInReport(csv);

        Set<String> notBilled = new HashSet<>(atBandwidth);
        notBilled.removeAll(billedNumbers);
        Set<String> notAtBandwidth = new HashSet<>(billedNumbers);
        notAtBandwidth.removeAll(atBandwidth);
        LOG.info(() -> "Reconciliation: " + notBilled.size() + " numbers not billed, "
                + notAtBandwidth.size() + " billed numbers missing at Bandwidth");

        if (Boolean.parseBoolean(jobs.getOrDefault("reconciliation.legacy.enabled", "false"))) {
            reconcileLegacy();
        }
    }

    private void reconcileLegacy() {
        LegacyInetworkClient legacy = new LegacyInetworkClient(jobs, accountId, user, password);
        String instance = template("/iris/templates/inventory-report-instance.xml")
                .replace("{accountId}", accountId)
                .replace("{siteId}", "461")
                .replace("{expiresAt}", LocalDate.now().plusDays(7).toString());
        try {
            legacy.startReport(INVENTORY_REPORT_ID, instance);
        } catch (IOException e) {
            LOG.warning("Legacy inventory report failed: " + e.getMessage()
                    + " (see " + jobs.get("reconciliation.legacy.portal-url") + ")");
        }
    }

    private static String template(String name) {
        try (InputStream in = ReconciliationJob.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
