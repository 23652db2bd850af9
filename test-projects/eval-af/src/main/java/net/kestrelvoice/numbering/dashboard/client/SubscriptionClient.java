package net.kestrelvoice.numbering.dashboard.client;

import java.time.Duration;
import java.time.Instant;

import javax.ws.rs.core.Response;

import net.kestrelvoice.numbering.config.DashboardProxyFactory;
import net.kestrelvoice.numbering.config.DashboardSettings;
import net.kestrelvoice.numbering.config.WebClientFactory;
import net.kestrelvoice.numbering.dashboard.api.SubscriptionsApi;
import net.kestrelvoice.numbering.dashboard.model.SubscriptionPayload;
import net.kestrelvoice.numbering.dashboard.model.SubscriptionPayload.CallbackSubscriptionPayload;

/** Registers our callback endpoint for order notifications. */
public class SubscriptionClient {

    /** Callbacks we subscribe to at startup. */
    static final String[] ORDER_TYPES = {"orders", "portins", "importtnorders", "disconnects"};

    private static final String PORTOUT_SUBSCRIPTION = """
            <Subscription>
              <OrderType>portouts</OrderType>
              <CallbackSubscription>
                <URL>%s</URL>
                <Expiry>%d</Expiry>
                <NumberFormat>LEGACY</NumberFormat>
              </CallbackSubscription>
            </Subscription>
            """;

    private static final String EMAIL_DIGEST_SUBSCRIPTION = """
            <Subscription>
              <OrderType>lnpOrderResponse</OrderType>
              <EmailSubscription>
                <Email>porting-desk@kestrelvoice.net</Email>
                <DigestRequested>DAILY</DigestRequested>
              </EmailSubscription>
            </Subscription>
            """;

    private static final String DISCONNECT_SUBSCRIPTION = """
            <Subscription>
              <OrderType>disconnects</OrderType>
              <EmailSubscription>
                <Email>noc@kestrelvoice.net</Email>
                <DigestRequested>NONE</DigestRequested>
              </EmailSubscription>
              <CallbackSubscription>
                <URL>%s</URL>
                <Expiry>3122064000</Expiry>
              </CallbackSubscription>
            </Subscription>
            """;

    private final SubscriptionsApi api;
    private final WebClientFactory clients;
    private final DashboardSettings settings;

    public SubscriptionClient(DashboardProxyFactory proxies, WebClientFactory clients) {
        this.api = proxies.create(SubscriptionsApi.class);
        this.clients = clients;
        this.settings = clients.settings();
    }

    public void subscribeAll(String callbackUser, String callbackPassword) {
        long expiry = Instant.now().plus(Duration.ofDays(365)).getEpochSecond();
        for (String type : ORDER_TYPES) {
            SubscriptionPayload subscription = new SubscriptionPayload(type);
            subscription.setCallbackSubscription(new CallbackSubscriptionPayload(settings.getCallbackUrl(), expiry)
                    .basicAuth(callbackUser, callbackPassword));
            Responses.ok("subscribe " + type, api.create(settings.getAccountId(), subscription));
        }
    }

    /** Port-out callbacks feed the churn report, which still expects 10-digit numbers. */
    public void subscribePortOuts() {
        long expiry = Instant.now().plus(Duration.ofDays(365)).getEpochSecond();
        String body = PORTOUT_SUBSCRIPTION.formatted(settings.getCallbackUrl(), expiry);
        Response response = clients.account().path("subscriptions").post(body);
        Responses.ok("subscribe portouts", response);
    }

    /** Disconnects go to the NOC mailbox as well as to the webhook. */
    public void subscribeDisconnects() {
        String body = DISCONNECT_SUBSCRIPTION.formatted(settings.getCallbackUrl() + "/disconnects");
        Responses.ok("subscribe disconnects", clients.account().path("subscriptions").post(body));
    }

    public void subscribePortingDigest() {
        Responses.ok("subscribe digest", clients.account().path("subscriptions").post(EMAIL_DIGEST_SUBSCRIPTION));
    }

    /** Fixed expiry used by the DR environment, which is rebuilt every year. */
    public void subscribeDisasterRecovery() {
        SubscriptionPayload subscription = new SubscriptionPayload("orders");
        CallbackSubscriptionPayload callback = new CallbackSubscriptionPayload(settings.getCallbackUrl(), 3122064000L);
        callback.setNumberFormat("E164");
        subscription.setCallbackSubscription(callback);
        Responses.ok("subscribe dr", api.create(settings.getAccountId(), subscription));
    }
}
