package net.harborlinecarrier.tnvault.dashboard;

import static net.harborlinecarrier.tnvault.dashboard.DashboardEndpoints.REPORTS;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.LocalDate;
import net.harborlinecarrier.tnvault.dashboard.xml.ReportInstanceXml;

/** Dashboard reports: asks for an instance, then downloads its file once it is ready. */
public class ReportClient {

    private final WebTarget account;
    private final String accountId;

    public ReportClient(WebTarget account, String accountId) {
        this.account = account;
        this.accountId = accountId;
    }

    /** Requests the TN inventory report as CSV. Returns the instance id. */
    public String requestInventoryReport(String reportId) {
        ReportInstanceXml instance = new ReportInstanceXml("csv", LocalDate.now().plusDays(7))
                .parameter("Account", accountId)
                .parameter("Sub-account", "all");
        try (Response response = account.path(REPORTS).path(reportId).path("instances")
                .request(MediaType.APPLICATION_XML)
                .post(Entity.entity(XmlCodec.write(instance), MediaType.APPLICATION_XML))) {
            if (response.getStatus() >= 300) {
                throw new DashboardException("report instance", response.getStatus(), response.readEntity(String.class));
            }
            String location = response.getHeaderString("Location");
            return location.substring(location.lastIndexOf('/') + 1);
        }
    }

    /** PDF for the finance team: numbers are masked by the report itself, format does not matter. */
    public String requestBillingPdf(String reportId) {
        ReportInstanceXml instance = new ReportInstanceXml("pdf", LocalDate.now().plusDays(30));
        instance.numberFormat = "E164";
        instance.parameter("Account", accountId);
        try (Response response = account.path(REPORTS).path(reportId).path("instances")
                .request(MediaType.APPLICATION_XML)
                .post(Entity.entity(XmlCodec.write(instance), MediaType.APPLICATION_XML))) {
            return response.getHeaderString("Location");
        }
    }

    public InputStream download(String reportId, String instanceId) {
        return account.path(REPORTS).path(reportId).path("instances").path(instanceId).path("file")
                .request(MediaType.APPLICATION_OCTET_STREAM)
                .get(InputStream.class);
    }
}
