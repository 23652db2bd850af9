package net.tidewatertel.provisioning.hosted;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import net.tidewatertel.provisioning.http.DashboardHttpClient;
import net.tidewatertel.provisioning.http.DashboardPaths;
import net.tidewatertel.provisioning.http.HttpResult;
import net.tidewatertel.provisioning.http.XmlSupport;

/**
 * Hosted messaging: imports numbers whose voice stays with another carrier (our
 * wholesale customers) so Bandwidth can deliver their SMS to us.
 */
public class HostedMessagingImportService {

    private static final Logger LOG = LoggerFactory.getLogger(HostedMessagingImportService.class);

    private final DashboardHttpClient http;
    private final DashboardPaths paths;
    private final String accountId;

    public HostedMessagingImportService(DashboardHttpClient http, DashboardPaths paths, String accountId) {
        this.http = http;
        this.paths = paths;
        this.accountId = accountId;
    }

    public String submitImport(String siteId, String sipPeerId, String subscriberName, List<String> numbers)
            throws IOException {
        Document doc = XmlSupport.newDocument("ImportTnOrder");
        Element root = doc.getDocumentElement();
        XmlSupport.append(doc, root, "CustomerOrderId", "HM-" + UUID.randomUUID().toString().substring(0, 8));
        XmlSupport.append(doc, root, "SiteId", siteId);
        XmlSupport.append(doc, root, "SipPeerId", sipPeerId);
        XmlSupport.append(doc, root, "LoaAuthorizingPerson", subscriberName);
        XmlSupport.append(doc, root, "LoaType", "CARRIER");
        Element subscriber = XmlSupport.append(doc, root, "Subscriber", null);
        XmlSupport.append(doc, subscriber, "Name", subscriberName);
        Element tns = XmlSupport.append(doc, root, "TelephoneNumbers", null);
        for (String tn : numbers) {
            XmlSupport.append(doc, tns, "TelephoneNumber", tn);
        }
        HttpResult result = http.post(paths.importTnOrders(), XmlSupport.toString(doc));
        if (!result.isSuccess()) {
            throw new IOException("Import order rejected (" + result.getStatus() + "): " + result.getBody());
        }
        LOG.info("Hosted messaging import {} submitted for {} numbers", result.createdId(), numbers.size());
        return result.createdId();
    }

    public String orderStatus(String orderId) throws IOException {
        HttpResult result = http.get("/accounts/" + accountId + "/importTnOrders/" + orderId);
        List<String> status = XmlSupport.texts(result.getBody(), "ProcessingStatus");
        return status.isEmpty() ? "UNKNOWN" : status.get(0);
    }

    public HttpResult history(String orderId) throws IOException {
        return http.get(paths.importTnOrderHistory(orderId));
    }

    public HttpResult ordersSince(String isoDate) throws IOException {
        return http.get(String.format("/accounts/%s/importTnOrders?createdDateFrom=%s", accountId, isoDate));
    }

    /** Portability pre-check; the Dashboard tells us which numbers cannot be hosted. */
    public HttpResult checkImportable(List<String> numbers) throws IOException {
        StringBuilder body = new StringBuilder("<ImportTnCheckerPayload><TelephoneNumbers>");
        for (String tn : numbers) {
            body.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>");
        }
        body.append("</TelephoneNumbers></ImportTnCheckerPayload>");
        return http.post(paths.importTnChecker(), body.toString());
    }

    public String removeNumbers(String customerOrderId, List<String> numbers) throws IOException {
        StringBuilder tns = new StringBuilder();
        for (String tn : numbers) {
            tns.append("    <TelephoneNumber>").append(tn).append("</TelephoneNumber>\n");
        }
        String body = """
                <RemoveImportedTnOrder>
                  <CustomerOrderId>%s</CustomerOrderId>
                  <TelephoneNumbers>
                %s  </TelephoneNumbers>
                </RemoveImportedTnOrder>
                """.formatted(customerOrderId, tns);
        HttpResult result = http.post("/accounts/" + accountId + "/removeImportedTnOrders", body);
        return result.createdId();
    }

    public HttpResult removalStatus(String orderId) throws IOException {
        return http.get(paths.removeImportedTnOrders() + "/" + orderId);
    }
}
