package net.harborlight.numops.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import net.harborlight.numops.config.DashboardProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Polls report instances and downloads their files.
 */
@Component
public class ReportDownloadClient {

    private final RestClient dashboard;
    private final DashboardProperties props;
    private final String reportsBase;

    public ReportDownloadClient(@Qualifier("dashboard") RestClient dashboard, DashboardProperties props,
                                @Value("${dashboard.reports-base:https://dashboard.bandwidth.com/api}") String reportsBase) {
        this.dashboard = dashboard;
        this.props = props;
        this.reportsBase = reportsBase;
    }

    public String instanceStatus(String reportId, String instanceId) {
        String xml = dashboard.get()
                .uri(instanceUrl(reportId, instanceId))
                .retrieve()
                .body(String.class);
        int start = xml == null ? -1 : xml.indexOf("<Status>");
        return start < 0 ? "Unknown" : xml.substring(start + 8, xml.indexOf("</Status>"));
    }

    public Path download(String reportId, String instanceId) throws IOException {
        byte[] file = dashboard.get()
                .uri(instanceUrl(reportId, instanceId) + "/file")
                .retrieve()
                .body(byte[].class);
        Path target = Files.createTempFile("dashboard-report-" + reportId + "-", ".csv");
        Files.write(target, file == null ? new byte[0] : file);
        return target;
    }

    private String instanceUrl(String reportId, String instanceId) {
        return reportsBase + "/accounts/" + props.getAccountId() + "/reports/" + reportId + "/instances/" + instanceId;
    }
}
