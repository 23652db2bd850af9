package net.northwind.porting.migrated;

import net.northwind.porting.http.DashboardHttp;
import net.northwind.porting.payload.DashboardResponses;
import net.northwind.porting.payload.Xml;

import java.io.IOException;
import java.util.List;

/**
 * Inventory calls already moved to the numbers API v2 (done in the Q2 pilot): E.164 everywhere,
 * country code on every area-code filter, hosted messaging on its own route.
 */
public class V2InventoryClient {

    public static final String V2_BASE = "https://dashboard.bandwidth.com/api/v2";

    private final DashboardHttp http;
    private final String accountId;

    public V2InventoryClient(DashboardHttp http, String accountId) {
        this.http = http;
        this.accountId = accountId;
    }

    public List<String> inservice(String areaCode) throws IOException {
        String body = http.get(V2_BASE + "/accounts/" + accountId
                + "/inserviceNumbers?countryCodeA3=USA&areaCode=" + areaCode);
        DashboardResponses.InserviceNumbersV2 parsed = Xml.read(body, DashboardResponses.InserviceNumbersV2.class);
        return parsed.telephoneNumbers.stream()
                .filter(tn -> tn.startsWith("+1") && tn.length() == 12)
                .toList();
    }

    /** v2 area codes are strings like "+1919". */
    public String areaCodeOf(String body) {
        return Xml.read(body, DashboardResponses.InserviceNumbersV2.class).areaCode;
    }

    public String e911Addresses() throws IOException {
        return http.get(V2_BASE + "/accounts/" + accountId + "/e911Addresses");
    }

    public String importForMessaging(String customerOrderId) throws IOException {
        String xml = """
                <ImportTnOrder>
                    <CustomerOrderId>%s</CustomerOrderId>
                    <SiteId>743</SiteId>
                    <SipPeerId>303716</SipPeerId>
                    <TelephoneNumbers>
                        <TelephoneNumber>+19194600001</TelephoneNumber>
                        <TelephoneNumber>+19194600002</TelephoneNumber>
                    </TelephoneNumbers>
                </ImportTnOrder>
                """.formatted(customerOrderId);
        return http.post(V2_BASE + "/accounts/" + accountId + "/importTnOrders/messaging", xml);
    }

    public String importForVoice(String xml) throws IOException {
        return http.post(V2_BASE + "/accounts/" + accountId + "/importTnOrders/voice", xml);
    }

    public String removeFromMessaging(String xml) throws IOException {
        return http.post(V2_BASE + "/accounts/" + accountId + "/removeImportedTnOrders/messaging", xml);
    }

    public String enableSms(String tnE164) throws IOException {
        String xml = """
                <TnOptionOrder>
                    <CustomerOrderId>SMS-ON</CustomerOrderId>
                    <TnOptionGroups>
                        <TnOptionGroup>
                            <Sms>on</Sms>
                            <TelephoneNumbers>
                                <TelephoneNumber>%s</TelephoneNumber>
                            </TelephoneNumbers>
                        </TnOptionGroup>
                    </TnOptionGroups>
                </TnOptionOrder>
                """.formatted(tnE164);
        return http.post(V2_BASE + "/accounts/" + accountId + "/tnoptions", xml);
    }

    public String subscribePortouts(String callbackUrl) throws IOException {
        String xml = """
                <Subscription>
                    <OrderType>portouts</OrderType>
                    <CallbackSubscription>
                        <URL>%s</URL>
                        <Expiry>3122064000</Expiry>
                        <NumberFormat>LEGACY</NumberFormat>
                    </CallbackSubscription>
                </Subscription>
                """.formatted(callbackUrl);
        return http.post(V2_BASE + "/accounts/" + accountId + "/subscriptions", xml);
    }

    public String requestInventoryReport(String expiresAt) throws IOException {
        String xml = """
                <Instance>
                    <OutputFormat>csv</OutputFormat>
                    <NumberFormat>E164</NumberFormat>
                    <Parameters>
                        <Parameter>
                            <Name>Account</Name>
                            <Value>%s</Value>
                        </Parameter>
                    </Parameters>
                    <ExpiresAt>%s</ExpiresAt>
                </Instance>
                """.formatted(accountId, expiresAt);
        return http.post(V2_BASE + "/accounts/" + accountId + "/reports/117/instances", xml);
    }

    public String tnDetails(String tnE164) throws IOException {
        return http.get(V2_BASE + "/tns/" + tnE164 + "/tndetails");
    }
}
