package net.northvale.voice.provisioning.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.northvale.voice.provisioning.config.ProvisioningDefaults;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** Dashboard reports: request an instance, wait for it, download the file. */
@ApplicationScoped
public class ReportClient {

    private DashboardClient dashboard;

    protected ReportClient() {
    }

    @Inject
    public ReportClient(DashboardClient dashboard) {
        this.dashboard = dashboard;
    }

    /** Telephone Number Inventory report for the whole account, as CSV. */
    public URI requestInventoryInstance(String reportId) {
        String body = """
                <Instance>
                    <OutputFormat>csv</OutputFormat>
                    <Parameters>
                        <Parameter>
                            <Name>Account</Name>
                            <Value>%s</Value>
                        </Parameter>
                    </Parameters>
                    <ExpiresAt>%s</ExpiresAt>
                </Instance>
                """.formatted(dashboard.accountId(), LocalDate.now().plusDays(3));
        return postInstance(reportId, body);
    }

    /** Monthly usage report; the finance team reads it in Excel. */
    public URI requestUsageInstance(String reportId, LocalDate month) {
        String body = XmlTemplates.render("report-instance-usage.xml", Map.of(
                "account", dashboard.accountId(),
                "month", month.toString(),
                "expires", month.plusMonths(2).toString()));
        return postInstance(reportId, body);
    }

    private URI postInstance(String reportId, String body) {
        try (Response response = dashboard.account()
                .path("reports").path(reportId).path("instances")
                .request(MediaType.APPLICATION_XML)
                .post(Entity.entity(body, MediaType.APPLICATION_XML_TYPE))) {
            dashboard.check(response);
            return response.getLocation();
        }
    }

    /** Polls the instance until its file is ready, then downloads it. */
    public byte[] awaitFile(URI instance, Duration maxWait) throws InterruptedException {
        Instant deadline = Instant.now().plus(maxWait);
        while (Instant.now().isBefore(deadline)) {
            String status = dashboard.get(dashboard.client().target(instance), String.class);
            if (status.contains("<Status>Ready</Status>")) {
                try (Response file = dashboard.client().target(instance).path("file")
                        .request(MediaType.APPLICATION_OCTET_STREAM).get()) {
                    dashboard.check(file);
                    if (file.getLength() > ProvisioningDefaults.MAX_REPORT_BYTES) {
                        throw new IllegalStateException("report larger than " + ProvisioningDefaults.MAX_REPORT_BYTES + " bytes");
                    }
                    return file.readEntity(byte[].class);
                }
            }
            Thread.sleep(30_000);
        }
        throw new IllegalStateException("report instance " + instance + " not ready after " + maxWait);
    }
}
