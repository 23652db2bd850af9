package com.harborline.numbering.service;

import com.harborline.numbering.config.DashboardSettings;
import com.harborline.numbering.dashboard.IrisReportsClient;
import com.harborline.numbering.dashboard.retrofit.DashboardRetrofitApi;
import com.harborline.numbering.dashboard.retrofit.DashboardRetrofitFactory;
import com.harborline.numbering.dto.InventoryReportRow;
import com.harborline.numbering.report.InventoryReportParser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.ResponseBody;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Nightly "Iris Telephone Number Inventory Report": create an instance, wait
 * for it, download the CSV and hand it to the parser.
 */
@ApplicationScoped
public class ReportService {

    private static final String INSTANCE_XML = """
            <Instance>
                <OutputFormat>csv</OutputFormat>
                <Parameters>
                    <Parameter>
                        <Name>Account</Name>
                        <Value>%s</Value>
                    </Parameter>
                    <Parameter>
                        <Name>Sub-account</Name>
                        <Value>%s</Value>
                    </Parameter>
                </Parameters>
                <ExpiresAt>%s</ExpiresAt>
            </Instance>
            """;

    private static final Pattern FILE_LINK = Pattern.compile("<FileLink>([^<]+)</FileLink>");

    @Inject
    DashboardSettings settings;

    @Inject
    @RestClient
    IrisReportsClient reports;

    @Inject
    InventoryReportParser parser;

    @Inject
    @ConfigProperty(name = "harborline.reports.inventory-report-id", defaultValue = "215")
    String inventoryReportId;

    public String requestInventoryReport() {
        String body = INSTANCE_XML.formatted(settings.accountId(), settings.siteId(), LocalDate.now().plusDays(7));
        try (Response response = reports.createInstance(settings.accountId(), inventoryReportId, body)) {
            String location = response.getHeaderString("Location");
            return location.substring(location.lastIndexOf('/') + 1);
        }
    }

    public boolean isReady(String instanceId) {
        String xml = reports.getInstance(settings.accountId(), inventoryReportId, instanceId);
        return xml.contains("<Status>Ready</Status>");
    }

    /** The instance resource carries an absolute FileLink; Retrofit follows it with @Url. */
    public List<InventoryReportRow> download(String instanceId) throws IOException {
        String xml = reports.getInstance(settings.accountId(), inventoryReportId, instanceId);
        Matcher m = FILE_LINK.matcher(xml);
        if (!m.find()) {
            throw new IllegalStateException("Report instance " + instanceId + " has no file yet");
        }
        DashboardRetrofitApi api = DashboardRetrofitFactory.create(settings);
        try (ResponseBody body = api.download(m.group(1)).execute().body()) {
            if (body == null) {
                return List.of();
            }
            return parser.parse(new StringReader(body.string()));
        }
    }
}
