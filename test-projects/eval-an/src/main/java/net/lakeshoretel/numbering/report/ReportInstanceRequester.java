package net.lakeshoretel.numbering.report;

import net.lakeshoretel.numbering.config.JobSettings;
import net.lakeshoretel.numbering.dashboard.DashboardTransport;
import net.lakeshoretel.numbering.dashboard.DashboardUrls;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

/** Asks the Dashboard for report instances and downloads them once they are ready. */
public class ReportInstanceRequester {

    static final String PORT_ACTIVITY_REPORT_ID = "241";
    private static final MediaType XML = MediaType.get("application/xml");
    private static final String INVENTORY_TEMPLATE = "/templates/report-instance.xml";

    private final JobSettings settings;
    private final DashboardTransport transport;
    private final DashboardUrls urls;

    public ReportInstanceRequester(JobSettings settings, DashboardTransport transport) {
        this.settings = settings;
        this.transport = transport;
        this.urls = new DashboardUrls(settings);
    }

    /** Requests the TN inventory report; returns the instance id. */
    public String requestInventory(LocalDate expiresAt) throws Exception {
        String body = template()
                .replace("{{account}}", settings.accountId())
                .replace("{{expiresAt}}", expiresAt.toString());
        return create(urls.reportInstances(settings.inventoryReportId()), body);
    }

    /** Requests the port activity report for a date range; returns the instance id. */
    public String requestPortActivity(LocalDate from, LocalDate to) throws Exception {
        StringBuilder xml = new StringBuilder()
                .append("<Instance>")
                .append("<OutputFormat>csv</OutputFormat>")
                .append("<Parameters>")
                .append(parameter("Account", settings.accountId()))
                .append(parameter("StartDate", from.toString()))
                .append(parameter("EndDate", to.toString()))
                .append("</Parameters>")
                .append("<ExpiresAt>").append(to.plusDays(7)).append("</ExpiresAt>")
                .append("</Instance>");
        return create(urls.reportInstances(PORT_ACTIVITY_REPORT_ID), xml.toString());
    }

    /** E911 audit for the compliance team, whose tooling reads E.164. */
    public String requestE911Audit(String reportId, LocalDate expiresAt) throws Exception {
        String xml = """
                <Instance>
                    <OutputFormat>pdf</OutputFormat>
                    <NumberFormat>E164</NumberFormat>
                    <Parameters>
                        <Parameter>
                            <Name>Account</Name>
                            <Value>%s</Value>
                        </Parameter>
                    </Parameters>
                    <ExpiresAt>%s</ExpiresAt>
                </Instance>
                """.formatted(settings.accountId(), expiresAt);
        return create(urls.reportInstances(reportId), xml);
    }

    public boolean isReady(String reportId, String instanceId) throws Exception {
        DashboardTransport.Reply reply = transport.execute(
                new Request.Builder().url(urls.reportInstance(reportId, instanceId)).get().build())
                .get(30, TimeUnit.SECONDS);
        return reply.isSuccessful() && reply.body().contains("<Status>Ready</Status>");
    }

    public String download(String reportId, String instanceId) throws Exception {
        DashboardTransport.Reply reply = transport.execute(
                new Request.Builder().url(urls.reportFile(reportId, instanceId)).header("Accept", "text/csv").get().build())
                .get(5, TimeUnit.MINUTES);
        if (!reply.isSuccessful()) {
            throw new IOException("report download failed: HTTP " + reply.status());
        }
        return reply.body();
    }

    private String create(HttpUrl url, String xml) throws Exception {
        DashboardTransport.Reply reply = transport.execute(
                new Request.Builder().url(url).post(RequestBody.create(xml, XML)).build())
                .get(30, TimeUnit.SECONDS);
        if (!reply.isSuccessful()) {
            throw new IOException("report instance refused: HTTP " + reply.status() + " " + reply.body());
        }
        return reply.createdId();
    }

    private static String parameter(String name, String value) {
        return "<Parameter><Name>" + name + "</Name><Value>" + value + "</Value></Parameter>";
    }

    private String template() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(INVENTORY_TEMPLATE)) {
            if (in == null) {
                throw new IOException("missing " + INVENTORY_TEMPLATE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
