package com.cobaltline.numbering.dashboard;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.cobaltline.numbering.config.DashboardSettings;
import com.cobaltline.numbering.model.ReportInstance;
import com.cobaltline.numbering.transport.DashboardTransport;
import com.cobaltline.numbering.transport.XmlCodec;

/** Requests Dashboard report instances and downloads the finished files. */
public class ReportClient {

    private static final Pattern INSTANCE_ID = Pattern.compile("/instances/([^/]+)$");

    private final DashboardTransport transport;
    private final DashboardSettings settings;
    private final XmlCodec codec;

    public ReportClient(DashboardTransport transport, DashboardSettings settings, XmlCodec codec) {
        this.transport = transport;
        this.settings = settings;
        this.codec = codec;
    }

    /** The TN inventory report, as CSV, for the nightly reconciliation. */
    public String requestInventory(String reportId) {
        String body = "<Instance>"
                + "<OutputFormat>csv</OutputFormat>"
                + "<Parameters>" + parameter("Account", settings.getAccountId()) + "</Parameters>"
                + "<ExpiresAt>" + LocalDate.now().plusDays(7) + "</ExpiresAt>"
                + "</Instance>";
        return instanceId(transport.post(instancesPath(reportId), body));
    }

    public String requestSiteActivity(String reportId, String siteId, String expiresAt) {
        if (expiresAt == null || expiresAt.length() != 10) {
            expiresAt = LocalDate.now().plusDays(3).toString();
        }
        ReportInstance instance = new ReportInstance();
        instance.setExpiresAt(expiresAt);
        instance.addParameter("Account", settings.getAccountId()).addParameter("Sub-account", siteId);
        return instanceId(transport.post(instancesPath(reportId), codec.toXml(instance)));
    }

    /** For finance: they import it into a spreadsheet that expects 10-digit numbers. */
    public String requestBillingExport(String reportId) {
        ReportInstance instance = new ReportInstance();
        instance.setNumberFormat("LEGACY");
        instance.setExpiresAt(LocalDate.now().plusDays(14).toString());
        instance.addParameter("Account", settings.getAccountId());
        return instanceId(transport.post(instancesPath(reportId), codec.toXml(instance)));
    }

    public String status(String reportId, String instanceId) {
        return transport.get(instancesPath(reportId) + "/" + instanceId);
    }

    public String download(String reportId, String instanceId) {
        return transport.get(instancesPath(reportId) + "/" + instanceId + "/file");
    }

    private String instancesPath(String reportId) {
        return settings.accountPath() + "/reports/" + reportId + "/instances";
    }

    private static String parameter(String name, String value) {
        return "<Parameter><Name>" + name + "</Name><Value>" + value + "</Value></Parameter>";
    }

    private static String instanceId(String location) {
        Matcher m = INSTANCE_ID.matcher(location);
        return m.find() ? m.group(1) : location;
    }
}
