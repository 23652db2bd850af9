package net.prairiewave.numbering.messaging;

import net.prairiewave.numbering.config.DashboardPaths;
import net.prairiewave.numbering.dashboard.DashboardHttp;
import net.prairiewave.numbering.xml.ImportTnOrderWriter;
import net.prairiewave.numbering.xml.XmlSupport;

import java.text.MessageFormat;
import java.util.List;

/**
 * The older "external TNs" flow, still used by the wholesale team for partner numbers
 * (the partner keeps voice, we host SMS).
 */
public class ExternalTnsService {

    private final DashboardHttp http;
    private final String siteId;
    private final String sipPeerId;

    public ExternalTnsService(DashboardHttp http, String siteId, String sipPeerId) {
        this.http = http;
        this.siteId = siteId;
        this.sipPeerId = sipPeerId;
    }

    public String addExternal(String customerOrderId, List<String> tns) {
        String body = ImportTnOrderWriter.externalTnsOrder(customerOrderId, siteId, sipPeerId, "IMPORT", tns);
        return http.postXml(DashboardPaths.ACCOUNTS + http.accountId() + DashboardPaths.EXTERNAL_TNS, body);
    }

    public String removeExternal(String customerOrderId, List<String> tns) {
        String body = ImportTnOrderWriter.externalTnsOrder(customerOrderId, siteId, sipPeerId, "REMOVE", tns);
        String path = MessageFormat.format("/accounts/{0}/externalTns", http.accountId());
        return http.postXml(path, body);
    }

    public List<String> listExternal(int page) {
        String xml = http.get("/accounts/" + http.accountId() + "/externalTns?page=" + page + "&size=500");
        return XmlSupport.texts(XmlSupport.parse(xml), "TelephoneNumber");
    }

    public String orderStatus(String orderId) {
        String xml = http.get("/accounts/" + http.accountId() + "/externalTns/" + orderId);
        return XmlSupport.firstText(XmlSupport.parse(xml), "ProcessingStatus").orElse("UNKNOWN");
    }
}
