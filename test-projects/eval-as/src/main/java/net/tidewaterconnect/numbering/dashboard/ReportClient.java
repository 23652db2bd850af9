package net.tidewaterconnect.numbering.dashboard;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import net.tidewaterconnect.numbering.config.DashboardProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Runs Dashboard reports (inventory, port activity) and downloads the CSV output. */
@Component
public class ReportClient {

    private static final String PORT_ACTIVITY_INSTANCE = """
            <Instance>
                <OutputFormat>csv</OutputFormat>
                <Parameters>
                    <Parameter>
                        <Name>Account</Name>
                        <Value>%s</Value>
                    </Parameter>
                    <Parameter>
                        <Name>StartDate</Name>
                        <Value>%s</Value>
                    </Parameter>
                </Parameters>
                <ExpiresAt>%s</ExpiresAt>
            </Instance>
            """;

    private final RestClient dashboard;
    private final XmlTemplateRenderer templates;
    private final DashboardProperties props;

    public ReportClient(@Qualifier("dashboard") RestClient dashboard, XmlTemplateRenderer templates,
            DashboardProperties props) {
        this.dashboard = dashboard;
        this.templates = templates;
        this.props = props;
    }

    /** Requests a new instance of the inventory report and returns its location. */
    public URI requestInventoryReport(String reportId) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("Account", props.accountId());
        parameters.put("Sub-account", props.defaultSiteId());
        String body = templates.render("report-instance", Map.of(
                "parameters", parameters,
                "expiresAt", LocalDate.now().plusDays(7).toString()));
        return createInstance(reportId, body);
    }

    public URI requestPortActivityReport(String reportId, LocalDate since) {
        String body = PORT_ACTIVITY_INSTANCE.formatted(props.accountId(), since, since.plusDays(30));
        return createInstance(reportId, body);
    }

    public String download(String reportId, String instanceId) {
        String url = MessageFormat.format("{0}/accounts/{1}/reports/{2}/instances/{3}/file",
                props.baseUrl(), props.accountId(), reportId, instanceId);
        byte[] file = dashboard.get().uri(URI.create(url)).retrieve().body(byte[].class);
        return file == null ? "" : new String(file, StandardCharsets.UTF_8);
    }

    private URI createInstance(String reportId, String body) {
        return dashboard.post()
                .uri(DashboardPaths.REPORT_INSTANCES, reportId)
                .contentType(MediaType.APPLICATION_XML)
                .body(body)
                .retrieve()
                .toBodilessEntity()
                .getHeaders()
                .getLocation();
    }
}
