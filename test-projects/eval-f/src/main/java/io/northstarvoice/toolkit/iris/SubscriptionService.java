package io.northstarvoice.toolkit.iris;

import io.northstarvoice.toolkit.config.ToolkitConfig;
import io.northstarvoice.toolkit.http.HttpTransport;

/** Registers our webhook for order notifications (orders, portins, importtnorders). */
public class SubscriptionService extends DashboardClient {

    private final String callbackUrl;

    public SubscriptionService(HttpTransport transport, ToolkitConfig config) {
        super(transport, config);
        this.callbackUrl = config.callbackUrl();
    }

    public String subscribeCallbacks(String orderType, String hookUser, String hookPassword) {
        String xml = """
                <Subscription>
                  <OrderType>%s</OrderType>
                  <CallbackSubscription>
                    <URL>%s</URL>
                    <Expiry>3122064000</Expiry>
                    <CallbackCredentials>
                      <BasicAuthentication>
                        <Username>%s</Username>
                        <Password>%s</Password>
                      </BasicAuthentication>
                    </CallbackCredentials>
                  </CallbackSubscription>
                </Subscription>
                """.formatted(orderType, callbackUrl, hookUser, hookPassword);
        return postXml(String.format(IrisEndpoints.SUBSCRIPTIONS, accountId), xml).locationId().orElseThrow();
    }

    /** Daily digest to the porting desk; the desk reads numbers in E.164 already. */
    public String subscribeEmailDigest(String orderType, String email) {
        String xml = "<Subscription>"
                + "<OrderType>" + orderType + "</OrderType>"
                + "<EmailSubscription><Email>" + email + "</Email><DigestRequested>DAILY</DigestRequested>"
                + "<NumberFormat>E164</NumberFormat></EmailSubscription>"
                + "</Subscription>";
        return postXml(String.format(IrisEndpoints.SUBSCRIPTIONS, accountId), xml).locationId().orElseThrow();
    }
}
