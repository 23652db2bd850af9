package net.kestrelwave.numops.reports;

import net.kestrelwave.numops.dashboard.DashboardHttp;
import net.kestrelwave.numops.dashboard.TemplateRenderer;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Dashboard reports: create an instance, poll it, download the file. */
public class ReportClient {

    private static final String INSTANCES_URL = "https://dashboard.bandwidth.com/api/accounts/%s/reports/%s/instances";

    private final DashboardHttp http;
    private final TemplateRenderer templates;

    public ReportClient(DashboardHttp http, TemplateRenderer templates) {
        this.http = http;
        this.templates = templates;
    }

    public String createInstance(String reportId, Map<String, String> parameters, LocalDate expiresAt) throws IOException {
        List<Map<String, String>> params = new ArrayList<>();
        parameters.forEach((name, value) -> params.add(Map.of("name", name, "value", value)));
        Map<String, Object> context = new HashMap<>();
        context.put("outputFormat", "csv");
        context.put("parameters", params);
        context.put("expiresAt", expiresAt.toString());
        String body = templates.render("report-instance.xml", context);
        return http.post(URI.create(String.format(INSTANCES_URL, http.accountId(), reportId)), body);
    }

    public String createDailyInventory(String reportId) throws IOException {
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
                """.formatted(http.accountId(), LocalDate.now().plusDays(7));
        return http.post(URI.create(String.format(INSTANCES_URL, http.accountId(), reportId)), body);
    }

    /** The billing reconciliation still matches on 10-digit numbers; keep its export in that format. */
    public String createBillingExtract(String reportId) throws IOException {
        String body = """
                <Instance>
                    <OutputFormat>csv</OutputFormat>
                    <NumberFormat>LEGACY</NumberFormat>
                    <Parameters>
                        <Parameter>
                            <Name>Account</Name>
                            <Value>%s</Value>
                        </Parameter>
                    </Parameters>
                </Instance>
                """.formatted(http.accountId());
        return http.post(URI.create(String.format(INSTANCES_URL, http.accountId(), reportId)), body);
    }

    public String instanceStatus(String reportId, String instanceId) throws IOException {
        return http.get(URI.create(String.format(INSTANCES_URL, http.accountId(), reportId) + "/" + instanceId));
    }

    public Path download(String reportId, String instanceId, Path directory) throws IOException, URISyntaxException {
        URI uri = http.accountUri("reports", reportId, "instances", instanceId, "file").build();
        byte[] content = http.download(uri);
        Files.createDirectories(directory);
        Path target = directory.resolve("report-" + reportId + "-" + instanceId + ".csv");
        return Files.write(target, content);
    }
}
