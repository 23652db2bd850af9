package net.kestrelvoice.numbering.dashboard.client;

import java.io.InputStream;
import java.time.LocalDate;

import javax.ws.rs.core.Response;

import net.kestrelvoice.numbering.config.DashboardProxyFactory;
import net.kestrelvoice.numbering.config.DashboardSettings;
import net.kestrelvoice.numbering.dashboard.api.ReportsApi;
import net.kestrelvoice.numbering.dashboard.model.ReportInstancePayload;

/** Requests and downloads dashboard report instances (inventory, port-out). */
public class ReportInstanceClient {

    /** Dashboard report ids, from the Reports tab. */
    public static final String TN_INVENTORY_REPORT = "228";
    public static final String PORT_OUT_REPORT = "231";

    private final ReportsApi reports;
    private final DashboardSettings settings;

    public ReportInstanceClient(DashboardProxyFactory proxies, DashboardSettings settings) {
        this.reports = proxies.create(ReportsApi.class);
        this.settings = settings;
    }

    public String requestInventoryReport(String subAccount) {
        ReportInstancePayload instance = ReportInstancePayload.csv()
                .parameter("Account", settings.getAccountId())
                .parameter("Sub-account", subAccount)
                .expiresAt(LocalDate.now().plusDays(7).toString());
        Response response = reports.createInstance(settings.getAccountId(), TN_INVENTORY_REPORT, instance);
        return Responses.createdId("inventory report", response);
    }

    public String requestPortOutReport(LocalDate from, LocalDate to) {
        ReportInstancePayload instance = ReportInstancePayload.csv()
                .numberFormat("E164")
                .parameter("Account", settings.getAccountId())
                .parameter("StartDate", from.toString())
                .parameter("EndDate", to.toString());
        Response response = reports.createInstance(settings.getAccountId(), PORT_OUT_REPORT, instance);
        return Responses.createdId("port-out report", response);
    }

    public InputStream download(String reportId, String instanceId) {
        return reports.download(settings.getAccountId(), reportId, instanceId);
    }
}
