package net.prairiewave.numbering.messaging;

import net.prairiewave.numbering.dashboard.DashboardHttp;
import net.prairiewave.numbering.xml.ImportTnOrderWriter;
import net.prairiewave.numbering.xml.XmlSupport;
import org.w3c.dom.Document;

import java.util.List;
import java.util.logging.Logger;

import static net.prairiewave.numbering.config.DashboardPaths.ACCOUNTS;
import static net.prairiewave.numbering.config.DashboardPaths.IMPORT_TN_CHECKER;
import static net.prairiewave.numbering.config.DashboardPaths.IMPORT_TN_ORDERS;
import static net.prairiewave.numbering.config.DashboardPaths.REMOVE_IMPORTED_TN_ORDERS;

/**
 * Hosted messaging for numbers whose voice service stays with another carrier (SMS-enabling a
 * customer's existing landline). Numbers are imported into our account for messaging only.
 */
public class HostedMessagingService {

    private static final Logger LOG = Logger.getLogger(HostedMessagingService.class.getName());

    private final DashboardHttp http;
    private final String siteId;
    private final String sipPeerId;

    public HostedMessagingService(DashboardHttp http, String siteId, String sipPeerId) {
        this.http = http;
        this.siteId = siteId;
        this.sipPeerId = sipPeerId;
    }

    public boolean portable(List<String> tns) {
        StringBuilder body = new StringBuilder("<ImportTnCheckerPayload><TelephoneNumbers>");
        tns.forEach(tn -> body.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>"));
        body.append("</TelephoneNumbers></ImportTnCheckerPayload>");
        String response = http.postXml(ACCOUNTS + http.accountId() + IMPORT_TN_CHECKER, body.toString());
        return XmlSupport.texts(XmlSupport.parse(response), "Code").isEmpty();
    }

    public String importForMessaging(String customerOrderId, String loaPerson, List<String> tns) {
        String body = ImportTnOrderWriter.importOrder(customerOrderId, siteId, sipPeerId, loaPerson, tns);
        String response = http.postXml(ACCOUNTS + http.accountId() + IMPORT_TN_ORDERS, body);
        String orderId = XmlSupport.firstText(XmlSupport.parse(response), "OrderId").orElseThrow();
        LOG.info(() -> "importTnOrders accepted order " + orderId + " for " + tns.size() + " numbers");
        return orderId;
    }

    public Document importStatus(String orderId) {
        return XmlSupport.parse(http.get("/accounts/" + http.accountId() + "/importTnOrders/" + orderId));
    }

    public Document importHistory(String orderId) {
        return XmlSupport.parse(http.get(
                String.join("/", "", "accounts", http.accountId(), "importTnOrders", orderId, "history")));
    }

    public String removeFromMessaging(String customerOrderId, List<String> tns) {
        String body = ImportTnOrderWriter.removeOrder(customerOrderId, tns);
        return http.postXml(ACCOUNTS + http.accountId() + REMOVE_IMPORTED_TN_ORDERS, body);
    }

    public List<String> openRemovals() {
        String xml = http.get(ACCOUNTS + http.accountId() + "/removeImportedTnOrders?status=PROCESSING");
        return XmlSupport.texts(XmlSupport.parse(xml), "OrderId");
    }
}
