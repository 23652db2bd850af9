package io.northstarvoice.toolkit.reports;

import io.northstarvoice.toolkit.config.ToolkitConfig;
import io.northstarvoice.toolkit.http.HttpTransport;
import io.northstarvoice.toolkit.iris.DashboardClient;
import io.northstarvoice.toolkit.iris.IrisEndpoints;

import java.time.LocalDate;

/** Requests the monthly TN inventory report that {@link InventoryReportParser} reads. */
public class ReportInstanceService extends DashboardClient {

    public ReportInstanceService(HttpTransport transport, ToolkitConfig config) {
        super(transport, config);
    }

    public String requestInventoryReport(String reportId, LocalDate expiresAt) {
        String xml = """
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
                """.formatted(accountId, expiresAt);
        return postXml(String.format(IrisEndpoints.REPORT_INSTANCES, accountId, reportId), xml)
                .locationId().orElseThrow();
    }

    public byte[] download(String reportId, String instanceId) {
        String path = String.format(IrisEndpoints.REPORT_INSTANCES, accountId, reportId) + "/" + instanceId + "/file";
        return get(path).body().getBytes();
    }
}
