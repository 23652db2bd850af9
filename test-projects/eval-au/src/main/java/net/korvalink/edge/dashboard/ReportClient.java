package net.korvalink.edge.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import net.korvalink.edge.config.DashboardProperties;

/** Dashboard reports: request an instance, poll it, download the file. */
@Component
public class ReportClient {

    private final DashboardHttpClient dashboard;
    private final DashboardProperties props;

    public ReportClient(DashboardHttpClient dashboard, DashboardProperties props) {
        this.dashboard = dashboard;
        this.props = props;
    }

    /** TN inventory report, CSV, for the nightly reconciliation. */
    public String requestInventoryReport(String reportId) {
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
                """.formatted(props.getAccountId(), LocalDate.now().plusDays(3));
        return dashboard.post(String.format(DashboardEndpoints.REPORT_INSTANCES, props.getAccountId(), reportId), body);
    }

    /** Monthly usage report, PDF, for finance; the template carries the sub-account parameters. */
    public String requestUsageReport(String reportId, String subAccount) {
        String body = load("templates/iris/report-instance.xml")
                .replace("${account}", props.getAccountId())
                .replace("${subAccount}", subAccount)
                .replace("${expiresAt}", LocalDate.now().plusDays(7).toString());
        return dashboard.post(String.format(DashboardEndpoints.REPORT_INSTANCES, props.getAccountId(), reportId), body);
    }

    public String instanceStatus(String reportId, String instanceId) {
        return dashboard.get(String.format(DashboardEndpoints.REPORT_INSTANCES, props.getAccountId(), reportId)
                + "/" + instanceId);
    }

    public String download(String reportId, String instanceId) {
        return dashboard.get(String.format(DashboardEndpoints.REPORT_FILE, props.getAccountId(), reportId, instanceId));
    }

    private static String load(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
