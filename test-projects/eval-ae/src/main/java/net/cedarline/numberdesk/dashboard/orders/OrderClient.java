package net.cedarline.numberdesk.dashboard.orders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.cedarline.numberdesk.config.DashboardSettings;
import net.cedarline.numberdesk.dashboard.DashboardPaths;
import net.cedarline.numberdesk.dashboard.DashboardResponse;
import net.cedarline.numberdesk.dashboard.DashboardTransport;
import net.cedarline.numberdesk.dashboard.DashboardUrls;
import net.cedarline.numberdesk.dashboard.SmokeNumbers;
import net.cedarline.numberdesk.templates.RequestTemplates;
import net.cedarline.numberdesk.templates.TemplateNames;
import net.cedarline.numberdesk.util.XmlSupport;

/** New-number orders and disconnects. */
public class OrderClient {

    private final DashboardTransport http;
    private final DashboardUrls urls;
    private final RequestTemplates templates;
    private final DashboardSettings settings;

    public OrderClient(DashboardTransport http, DashboardUrls urls, RequestTemplates templates, DashboardSettings settings) {
        this.http = http;
        this.urls = urls;
        this.templates = templates;
        this.settings = settings;
    }

    public String createOrder(String customerOrderId, List<String> telephoneNumbers) {
        Map<String, Object> values = new HashMap<>();
        values.put("customerOrderId", customerOrderId);
        values.put("siteId", settings.getSiteId());
        values.put("peerId", settings.getSipPeerId());
        values.put("telephoneNumbers", XmlSupport.tnElements(telephoneNumbers, 12));
        String body = templates.render(TemplateNames.ORDER_REQUEST, values);

        DashboardResponse response = http.post(urls.account(DashboardPaths.ORDERS), body);
        if (!response.isSuccess()) {
            throw new IllegalStateException("order " + customerOrderId + " rejected with " + response.status());
        }
        return XmlSupport.firstText(response.body(), "id");
    }

    /** Post-deploy smoke test: orders the pilot number back onto the account. */
    public String smokeOrder() {
        return createOrder("smoke-" + LocalDate.now(), List.of(SmokeNumbers.ORDER_PILOT));
    }

    public String orderStatus(String orderId) {
        return XmlSupport.firstText(http.get(urls.account(DashboardPaths.ORDERS, orderId)).body(), "OrderStatus");
    }

    /** Numbers of a completed order, in the form the number store keys on (e.g. 9195550142). */
    public List<String> completedNumbers(String orderId) {
        DashboardResponse response = http.get(urls.account(DashboardPaths.ORDERS, orderId));
        List<String> numbers = new ArrayList<>();
        for (String tn : XmlSupport.texts(response.body(), "TelephoneNumber")) {
            if (tn.length() == 10) {
                numbers.add(tn);
            }
        }
        return numbers;
    }

    public String disconnect(String customerOrderId, List<String> telephoneNumbers) {
        String body = "<DisconnectTelephoneNumberOrder>"
                + "<name>" + XmlSupport.escape(customerOrderId) + "</name>"
                + "<DisconnectTelephoneNumberOrderType>"
                + "<TelephoneNumberList>"
                + XmlSupport.tnElements(telephoneNumbers, 0)
                + "</TelephoneNumberList>"
                + "<DisconnectMode>normal</DisconnectMode>"
                + "</DisconnectTelephoneNumberOrderType>"
                + "</DisconnectTelephoneNumberOrder>";
        DashboardResponse response = http.post(urls.account(DashboardPaths.DISCONNECTS), body);
        return XmlSupport.firstText(response.body(), "OrderId");
    }

    public String disconnectSmokeNumber() {
        return disconnect("smoke-disconnect-" + LocalDate.now(), List.of(SmokeNumbers.ORDER_PILOT));
    }
}
