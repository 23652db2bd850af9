package net.prairiewave.numbering.reports;

import net.prairiewave.numbering.dashboard.DashboardHttp;
import net.prairiewave.numbering.xml.XmlSupport;

import java.time.LocalDate;

/**
 * Dashboard reports: we request an instance of the "TN inventory" report every night, poll until
 * it is ready and download the CSV.
 */
public class ReportClient {

    static final String REPORTS_ROOT = "https://dashboard.bandwidth.com/api/v1/accounts/%s/reports";
    static final String TN_INVENTORY_REPORT_ID = "220";

    private final DashboardHttp http;

    public ReportClient(DashboardHttp http) {
        this.http = http;
    }

    public String requestInventoryInstance(LocalDate expiresAt) {
        String body = """
                <Instance>
                  <OutputFormat>csv</OutputFormat>
                  <Parameters>
                    <Parameter>
                      <Name>Account</Name>
                      <Value>%s</Value>
                    </Parameter>
                    <Parameter>
                      <Name>Sub-account</Name>
                      <Value>ALL</Value>
                    </Parameter>
                  </Parameters>
                  <ExpiresAt>%s</ExpiresAt>
                </Instance>
                """.formatted(http.accountId(), expiresAt);
        String url = REPORTS_ROOT.formatted(http.accountId()) + "/" + TN_INVENTORY_REPORT_ID + "/instances";
        String response = http.webClient().post().uri(url)
                .contentType(io.helidon.common.http.MediaType.APPLICATION_XML)
                .submit(body, String.class)
                .await();
        return XmlSupport.firstText(XmlSupport.parse(response), "Id").orElseThrow();
    }

    public boolean ready(String instanceId) {
        String url = REPORTS_ROOT.formatted(http.accountId()) + "/" + TN_INVENTORY_REPORT_ID + "/instances/" + instanceId;
        return XmlSupport.firstText(XmlSupport.parse(http.getAbsolute(url)), "Status")
                .map("Ready"::equalsIgnoreCase)
                .orElse(false);
    }

    public String download(String instanceId) {
        return http.getAbsolute(REPORTS_ROOT.formatted(http.accountId())
                + "/" + TN_INVENTORY_REPORT_ID + "/instances/" + instanceId + "/file");
    }

    /** The E911 compliance report is PDF only and goes straight to the regulator mailbox. */
    public String requestE911ComplianceInstance(String month) {
        String body = "<Instance><OutputFormat>pdf</OutputFormat><NumberFormat>E164</NumberFormat>"
                + "<Parameters><Parameter><Name>Month</Name><Value>" + month + "</Value></Parameter></Parameters>"
                + "</Instance>";
        String url = REPORTS_ROOT.formatted(http.accountId()) + "/231/instances";
        String response = http.webClient().post().uri(url)
                .contentType(io.helidon.common.http.MediaType.APPLICATION_XML)
                .submit(body, String.class)
                .await();
        return XmlSupport.firstText(XmlSupport.parse(response), "Id").orElseThrow();
    }
}
