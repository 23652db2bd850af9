package org.harborline.provisioning.reports;

import java.io.IOException;
import java.time.LocalDate;

import org.harborline.provisioning.http.AbstractIrisResource;
import org.harborline.provisioning.http.IrisHttpClient;

/**
 * Requests the monthly TN inventory report from the Dashboard.
 */
public class ReportInstanceRequester extends AbstractIrisResource {

    public ReportInstanceRequester(IrisHttpClient http, String accountId) {
        super(http, accountId);
    }

    @Override
    protected String resourcePath() {
        return "reports";
    }

    public String requestInventoryReport(String reportId, LocalDate expiresAt) throws IOException {
        String body = "<Instance>"
                + "<OutputFormat>csv</OutputFormat>"
                + "<Parameters><Parameter><Name>Account</Name><Value>" + accountId + "</Value></Parameter></Parameters>"
                + "<ExpiresAt>" + expiresAt + "</ExpiresAt>"
                + "</Instance>";
        return http.post(buildUrl(reportId, "instances"), body);
    }

    public String download(String reportId, String instanceId) throws IOException {
        return http.get(buildUrl(reportId, "instances", instanceId, "file"));
    }
}
