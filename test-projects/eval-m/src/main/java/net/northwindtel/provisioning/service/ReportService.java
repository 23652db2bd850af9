package net.northwindtel.provisioning.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import lombok.extern.slf4j.Slf4j;
import net.northwindtel.provisioning.config.DashboardProperties;
import net.northwindtel.provisioning.model.dashboard.ReportInstanceRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Requests and downloads Dashboard reports (TN inventory, porting activity, usage).
 */
@Slf4j
@Service
public class ReportService {

    private static final String INVENTORY_INSTANCE = """
            <Instance>
                <OutputFormat>csv</OutputFormat>
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
            """;

    private static final String PORTING_ACTIVITY_INSTANCE = """
            <Instance>
                <OutputFormat>csv</OutputFormat>
                <NumberFormat>LEGACY</NumberFormat>
                <Parameters>
                    <Parameter>
                        <Name>Account</Name>
                        <Value>%s</Value>
                    </Parameter>
                </Parameters>
                <ExpiresAt>%s</ExpiresAt>
            </Instance>
            """;

    /** 2100-01-01T00:00:00Z: "never" for pinned audit reports. */
    private static final long NEVER_EXPIRES_EPOCH = 4102444800L;

    private final RestClient restClient;
    private final DashboardProperties dashboard;
    private final String reportsBaseUrl;
    private final XmlMapper xmlMapper = new XmlMapper();

    public ReportService(RestClient.Builder builder,
                         DashboardProperties dashboard,
                         @Value("${bandwidth.reports.base-url:https://dashboard.bandwidth.com/api}") String reportsBaseUrl) {
        this.dashboard = dashboard;
        this.reportsBaseUrl = reportsBaseUrl;
        this.restClient = builder
                .defaultHeaders(h -> h.setBasicAuth(dashboard.getUsername(), dashboard.getPassword()))
                .build();
    }

    public String requestInventoryReport(String reportId) {
        String body = INVENTORY_INSTANCE.formatted(dashboard.getAccountId(), LocalDate.now().plusDays(7));
        return createInstance(reportId, body);
    }

    public String requestPortingActivityReport(String reportId) {
        String body = PORTING_ACTIVITY_INSTANCE.formatted(dashboard.getAccountId(), LocalDate.now().plusDays(7));
        return createInstance(reportId, body);
    }

    public String requestTnAuditReport(String reportId) throws IOException {
        String body = new ClassPathResource("templates/report-instance-tn-audit.xml")
                .getContentAsString(StandardCharsets.UTF_8)
                .replace("${accountId}", dashboard.getAccountId())
                .replace("${expiresAt}", LocalDate.ofInstant(Instant.ofEpochSecond(NEVER_EXPIRES_EPOCH), ZoneOffset.UTC).toString());
        return createInstance(reportId, body);
    }

    public String requestUsageReport(String reportId, String month) throws JsonProcessingException {
        ReportInstanceRequest request = ReportInstanceRequest.builder()
                .outputFormat("csv")
                .parameter(new ReportInstanceRequest.Parameter("Account", dashboard.getAccountId()))
                .parameter(new ReportInstanceRequest.Parameter("Month", month))
                .expiresAt(LocalDate.now().plusDays(7).toString())
                .build();
        return createInstance(reportId, xmlMapper.writeValueAsString(request));
    }

    public byte[] download(String reportId, String instanceId) {
        String url = String.format("https://%s/api/accounts/%s/reports/%s/instances/%s/file",
                dashboard.getHost(), dashboard.getAccountId(), reportId, instanceId);
        log.debug("Downloading report instance {}", url);
        return restClient.get().uri(url).retrieve().body(byte[].class);
    }

    private String createInstance(String reportId, String xml) {
        return restClient.post()
                .uri(reportsBaseUrl + "/accounts/" + dashboard.getAccountId() + "/reports/" + reportId + "/instances")
                .contentType(MediaType.APPLICATION_XML)
                .body(xml)
                .retrieve()
                .toBodilessEntity()
                .getHeaders()
                .getFirst(HttpHeaders.LOCATION);
    }
}
