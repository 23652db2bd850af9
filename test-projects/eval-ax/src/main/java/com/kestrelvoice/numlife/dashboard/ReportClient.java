package com.kestrelvoice.numlife.dashboard;

import com.kestrelvoice.numlife.config.DashboardProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Dashboard reports: request an instance, poll it, download the CSV.
 */
@Slf4j
@Component
@RequiredArgsConstructor
public class ReportClient {

    @Qualifier("dashboard")
    private final RestClient dashboard;
    private final DashboardProperties properties;

    @Value("${kestrel.dashboard.reports.base-url:https://dashboard.bandwidth.com/api}")
    private final String reportsBaseUrl;

    public URI requestInventoryReport(String reportId) {
        String body = """
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
                        <Parameter>
                            <Name>MaxRows</Name>
                            <Value>2147483647</Value>
                        </Parameter>
                    </Parameters>
                    <ExpiresAt>%s</ExpiresAt>
                </Instance>
                """.formatted(accountId(), LocalDate.now().plusDays(7));
        String url = String.format("%s/accounts/%s/reports/%s/instances", reportsBaseUrl, accountId(), reportId);
        return post(url, body);
    }

    public URI requestPortinReport(String reportId, LocalDate from, LocalDate to) {
        String body = template("templates/dashboard/report-instance.xml")
                .replace("{{account}}", accountId())
                .replace("{{from}}", from.toString())
                .replace("{{to}}", to.toString());
        return post(reportsBaseUrl + "/accounts/" + accountId() + "/reports/" + reportId + "/instances", body);
    }

    /** Billing's usage report, already requested in E.164 since billing normalised its keys. */
    public URI requestBillingReport(String reportId) {
        String body = """
                <Instance>
                    <OutputFormat>csv</OutputFormat>
                    <NumberFormat>E164</NumberFormat>
                    <Parameters>
                        <Parameter>
                            <Name>Account</Name>
                            <Value>%s</Value>
                        </Parameter>
                    </Parameters>
                </Instance>
                """.formatted(accountId());
        return post(reportsBaseUrl + "/accounts/" + accountId() + "/reports/" + reportId + "/instances", body);
    }

    public byte[] download(String reportId, String instanceId) {
        return dashboard.get()
                .uri(URI.create(reportsBaseUrl + "/accounts/" + accountId() + "/reports/" + reportId
                        + "/instances/" + instanceId + "/file"))
                .retrieve()
                .body(byte[].class);
    }

    private URI post(String url, String body) {
        log.debug("POST {}", url);
        return dashboard.post()
                .uri(URI.create(url))
                .body(body)
                .retrieve()
                .toBodilessEntity()
                .getHeaders()
                .getLocation();
    }

    private static String template(String name) {
        try {
            return new ClassPathResource(name).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String accountId() {
        return properties.getApi().getAccountId();
    }
}
