package net.tidewatertel.provisioning.reports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import net.tidewatertel.provisioning.http.DashboardHttpClient;
import net.tidewatertel.provisioning.http.DashboardPaths;
import net.tidewatertel.provisioning.http.HttpResult;
import net.tidewatertel.provisioning.http.XmlSupport;

/** Runs Dashboard reports and fetches their output. */
public class ReportInstanceService {

    private final DashboardHttpClient http;
    private final DashboardPaths paths;
    private final String accountId;

    public ReportInstanceService(DashboardHttpClient http, DashboardPaths paths, String accountId) {
        this.http = http;
        this.paths = paths;
        this.accountId = accountId;
    }

    /** Telephone number inventory report, CSV, all in-service numbers of the account. */
    public String requestInventoryReport(String reportId) throws IOException {
        Document doc = XmlSupport.newDocument("Instance");
        Element instance = doc.getDocumentElement();
        XmlSupport.append(doc, instance, "OutputFormat", "csv");
        Element parameters = XmlSupport.append(doc, instance, "Parameters", null);
        Element account = XmlSupport.append(doc, parameters, "Parameter", null);
        XmlSupport.append(doc, account, "Name", "Account");
        XmlSupport.append(doc, account, "Value", accountId);
        XmlSupport.append(doc, instance, "ExpiresAt", LocalDate.now().plusDays(7).toString());
        return submit(reportId, XmlSupport.toString(doc));
    }

    public String requestPortOutReport(String reportId, LocalDate from, LocalDate to) throws IOException {
        ReportInstanceRequest request = new ReportInstanceRequest()
                .parameter("Account", accountId)
                .parameter("Start Date", from.toString())
                .parameter("End Date", to.toString());
        request.setExpiresAt(to.plusDays(30).toString());
        return submit(reportId, XmlSupport.marshal(request));
    }

    public String requestUsageReport(String reportId, LocalDate month) throws IOException {
        ReportInstanceRequest request = new ReportInstanceRequest()
                .parameter("Account", accountId)
                .parameter("Month", month.toString().substring(0, 7));
        request.setNumberFormat("E164");
        return submit(reportId, XmlSupport.marshal(request));
    }

    /** Same body as the inventory report, from the template ops can edit without a release. */
    public String requestFromTemplate(String reportId) throws IOException {
        String template;
        try (InputStream in = getClass().getResourceAsStream("/templates/report-instance.xml")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String body = template.replace("${accountId}", accountId)
                .replace("${expiresAt}", LocalDate.now().plusDays(7).toString());
        return submit(reportId, body);
    }

    public String instanceStatus(String reportId, String instanceId) throws IOException {
        HttpResult result = http.get(paths.reportInstances(reportId) + "/" + instanceId);
        return XmlSupport.texts(result.getBody(), "Status").stream().findFirst().orElse("UNKNOWN");
    }

    public String download(String reportId, String instanceId) throws IOException {
        HttpResult result = http.get(paths.reportInstanceFile(reportId, instanceId));
        if (!result.isSuccess()) {
            throw new IOException("Report file not ready: " + result.getStatus());
        }
        return result.getBody();
    }

    private String submit(String reportId, String body) throws IOException {
        HttpResult result = http.post(paths.reportInstances(reportId), body);
        if (!result.isSuccess()) {
            throw new IOException("Report " + reportId + " rejected: " + result.getBody());
        }
        return result.createdId();
    }
}
