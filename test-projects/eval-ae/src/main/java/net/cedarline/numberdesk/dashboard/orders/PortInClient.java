package net.cedarline.numberdesk.dashboard.orders;

import java.util.List;

import net.cedarline.numberdesk.config.LegacyDashboardProperties;
import net.cedarline.numberdesk.dashboard.DashboardPaths;
import net.cedarline.numberdesk.dashboard.DashboardResponse;
import net.cedarline.numberdesk.dashboard.DashboardTransport;
import net.cedarline.numberdesk.dashboard.SmokeNumbers;
import net.cedarline.numberdesk.util.XmlSupport;

/**
 * Port-in (LNP) orders. Still reads its base URL from dashboard.properties, like the
 * other porting code that predates application.yml.
 */
public class PortInClient {

    private static final String LNP_ORDER_XML = String.join("",
            "<LnpOrder>",
            "<CustomerOrderId>%s</CustomerOrderId>",
            "<SiteId>%s</SiteId>",
            "<PeerId>%s</PeerId>",
            "<BillingTelephoneNumber>%s</BillingTelephoneNumber>",
            "<Subscriber>",
            "<SubscriberType>BUSINESS</SubscriberType>",
            "<BusinessName>%s</BusinessName>",
            "</Subscriber>",
            "<LoaAuthorizingPerson>%s</LoaAuthorizingPerson>",
            "<ListOfPhoneNumbers>%s</ListOfPhoneNumbers>",
            "<PartialPort>false</PartialPort>",
            "</LnpOrder>");

    public record PortRequest(String customerOrderId, String billingTelephoneNumber, String businessName,
                              String loaAuthorizingPerson, List<String> numbers) {
    }

    private final DashboardTransport http;
    private final String accountId;
    private final String siteId;
    private final String peerId;

    public PortInClient(DashboardTransport http, String accountId, String siteId, String peerId) {
        this.http = http;
        this.accountId = accountId;
        this.siteId = siteId;
        this.peerId = peerId;
    }

    String portInsUrl() {
        return LegacyDashboardProperties.baseUrl() + DashboardPaths.ACCOUNTS + accountId + DashboardPaths.PORT_INS;
    }

    public String submit(PortRequest request) {
        StringBuilder numbers = new StringBuilder();
        for (String tn : request.numbers()) {
            numbers.append("<PhoneNumber>").append(tn).append("</PhoneNumber>");
        }
        String body = String.format(LNP_ORDER_XML,
                XmlSupport.escape(request.customerOrderId()), siteId, peerId,
                request.billingTelephoneNumber(),
                XmlSupport.escape(request.businessName()),
                XmlSupport.escape(request.loaAuthorizingPerson()),
                numbers);
        DashboardResponse response = http.post(portInsUrl(), body);
        return XmlSupport.firstText(response.body(), "OrderId");
    }

    public String smokePortIn() {
        return submit(new PortRequest("smoke-port", SmokeNumbers.PORT_IN_BTN, "Cedarline Lab Carrier", "Dana Whitfield",
                List.of(SmokeNumbers.PORT_IN_BTN, "9192384411")));
    }

    /** Release checklist: the lab carrier's spare number must stay portable. */
    public boolean smokePortabilityCheck() {
        String body = """
                <NumberPortabilityRequest>
                    <TnList>
                        <Tn>9192384412</Tn>
                    </TnList>
                </NumberPortabilityRequest>
                """;
        String url = LegacyDashboardProperties.baseUrl() + DashboardPaths.ACCOUNTS + accountId + DashboardPaths.LNP_CHECKER;
        return XmlSupport.texts(http.post(url, body).body(), "PortableNumbers").size() > 0;
    }

    public String status(String orderId) {
        return XmlSupport.firstText(http.get(portInsUrl() + "/" + orderId).body(), "ProcessingStatus");
    }

    public boolean isPortable(String telephoneNumber) {
        String body = "<NumberPortabilityRequest><TnList><Tn>" + telephoneNumber + "</Tn></TnList></NumberPortabilityRequest>";
        String url = LegacyDashboardProperties.baseUrl() + DashboardPaths.ACCOUNTS + accountId + DashboardPaths.LNP_CHECKER + "?fullCheck=true";
        DashboardResponse response = http.post(url, body);
        return XmlSupport.texts(response.body(), "PortableNumbers").size() > 0;
    }
}
