package net.harborlight.numops.reports;

import java.time.LocalDate;
import java.util.Map;

import net.harborlight.numops.config.DashboardProperties;
import net.harborlight.numops.dashboard.DashboardUrlBuilder;
import net.harborlight.numops.dashboard.TemplateRenderer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Asks the Dashboard report service for new report instances. The instance id comes back in
 * the Location header; ReportFetchTasklet polls and downloads it.
 */
@Component
public class ReportInstanceRequester {

    static final String DISCONNECT_REPORT_ID = "517";
    static final String INVENTORY_REPORT_ID = "204";
    static final String PORTING_REPORT_ID = "388";

    private final RestClient dashboard;
    private final TemplateRenderer templates;
    private final DashboardProperties props;
    private final String reportsHost;

    public ReportInstanceRequester(@Qualifier("dashboard") RestClient dashboard, TemplateRenderer templates,
                                   DashboardProperties props,
                                   @Value("${dashboard.reports-host:https://dashboard.bandwidth.com}") String reportsHost) {
        this.dashboard = dashboard;
        this.templates = templates;
        this.props = props;
        this.reportsHost = reportsHost;
    }

    public String requestDisconnectReport(LocalDate from, LocalDate to) {
        String body = """
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
                    <Parameter>
                      <Name>EndDate</Name>
                      <Value>%s</Value>
                    </Parameter>
                  </Parameters>
                  <ExpiresAt>%s</ExpiresAt>
                </Instance>
                """.formatted(props.getAccountId(), from, to, to.plusDays(7));
        return post(DISCONNECT_REPORT_ID, body);
    }

    public String requestInventoryReport(LocalDate asOf) {
        String body = templates.render("report-instance.ftl", Map.of(
                "accountId", props.getAccountId(),
                "outputFormat", "csv",
                "asOf", asOf.toString(),
                "expiresAt", asOf.plusDays(3).toString()));
        return post(INVENTORY_REPORT_ID, body);
    }

    public String requestPortingReport(LocalDate from) {
        String body = """
                <Instance>
                  <OutputFormat>csv</OutputFormat>
                  <NumberFormat>LEGACY</NumberFormat>
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
                </Instance>
                """.formatted(props.getAccountId(), from);
        return post(PORTING_REPORT_ID, body);
    }

    private String post(String reportId, String body) {
        String url = DashboardUrlBuilder.accountOnHost(reportsHost, props.getAccountId())
                + "/reports/" + reportId + "/instances";
        return dashboard.post()
                .uri(url)
                .body(body)
                .retrieve()
                .toBodilessEntity()
                .getHeaders()
                .getFirst("Location");
    }
}
