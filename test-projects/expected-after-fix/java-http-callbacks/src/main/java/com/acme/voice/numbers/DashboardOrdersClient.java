package com.acme.voice.numbers;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Orders numbers and configures them on the Bandwidth Dashboard with java.net.http. */
public class DashboardOrdersClient {
    static final String DASHBOARD = "https://dashboard.bandwidth.com/api/v2/accounts/";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String accountId;
    private final String authorization;

    public DashboardOrdersClient(String accountId, String user, String password) {
        this.accountId = accountId;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    String orderXml(String customerOrderId, String siteId) {
        return """
                <Order>
                  <CustomerOrderId>%s</CustomerOrderId>
                  <ExistingTelephoneNumberOrderType>
                    <TelephoneNumberList>
                      <TelephoneNumber>+19195551234</TelephoneNumber>
                      <TelephoneNumber>+19195551235</TelephoneNumber>
                    </TelephoneNumberList>
                  </ExistingTelephoneNumberOrderType>
                  <SiteId>%s</SiteId>
                </Order>
                """.formatted(customerOrderId, siteId);
    }

    public String orderNumbers(String customerOrderId, String siteId) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(DASHBOARD + accountId + "/orders"))
                .POST(HttpRequest.BodyPublishers.ofString(orderXml(customerOrderId, siteId))));
    }

    public String importForMessaging(String siteId, String sipPeerId) throws IOException, InterruptedException {
        String body = """
                <ImportTnOrder>
                  <CustomerOrderId>hosted-sms-2024</CustomerOrderId>
                  <SiteId>%s</SiteId>
                  <SipPeerId>%s</SipPeerId>
                  <Subscriber><Name>ACME Voice</Name></Subscriber>
                  <LoaAuthorizingPerson>Jane Doe</LoaAuthorizingPerson>
                  <TelephoneNumbers>
                    <TelephoneNumber>+19195550188</TelephoneNumber>
                  </TelephoneNumbers>
                </ImportTnOrder>
                """.formatted(siteId, sipPeerId);
        return send(HttpRequest.newBuilder(URI.create(DASHBOARD + accountId + "/importTnOrders/messaging"))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public String enableSms(String siteId, String sipPeerId, String tn) throws IOException, InterruptedException {
        String body = """
                <SipPeerTelephoneNumber>
                  <FullNumber>%s</FullNumber>
                  <MessagingSettings>
                    <SmsEnabled>true</SmsEnabled>
                  </MessagingSettings>
                </SipPeerTelephoneNumber>
                """.formatted(tn);
        String url = DASHBOARD + accountId + "/sites/" + siteId + "/sippeers/" + sipPeerId + "/tns/" + tn;
        return send(HttpRequest.newBuilder(URI.create(url)).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public String setCallForward(String siteId, String sipPeerId, String tn, String forwardTo)
            throws IOException, InterruptedException {
        String body = """
                <SipPeerTelephoneNumber>
                  <FullNumber>%s</FullNumber>
                  <CallForward>%s</CallForward>
                </SipPeerTelephoneNumber>
                """.formatted(tn, forwardTo);
        String url = DASHBOARD + accountId + "/sites/" + siteId + "/sippeers/" + sipPeerId + "/tns/" + tn;
        return send(HttpRequest.newBuilder(URI.create(url)).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public String subscribeToOrders(String callbackUrl) throws IOException, InterruptedException {
        String body = """
                <Subscription>
                  <OrderType>orders</OrderType>
                  <CallbackSubscription>
                    <URL>%s</URL>
                    <Expiry>3153600000</Expiry>
                  </CallbackSubscription>
                </Subscription>
                """.formatted(callbackUrl);
        return send(HttpRequest.newBuilder(URI.create(DASHBOARD + accountId + "/subscriptions"))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public String inService(String areaCode) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(DASHBOARD + accountId + "/inserviceNumbers?countryCodeA3=USA&areaCode=" + areaCode + "&size=500")).GET());
    }

    public String e911(String addressId) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(DASHBOARD + accountId + "/e911Addresses/" + addressId)).GET());
    }

    private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpRequest req = request.header("Authorization", authorization).header("Content-Type", "application/xml").build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
