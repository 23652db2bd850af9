package com.cascadia.numprov.iris.v2;

import com.cascadia.numprov.iris.IrisHttp;
import com.cascadia.numprov.iris.IrisUriBuilder;
import com.cascadia.numprov.iris.XmlSupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The v2 pilot (account 9900789): everything here already follows the API v2 migration guide.
 * Enabled per account with {@code iris.v2-pilot=true}.
 */
public class IrisV2Client {

    public static final String V2_BASE_URL = "https://dashboard.bandwidth.com/api/v2";
    private static final Pattern E164_US = Pattern.compile("^\\+1\\d{10}$");
    private static final String PILOT_TEST_TN = "+19195550142";

    private final IrisHttp http;

    public IrisV2Client(String accountId, String user, String password) {
        this.http = new IrisHttp(V2_BASE_URL, accountId, user, password, Duration.ofSeconds(30));
    }

    public String e911Addresses() {
        return http.get(V2_BASE_URL + "/accounts/" + http.accountId() + "/e911Addresses");
    }

    public String e911Address(String addressId) {
        return http.get(String.format("%s/accounts/%s/e911Addresses/%s", V2_BASE_URL, http.accountId(), addressId));
    }

    public String importForMessaging(String xml) {
        return http.post(V2_BASE_URL + "/accounts/" + http.accountId() + "/importTnOrders/messaging", xml);
    }

    public String importForVoice(String xml) {
        return http.post(V2_BASE_URL + "/accounts/" + http.accountId() + "/importTnOrders/voice", xml);
    }

    public String removeFromMessaging(String xml) {
        return http.post(V2_BASE_URL + "/accounts/" + http.accountId() + "/removeImportedTnOrders/messaging", xml);
    }

    public List<String> inService(String areaCode) {
        String url = V2_BASE_URL + "/accounts/" + http.accountId()
                + "/inserviceNumbers?countryCodeA3=USA&areaCode=" + areaCode;
        return e164Only(XmlSupport.texts(http.get(url), "TelephoneNumber"));
    }

    public List<String> available(String areaCode, int quantity) {
        String url = IrisUriBuilder.from(V2_BASE_URL)
                .account(http.accountId())
                .segment("availableNumbers")
                .queryParams(Map.of("countryCodeA3", "USA", "areaCode", areaCode, "quantity", quantity))
                .toString();
        return e164Only(XmlSupport.texts(http.get(url), "TelephoneNumber"));
    }

    /** v2 area codes carry the country: "+1919", "+27098". */
    public static String areaCodeOf(String countryAndAreaCode) {
        return countryAndAreaCode.startsWith("+1") ? countryAndAreaCode.substring(2) : countryAndAreaCode;
    }

    public String pilotTnDetails() {
        return http.get(V2_BASE_URL + "/tns/" + PILOT_TEST_TN.replace("+", "%2B") + "/tndetails");
    }

    public String enableSms(List<String> e164Numbers) {
        StringBuilder tns = new StringBuilder();
        for (String tn : e164Numbers) {
            tns.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>");
        }
        String xml = """
                <TnOptionOrder>
                    <CustomerOrderId>v2-pilot-sms</CustomerOrderId>
                    <TnOptionGroups>
                        <TnOptionGroup>
                            <Sms>on</Sms>
                            <TelephoneNumbers>%s</TelephoneNumbers>
                        </TnOptionGroup>
                    </TnOptionGroups>
                </TnOptionOrder>
                """.formatted(tns);
        return http.post(V2_BASE_URL + "/accounts/" + http.accountId() + "/tnoptions", xml);
    }

    public String subscribeOrders(String callbackUrl) {
        String xml = """
                <Subscription>
                    <OrderType>orders</OrderType>
                    <CallbackSubscription>
                        <URL>%s</URL>
                        <Expiry>3122064000</Expiry>
                        <NumberFormat>E164</NumberFormat>
                    </CallbackSubscription>
                </Subscription>
                """.formatted(callbackUrl);
        return http.post(V2_BASE_URL + "/accounts/" + http.accountId() + "/subscriptions", xml);
    }

    private static List<String> e164Only(List<String> tns) {
        List<String> out = new ArrayList<>();
        for (String tn : tns) {
            if (E164_US.matcher(tn).matches()) {
                out.add(tn);
            }
        }
        return out;
    }
}
