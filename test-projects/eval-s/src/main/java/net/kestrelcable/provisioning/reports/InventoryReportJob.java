package net.kestrelcable.provisioning.reports;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.kestrelcable.provisioning.config.DashboardProperties;
import net.kestrelcable.provisioning.config.ReportProperties;
import net.kestrelcable.provisioning.persistence.TnInventoryRepository;
import net.kestrelcable.provisioning.util.XmlTemplates;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Weekly reconciliation of our inventory against the Dashboard inventory report.
 */
@Component
public class InventoryReportJob {

    private static final Logger log = LoggerFactory.getLogger(InventoryReportJob.class);

    private final RestClient restClient;
    private final InventoryCsvParser parser;
    private final XmlTemplates templates;
    private final TnInventoryRepository inventory;
    private final DashboardProperties dashboard;
    private final ReportProperties reports;
    private final Clock clock;

    public InventoryReportJob(@Qualifier("dashboardRestClient") RestClient restClient,
                              InventoryCsvParser parser,
                              XmlTemplates templates,
                              TnInventoryRepository inventory,
                              DashboardProperties dashboard,
                              ReportProperties reports,
                              Clock clock) {
        this.restClient = restClient;
        this.parser = parser;
        this.templates = templates;
        this.inventory = inventory;
        this.dashboard = dashboard;
        this.reports = reports;
        this.clock = clock;
    }

    @Scheduled(cron = "0 0 4 * * MON")
    public void run() throws InterruptedException {
        String instance = """
                <Instance>
                  <OutputFormat>%s</OutputFormat>
                  <Parameters>
                    <Parameter>
                      <Name>Account</Name>
                      <Value>%s</Value>
                    </Parameter>
                    <Parameter>
                      <Name>TNStatus</Name>
                      <Value>Inservice</Value>
                    </Parameter>
                  </Parameters>
                  <ExpiresAt>%s</ExpiresAt>
                </Instance>
                """.formatted(reports.outputFormat(), dashboard.accountId(), LocalDate.now(clock).plusDays(7));

        ResponseEntity<Void> created = restClient.post()
                .uri("/accounts/{accountId}/reports/{reportId}/instances", dashboard.accountId(), reports.inventoryReportId())
                .contentType(MediaType.APPLICATION_XML)
                .body(instance)
                .retrieve()
                .toBodilessEntity();
        URI location = created.getHeaders().getLocation();
        if (location == null) {
            log.error("Report instance created without Location header");
            return;
        }

        byte[] csv = null;
        for (int i = 0; i < reports.maxPolls() && csv == null; i++) {
            Thread.sleep(reports.pollInterval().toMillis());
            String status = restClient.get().uri(location).retrieve().body(String.class);
            if (status != null && status.contains("<Status>Ready</Status>")) {
                csv = restClient.get().uri(location + "/file").retrieve().body(byte[].class);
            }
        }
        if (csv == null) {
            log.error("Inventory report {} not ready after {} polls", location, reports.maxPolls());
            return;
        }
        reconcile(parser.parse(new ByteArrayInputStream(csv)));
    }

    /**
     * Monthly number activity report for finance, e-mailed by the Dashboard (PDF).
     */
    @Scheduled(cron = "0 0 6 1 * *")
    public void requestActivityReport() {
        String body = templates.render("templates/report-instance.xml", Map.of(
                "account", dashboard.accountId(),
                "expiresAt", LocalDate.now(clock).plusDays(30)));
        restClient.post()
                .uri("/accounts/{accountId}/reports/{reportId}/instances", dashboard.accountId(), "214")
                .contentType(MediaType.APPLICATION_XML)
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }

    void reconcile(List<InventoryCsvParser.InventoryRow> rows) {
        Set<String> dashboardTns = new HashSet<>();
        for (InventoryCsvParser.InventoryRow row : rows) {
            dashboardTns.add(String.valueOf(row.tn()));
        }
        Set<String> ours = new HashSet<>(inventory.activeNumbers());
        Set<String> missingOnDashboard = new HashSet<>(ours);
        missingOnDashboard.removeAll(dashboardTns);
        Set<String> unknownToUs = new HashSet<>(dashboardTns);
        unknownToUs.removeAll(ours);
        log.info("Inventory reconciliation: {} on Dashboard, {} ours, {} missing on Dashboard, {} unknown to us",
                dashboardTns.size(), ours.size(), missingOnDashboard.size(), unknownToUs.size());
    }
}
