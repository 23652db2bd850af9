package net.halyardcomm.backoffice.reports;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import net.halyardcomm.backoffice.http.DashboardHttp;
import net.halyardcomm.backoffice.http.HttpResult;
import net.halyardcomm.backoffice.templates.XmlTemplates;
import net.halyardcomm.backoffice.xml.JaxbCodec;
import net.halyardcomm.backoffice.xml.ReportInstanceXml;

/** Asks the Dashboard to run reports; the CSV is fetched later by {@link ReportDownloader}. */
public class ReportRequester {

    /** Report ids from the Dashboard's report catalogue (GET /accounts/{id}/reports). */
    public static final String TN_INVENTORY_REPORT = "24";
    public static final String PORT_IN_REPORT = "31";
    public static final String E911_REPORT = "45";

    /** Reports larger than this are split by site by the Dashboard. */
    public static final long MAX_REPORT_BYTES = 2684354560L;

    private final DashboardHttp http;
    private final JaxbCodec codec;
    private final XmlTemplates templates;
    private final String accountId;
    private final String siteId;

    public ReportRequester(DashboardHttp http, JaxbCodec codec, XmlTemplates templates, String accountId, String siteId) {
        this.http = http;
        this.codec = codec;
        this.templates = templates;
        this.accountId = accountId;
        this.siteId = siteId;
    }

    /** Nightly inventory CSV, parsed by InventoryReportParser. */
    public String requestInventoryReport() {
        ReportInstanceXml instance = new ReportInstanceXml()
                .outputFormat("csv")
                .parameter("Account", accountId)
                .parameter("Sub-account", siteId)
                .expiresAt(LocalDate.now().plusDays(7).toString());
        return post(TN_INVENTORY_REPORT, codec.marshal(instance));
    }

    /** Weekly port-in PDF for the porting desk; nobody parses it. */
    public String requestPortInReport() {
        Map<String, Object> model = new HashMap<String, Object>();
        model.put("outputFormat", "pdf");
        model.put("accountId", accountId);
        model.put("siteId", siteId);
        model.put("expiresAt", LocalDate.now().plusDays(30).toString());
        return post(PORT_IN_REPORT, templates.render(XmlTemplates.REPORT_INSTANCE, model));
    }

    /** Monthly disconnect activity CSV for finance. */
    public String requestDisconnectReport(String reportId, String month) {
        String xml = "<Instance>"
                + "<OutputFormat>csv</OutputFormat>"
                + "<Parameters>"
                + "<Parameter><Name>Account</Name><Value>" + accountId + "</Value></Parameter>"
                + "<Parameter><Name>Month</Name><Value>" + month + "</Value></Parameter>"
                + "</Parameters>"
                + "</Instance>";
        return post(reportId, xml);
    }

    /** E911 address report, already requested in E.164 for the PSAP audit tool. */
    public String requestE911Report() {
        ReportInstanceXml instance = new ReportInstanceXml()
                .outputFormat("csv")
                .numberFormat("E164")
                .parameter("Account", accountId);
        return post(E911_REPORT, codec.marshal(instance));
    }

    private String post(String reportId, String xml) {
        HttpResult result = http.post(String.format("/accounts/%s/reports/%s/instances", accountId, reportId), xml);
        return result.createdId();
    }
}
