package net.cobaltline.inventory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import net.cobaltline.inventory.client.DashboardReportsClient;
import net.cobaltline.inventory.config.DashboardConfig;
import net.cobaltline.inventory.model.dashboard.ReportInstancePayload;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Runs Dashboard reports. The TN inventory report is the source of truth for reconciliation.
 */
@ApplicationScoped
public class TnReportService {

    private static final Logger LOG = Logger.getLogger(TnReportService.class);
    private static final String DISCONNECT_REPORT_ID = "disconnectedTns";

    @Inject
    @RestClient
    DashboardReportsClient reports;

    @Inject
    DashboardConfig config;

    @Inject
    Clock clock;

    /** Starts a TN inventory report instance and returns its id. */
    public String requestInventoryReport() {
        ReportInstancePayload instance = new ReportInstancePayload();
        instance.setOutputFormat(config.reports().outputFormat());
        instance.parameter("Account", config.accountId())
                .parameter("Sub-account", config.siteId());
        instance.setExpiresAt(LocalDate.now(clock).plusDays(7).toString());
        Response response = reports.createInstance(config.accountId(), config.reports().tnReportId(), instance);
        String instanceId = lastSegment(response);
        LOG.infof("TN inventory report instance %s requested", instanceId);
        return instanceId;
    }

    /** Disconnect report for the last month, consumed by finance as E.164 already. */
    public String requestDisconnectReport() {
        ReportInstancePayload instance = new ReportInstancePayload();
        instance.setOutputFormat("csv");
        instance.setNumberFormat("E164");
        instance.parameter("Account", config.accountId())
                .parameter("StartDate", LocalDate.now(clock).minusMonths(1).withDayOfMonth(1).toString());
        Response response = reports.createInstance(config.accountId(), DISCONNECT_REPORT_ID, instance);
        return lastSegment(response);
    }

    public Optional<String> downloadIfReady(String reportId, String instanceId) {
        ReportInstancePayload status = reports.getInstance(config.accountId(), reportId, instanceId);
        if (!status.isReady()) {
            return Optional.empty();
        }
        return Optional.of(reports.downloadFile(config.accountId(), reportId, instanceId));
    }

    public String inventoryReportId() {
        return config.reports().tnReportId();
    }

    private static String lastSegment(Response response) {
        if (response.getLocation() == null) {
            throw new IllegalStateException("report instance created without Location header");
        }
        String path = response.getLocation().getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
