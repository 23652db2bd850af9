package net.cedarline.numberdesk.dashboard.hosted;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.cedarline.numberdesk.config.DashboardSettings;
import net.cedarline.numberdesk.dashboard.DashboardPaths;
import net.cedarline.numberdesk.dashboard.DashboardResponse;
import net.cedarline.numberdesk.dashboard.DashboardTransport;
import net.cedarline.numberdesk.dashboard.DashboardUrls;
import net.cedarline.numberdesk.dashboard.SmokeNumbers;
import net.cedarline.numberdesk.templates.RequestTemplates;
import net.cedarline.numberdesk.templates.TemplateNames;
import net.cedarline.numberdesk.util.XmlSupport;

/**
 * Hosted messaging: numbers whose voice stays with another carrier but whose SMS we take
 * over through import TN orders.
 */
public class HostedMessagingClient {

    public record Subscriber(String name, String houseNumber, String streetName, String city, String stateCode, String zip) {
    }

    private static final Logger log = LoggerFactory.getLogger(HostedMessagingClient.class);

    private final DashboardTransport http;
    private final DashboardUrls urls;
    private final DashboardSettings settings;
    private final RequestTemplates templates;

    public HostedMessagingClient(DashboardTransport http, DashboardUrls urls, DashboardSettings settings, RequestTemplates templates) {
        this.http = http;
        this.urls = urls;
        this.settings = settings;
        this.templates = templates;
    }

    public String importNumbers(String customerOrderId, Subscriber subscriber, String loaPerson, List<String> telephoneNumbers) {
        Map<String, Object> values = new HashMap<>();
        values.put("customerOrderId", customerOrderId);
        values.put("siteId", settings.getSiteId());
        values.put("sipPeerId", settings.getSipPeerId());
        values.put("subscriberName", XmlSupport.escape(subscriber.name()));
        values.put("houseNumber", subscriber.houseNumber());
        values.put("streetName", XmlSupport.escape(subscriber.streetName()));
        values.put("city", subscriber.city());
        values.put("stateCode", subscriber.stateCode());
        values.put("zip", subscriber.zip());
        values.put("loaAuthorizingPerson", XmlSupport.escape(loaPerson));
        values.put("telephoneNumbers", XmlSupport.tnElements(telephoneNumbers, 8));
        String body = templates.render(TemplateNames.IMPORT_TN_ORDER, values);

        log.info("sending import order {} to /importTnOrders ({} numbers)", customerOrderId, telephoneNumbers.size());
        DashboardResponse response = http.post(urls.account(DashboardPaths.IMPORT_TN_ORDERS), body);
        if (!response.isSuccess()) {
            throw new IllegalStateException("import order failed: " + response.body());
        }
        return XmlSupport.firstText(response.body(), "OrderId");
    }

    public String importPilots() {
        Subscriber lab = new Subscriber("Cedarline Lab", "410", "Glenwood Ave", "Raleigh", "NC", "27603");
        return importNumbers("pilot-import", lab, "Dana Whitfield", SmokeNumbers.HOSTED_PILOTS);
    }

    public String removeNumbers(String customerOrderId, List<String> telephoneNumbers) {
        String body = """
                <RemoveImportedTnOrder>
                    <CustomerOrderId>%s</CustomerOrderId>
                    <TelephoneNumbers>
                %s
                    </TelephoneNumbers>
                </RemoveImportedTnOrder>
                """.formatted(XmlSupport.escape(customerOrderId), XmlSupport.tnElements(telephoneNumbers, 8));
        String url = settings.getBaseUrl() + "/accounts/" + settings.getAccountId() + "/removeImportedTnOrders";
        return XmlSupport.firstText(http.post(url, body).body(), "OrderId");
    }

    public String removalStatus(String orderId) {
        return XmlSupport.firstText(http.get(urls.account(DashboardPaths.REMOVE_IMPORTED_TN_ORDERS, orderId)).body(), "ProcessingStatus");
    }

    public String history(String orderId) {
        String url = MessageFormat.format("{0}/accounts/{1}/importTnOrders/{2}/history",
                urls.base(), urls.accountId(), orderId);
        return http.get(url).body();
    }

    public List<String> openImportOrders(String createdSince) {
        StringBuilder url = new StringBuilder(urls.base())
                .append("/accounts/").append(urls.accountId())
                .append("/importTnOrders")
                .append("?processingStatus=PROCESSING")
                .append("&createdDateFrom=").append(createdSince);
        return XmlSupport.texts(http.get(url.toString()).body(), "OrderId");
    }

    /** Pre-flight check before an import; the checker endpoint is the same on every API version. */
    public List<String> notImportable(List<String> telephoneNumbers) {
        String body = "<ImportTnCheckerPayload><TelephoneNumbers>"
                + XmlSupport.tnElements(telephoneNumbers, 0)
                + "</TelephoneNumbers></ImportTnCheckerPayload>";
        DashboardResponse response = http.post(urls.account(DashboardPaths.IMPORT_TN_CHECKER), body);
        return XmlSupport.texts(response.body(), "TelephoneNumber");
    }
}
