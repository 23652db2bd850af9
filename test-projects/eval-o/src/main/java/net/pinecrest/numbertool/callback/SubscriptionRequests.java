package net.pinecrest.numbertool.callback;

import net.pinecrest.numbertool.dashboard.DashboardHttpClient;
import net.pinecrest.numbertool.dashboard.xml.TemplateRenderer;

import java.io.IOException;
import java.util.Map;

/**
 * Raw subscription requests for the order types the SDK cannot subscribe to with credentials.
 */
public class SubscriptionRequests {

    /** Epoch seconds, year 2038: what the old daemon used for "no expiry". */
    static final long NO_EXPIRY = 2145916800L;

    static final String PORT_IN_CALLBACK = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Subscription>
              <OrderType>portins</OrderType>
              <CallbackSubscription>
                <URL>%s</URL>
                <Expiry>%d</Expiry>
                <CallbackCredentials>
                  <BasicAuthentication>
                    <Username>%s</Username>
                    <Password>%s</Password>
                  </BasicAuthentication>
                </CallbackCredentials>
              </CallbackSubscription>
            </Subscription>
            """;

    static final String DISCONNECT_CALLBACK = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Subscription>
              <OrderType>disconnects</OrderType>
              <CallbackSubscription>
                <URL>%s</URL>
                <Expiry>%d</Expiry>
                <NumberFormat>E164</NumberFormat>
              </CallbackSubscription>
            </Subscription>
            """;

    static final String DAILY_DIGEST = """
            <Subscription>
              <OrderType>orders</OrderType>
              <EmailSubscription>
                <Email>noc-orders@pinecrest.net</Email>
                <DigestRequested>DAILY</DigestRequested>
              </EmailSubscription>
            </Subscription>
            """;

    private final DashboardHttpClient http;

    public SubscriptionRequests(DashboardHttpClient http) {
        this.http = http;
    }

    public String portIns(String url, String user, String password) throws IOException {
        return http.postXml(http.paths().account("subscriptions"),
                PORT_IN_CALLBACK.formatted(url, NO_EXPIRY, user, password));
    }

    public String disconnects(String url) throws IOException {
        return http.postXml(http.paths().account("subscriptions"), DISCONNECT_CALLBACK.formatted(url, NO_EXPIRY));
    }

    public String dailyDigest() throws IOException {
        return http.postXml(http.paths().account("subscriptions"), DAILY_DIGEST);
    }

    /** Import orders notify through the template, which the ops team edits without a release. */
    public String importOrders(String url, String user, String password) throws IOException {
        String xml = TemplateRenderer.render("subscription.xml", Map.of(
                "orderType", "importtnorders",
                "url", url,
                "user", user,
                "password", password,
                "expiry", String.valueOf(NO_EXPIRY)), null);
        return http.postXml(http.paths().account("subscriptions"), xml);
    }
}
