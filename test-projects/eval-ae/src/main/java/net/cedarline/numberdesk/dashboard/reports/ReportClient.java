package net.cedarline.numberdesk.dashboard.reports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import net.cedarline.numberdesk.config.DashboardSettings;
import net.cedarline.numberdesk.dashboard.DashboardPaths;
import net.cedarline.numberdesk.dashboard.DashboardResponse;
import net.cedarline.numberdesk.dashboard.DashboardTransport;
import net.cedarline.numberdesk.dashboard.DashboardUrls;
import net.cedarline.numberdesk.templates.RequestTemplates;
import net.cedarline.numberdesk.templates.TemplateNames;
import net.cedarline.numberdesk.util.XmlSupport;

/** Dashboard reports: request an instance, poll it, download the CSV. */
public class ReportClient {

    /** The report API's "no limit" (Integer.MAX_VALUE). */
    private static final String UNLIMITED_ROWS = "2147483647";

    private static final String FILE_URL = "https://dashboard.bandwidth.com/api/accounts/%s/reports/%s/instances/%s/file";

    private final DashboardTransport http;
    private final DashboardUrls urls;
    private final DashboardSettings settings;
    private final RequestTemplates templates;

    public ReportClient(DashboardTransport http, DashboardUrls urls, DashboardSettings settings, RequestTemplates templates) {
        this.http = http;
        this.urls = urls;
        this.settings = settings;
        this.templates = templates;
    }

    /** Telephone Number Inventory report, CSV. */
    public String requestInventoryReport(String reportId) {
        Map<String, Object> values = new HashMap<>();
        values.put("accountId", settings.getAccountId());
        values.put("siteId", settings.getSiteId());
        values.put("expiresAt", LocalDate.now().plusDays(7));
        String body = templates.render(TemplateNames.REPORT_INSTANCE, values);
        DashboardResponse response = http.post(urls.account(DashboardPaths.REPORTS, reportId, "instances"), body);
        return response.createdId();
    }

    public String requestPortingReport(String reportId, LocalDate from, LocalDate to) {
        StringBuilder xml = new StringBuilder("<Instance>");
        xml.append("<OutputFormat>csv</OutputFormat>");
        xml.append("<Parameters>");
        appendParameter(xml, "Account", settings.getAccountId());
        appendParameter(xml, "StartDate", from.toString());
        appendParameter(xml, "EndDate", to.toString());
        appendParameter(xml, "MaxRows", UNLIMITED_ROWS);
        xml.append("</Parameters>");
        xml.append("<ExpiresAt>").append(to.plusDays(14)).append("</ExpiresAt>");
        xml.append("</Instance>");
        return http.post(urls.account(DashboardPaths.REPORTS, reportId, "instances"), xml.toString()).createdId();
    }

    /** Finance reconciles billing against this one and asked to keep 10-digit numbers. */
    public String requestBillingReport(String reportId) {
        String xml = "<Instance>"
                + "<OutputFormat>csv</OutputFormat>"
                + "<NumberFormat>LEGACY</NumberFormat>"
                + "<Parameters><Parameter><Name>Account</Name><Value>" + settings.getAccountId() + "</Value></Parameter></Parameters>"
                + "</Instance>";
        return http.post(urls.account(DashboardPaths.REPORTS, reportId, "instances"), xml).createdId();
    }

    public String instanceStatus(String reportId, String instanceId) {
        DashboardResponse response = http.get(urls.account(DashboardPaths.REPORTS, reportId, "instances", instanceId));
        return XmlSupport.firstText(response.body(), "Status");
    }

    public String download(String reportId, String instanceId) {
        String url = String.format(FILE_URL, settings.getAccountId(), reportId, instanceId);
        DashboardResponse response = http.get(url);
        if (!response.isSuccess()) {
            throw new IllegalStateException("report file not ready: " + response.status());
        }
        return new String(response.body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private static void appendParameter(StringBuilder xml, String name, String value) {
        xml.append("<Parameter><Name>").append(name).append("</Name><Value>")
           .append(XmlSupport.escape(value)).append("</Value></Parameter>");
    }
}
