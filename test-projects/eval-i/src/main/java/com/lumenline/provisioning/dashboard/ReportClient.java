package com.lumenline.provisioning.dashboard;

import java.time.LocalDate;

import com.lumenline.provisioning.config.DashboardProperties;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/**
 * Requests and downloads Dashboard reports (TN inventory, E911 audit).
 */
@Component
public class ReportClient {

    private static final String INSTANCE_URL = "https://dashboard.bandwidth.com/api/accounts/%s/reports/%s/instances";

    private static final String INSTANCE_BODY = """
            <Instance>
                <OutputFormat>%s</OutputFormat>
                <Parameters>
                    <Parameter>
                        <Name>Account</Name>
                        <Value>%s</Value>
                    </Parameter>
                </Parameters>
                <ExpiresAt>%s</ExpiresAt>
            </Instance>
            """;

    private final RestTemplate restTemplate;
    private final DashboardProperties props;

    public ReportClient(@Qualifier("plainRestTemplate") RestTemplate restTemplate, DashboardProperties props) {
        this.restTemplate = restTemplate;
        this.props = props;
    }

    /** Starts a report instance and returns its URL (poll it, then GET {@code /file}). */
    public String requestInstance(String reportKey) {
        DashboardProperties.ReportSettings settings = props.report(reportKey);
        String url = INSTANCE_URL.formatted(props.accountId(), settings.reportId());
        String body = INSTANCE_BODY.formatted(settings.outputFormat(), props.accountId(),
                LocalDate.now().plusDays(7));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        var location = restTemplate.postForLocation(url, new HttpEntity<>(body, headers));
        return location == null ? null : location.toString();
    }

    public String instanceStatus(String instanceUrl) {
        return restTemplate.getForObject(instanceUrl, String.class);
    }

    public byte[] download(String instanceUrl) {
        return restTemplate.getForObject(instanceUrl + "/file", byte[].class);
    }
}
