package net.cedarline.numberdesk.dashboard.hosted;

import java.util.List;

import net.cedarline.numberdesk.dashboard.DashboardResponse;
import net.cedarline.numberdesk.dashboard.DashboardTransport;
import net.cedarline.numberdesk.util.XmlSupport;

/**
 * Written for the 2024 v2 pilot (voice imports for the Durham PBX customers). Talks to
 * API v2 directly and expects E.164 numbers in and out.
 */
public class VoiceImportClient {

    private static final String V2_BASE = "https://dashboard.bandwidth.com/api/v2";

    /** Durham PBX pilot trunk, used by the release checklist. */
    public static final String PILOT_TRUNK_NUMBER = "+19195550177";

    private final DashboardTransport http;
    private final String accountId;

    public VoiceImportClient(DashboardTransport http, String accountId) {
        this.http = http;
        this.accountId = accountId;
    }

    public String importVoice(String customerOrderId, String siteId, String sipPeerId, List<String> e164Numbers) {
        String body = "<ImportTnOrder>"
                + "<CustomerOrderId>" + XmlSupport.escape(customerOrderId) + "</CustomerOrderId>"
                + "<SiteId>" + siteId + "</SiteId>"
                + "<SipPeerId>" + sipPeerId + "</SipPeerId>"
                + "<TelephoneNumbers>" + XmlSupport.tnElements(e164Numbers, 0) + "</TelephoneNumbers>"
                + "</ImportTnOrder>";
        DashboardResponse response = http.post(V2_BASE + "/accounts/" + accountId + "/importTnOrders/voice", body);
        return XmlSupport.firstText(response.body(), "OrderId");
    }

    public String removeVoice(String customerOrderId, List<String> e164Numbers) {
        String body = "<RemoveImportedTnOrder><CustomerOrderId>" + XmlSupport.escape(customerOrderId) + "</CustomerOrderId>"
                + "<TelephoneNumbers>" + XmlSupport.tnElements(e164Numbers, 0) + "</TelephoneNumbers></RemoveImportedTnOrder>";
        return XmlSupport.firstText(http.post(V2_BASE + "/accounts/" + accountId + "/removeImportedTnOrders/voice", body).body(), "OrderId");
    }

    public String messagingImportStatus(String orderId) {
        String url = String.format("%s/accounts/%s/importTnOrders/messaging/%s", V2_BASE, accountId, orderId);
        return XmlSupport.firstText(http.get(url).body(), "ProcessingStatus");
    }

    public String pilotStatus() {
        return XmlSupport.firstText(http.get(V2_BASE + "/accounts/" + accountId + "/tns/" + PILOT_TRUNK_NUMBER.replace("+", "%2B")).body(), "Status");
    }

    public List<String> e911AddressIds() {
        return XmlSupport.texts(http.get(V2_BASE + "/accounts/" + accountId + "/e911Addresses").body(), "Id");
    }
}
