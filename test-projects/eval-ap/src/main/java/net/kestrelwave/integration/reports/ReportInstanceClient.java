package net.kestrelwave.integration.reports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import net.kestrelwave.integration.config.DashboardPaths;
import net.kestrelwave.integration.config.DashboardProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/**
 * Requests Dashboard report instances (TN inventory, port-out activity) and downloads them once ready.
 */
@Component
public class ReportInstanceClient {

    private final RestTemplate dashboardRestTemplate;
    private final DashboardProperties dashboard;

    public ReportInstanceClient(RestTemplate dashboardRestTemplate, DashboardProperties dashboard) {
        this.dashboardRestTemplate = dashboardRestTemplate;
        this.dashboard = dashboard;
    }

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
                """.formatted(dashboard.getAccountId(), LocalDate.now().plusDays(7));
        return post(reportId, body);
    }

    public String requestPortOutReport(String reportId, LocalDate from, LocalDate to) {
        String body = """
                <Instance>
                  <OutputFormat>csv</OutputFormat>
                  <NumberFormat>E164</NumberFormat>
                  <Parameters>
                    <Parameter>
                      <Name>StartDate</Name>
                      <Value>%s</Value>
                    </Parameter>
                    <Parameter>
                      <Name>EndDate</Name>
                      <Value>%s</Value>
                    </Parameter>
                  </Parameters>
                </Instance>
                """.formatted(from, to);
        return post(reportId, body);
    }

    public String requestFromTemplate(String reportId) throws IOException {
        try (InputStream in = new ClassPathResource("templates/report-instance.xml").getInputStream()) {
            String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return post(reportId, template.replace("${accountId}", dashboard.getAccountId()));
        }
    }

    public byte[] download(String reportId, String instanceId) {
        return dashboardRestTemplate.getForObject(DashboardPaths.REPORT_FILE, byte[].class,
                Map.of("accountId", dashboard.getAccountId(), "reportId", reportId, "instanceId", instanceId));
    }

    private String post(String reportId, String xml) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        return dashboardRestTemplate.postForObject(dashboard.getBaseUrl() + "/accounts/{accountId}/reports/{reportId}/instances",
                new HttpEntity<>(xml, headers), String.class, dashboard.getAccountId(), reportId);
    }
}
