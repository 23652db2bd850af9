package net.cobaltline.numbers.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import net.cobaltline.numbers.config.DashboardSettings;

/**
 * Callback subscriptions. One subscription per order type; the Dashboard POSTs a
 * {@code <Notification>} to our callback Lambda whenever an order of that type changes state.
 */
public class SubscriptionApi {

    /** Far-future expiry, as in the vendor's examples (2068). */
    static final long NEVER_EXPIRES = 3122064000L;

    private static final String ORDER_CALLBACK = """
            <Subscription>
              <OrderType>%s</OrderType>
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

    /** Port-ins were subscribed during the v2 trial and already ask for E.164 explicitly. */
    private static final String PORTIN_CALLBACK = """
            <Subscription>
              <OrderType>portins</OrderType>
              <CallbackSubscription>
                <URL>%s</URL>
                <Expiry>%d</Expiry>
                <NumberFormat>E164</NumberFormat>
              </CallbackSubscription>
            </Subscription>
            """;

    private final DashboardClient client;
    private final DashboardSettings settings;

    public SubscriptionApi(DashboardClient client, DashboardSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    @DashboardCall(method = "POST", path = "/api/accounts/{accountId}/subscriptions")
    public String subscribe(String orderType, String callbackUser, String callbackPassword) {
        String body = ORDER_CALLBACK.formatted(orderType, settings.callbackUrl(), NEVER_EXPIRES,
                callbackUser, callbackPassword);
        return client.post(client.accountUri(DashboardPaths.SUBSCRIPTIONS), body).requireSuccess().createdId();
    }

    public String subscribePortins() {
        String body = PORTIN_CALLBACK.formatted(settings.callbackUrl(), NEVER_EXPIRES);
        return client.post(client.accountUri(DashboardPaths.SUBSCRIPTIONS), body).requireSuccess().createdId();
    }

    /** Ops gets an e-mail for every failed import order. */
    public String subscribeEmail(String orderType, String address) {
        String body = template("/templates/email-subscription.xml")
                .replace("${orderType}", orderType)
                .replace("${email}", address);
        return client.post(client.accountUri(DashboardPaths.SUBSCRIPTIONS), body).requireSuccess().createdId();
    }

    public void delete(String subscriptionId) {
        client.delete(client.accountUri(DashboardPaths.SUBSCRIPTIONS + "/" + subscriptionId)).requireSuccess();
    }

    static String template(String resource) {
        try (InputStream in = SubscriptionApi.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
