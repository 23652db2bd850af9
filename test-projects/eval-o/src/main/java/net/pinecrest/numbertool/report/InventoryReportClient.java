package net.pinecrest.numbertool.report;

import net.pinecrest.numbertool.dashboard.DashboardApi;
import net.pinecrest.numbertool.dashboard.DashboardHttpClient;
import net.pinecrest.numbertool.dashboard.xml.ReportInstance;
import net.pinecrest.numbertool.dashboard.xml.TemplateRenderer;
import okhttp3.ResponseBody;
import retrofit2.Response;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests runs of the Dashboard reports the NOC uses and downloads their files.
 */
public class InventoryReportClient {

    private static final Pattern INSTANCE_ID = Pattern.compile("<Id>([^<]+)</Id>");

    private static final String TN_INVENTORY_INSTANCE = """
            <Instance>
              <OutputFormat>csv</OutputFormat>
              <Parameters>
                <Parameter>
                  <Name>Account</Name>
                  <Value>%s</Value>
                </Parameter>
                <Parameter>
                  <Name>Status</Name>
                  <Value>Inservice</Value>
                </Parameter>
              </Parameters>
              <ExpiresAt>%s</ExpiresAt>
            </Instance>
            """;

    private final DashboardHttpClient http;
    private final DashboardApi api;
    private final String accountId;

    public InventoryReportClient(DashboardHttpClient http, DashboardApi api, String accountId) {
        this.http = http;
        this.api = api;
        this.accountId = accountId;
    }

    /** The "Iris Telephone Number Inventory Report" for the whole account. */
    public String requestTnInventory(String reportId) throws IOException {
        String body = TN_INVENTORY_INSTANCE.formatted(accountId, LocalDate.now().plusDays(7));
        return instanceId(http.postXml(http.paths().reportInstances(reportId), body));
    }

    /** Port activity for the regulatory filing; template kept with the other request templates. */
    public String requestPortActivity(String reportId, LocalDate from, LocalDate to) throws IOException {
        String body = TemplateRenderer.render("report-instance.xml", Map.of(
                "account", accountId,
                "from", from.toString(),
                "to", to.toString(),
                "expires", LocalDate.now().plusDays(3).toString()), null);
        return instanceId(http.postXml(http.paths().reportInstances(reportId), body));
    }

    /** Disconnect history, read by the finance reconciliation that still keys on 10 digits. */
    public String requestDisconnects(String reportId) throws IOException {
        ReportInstance instance = ReportInstance.builder()
                .outputFormat("csv")
                .numberFormat("LEGACY")
                .parameter("Account", accountId)
                .expiresAt(LocalDate.now().plusDays(7).toString())
                .build();
        return instanceId(body(api.createReportInstance(accountId, reportId, instance).execute()));
    }

    /** Site summary for the quarterly review (PDF, read by people only). */
    public String requestSiteSummary(String reportId, String siteId) throws IOException {
        ReportInstance instance = ReportInstance.builder()
                .outputFormat("pdf")
                .parameter("Account", accountId)
                .parameter("Sub-account", siteId)
                .build();
        return instanceId(body(api.createReportInstance(accountId, reportId, instance).execute()));
    }

    public byte[] download(String reportId, String instanceId) throws IOException {
        Response<ResponseBody> response = api.downloadReport(accountId, reportId, instanceId).execute();
        if (!response.isSuccessful() || response.body() == null) {
            throw new IOException("report " + reportId + "/" + instanceId + " not ready: " + response.code());
        }
        return response.body().bytes();
    }

    private static String body(Response<ResponseBody> response) throws IOException {
        if (!response.isSuccessful() || response.body() == null) {
            throw new IOException("report request failed: " + response.code());
        }
        return response.body().string();
    }

    private static String instanceId(String xml) {
        Matcher m = INSTANCE_ID.matcher(xml);
        if (!m.find()) {
            throw new IllegalStateException("no instance id in " + xml);
        }
        return m.group(1);
    }
}
