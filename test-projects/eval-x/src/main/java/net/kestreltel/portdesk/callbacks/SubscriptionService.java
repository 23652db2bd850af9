package net.kestreltel.portdesk.callbacks;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.Subscription;
import com.google.inject.Inject;
import com.google.inject.name.Named;
import net.kestreltel.portdesk.config.DashboardSettings;
import net.kestreltel.portdesk.dashboard.SubscriptionsApi;
import net.kestreltel.portdesk.dashboard.model.SubscriptionXml;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Keeps our Dashboard callback subscriptions in place (run at start-up and daily). */
public class SubscriptionService {

    static final List<String> ORDER_TYPES = List.of("portins", "orders", "importtnorders", "tnoptions");

    private final SubscriptionsApi api;
    private final IrisClient client;
    private final DashboardSettings settings;
    private final String callbackUrl;
    private final String callbackUser;
    private final String callbackPassword;

    @Inject
    public SubscriptionService(SubscriptionsApi api, IrisClient client, DashboardSettings settings,
                               @Named("callbacks.publicUrl") String callbackUrl,
                               @Named("callbacks.username") String callbackUser,
                               @Named("callbacks.password") String callbackPassword) {
        this.api = api;
        this.client = client;
        this.settings = settings;
        this.callbackUrl = callbackUrl;
        this.callbackUser = callbackUser;
        this.callbackPassword = callbackPassword;
    }

    public void ensureCallbacks() {
        long expiry = Instant.now().plus(Duration.ofDays(365)).getEpochSecond();
        for (String orderType : ORDER_TYPES) {
            SubscriptionXml subscription = new SubscriptionXml();
            subscription.orderType = orderType;
            SubscriptionXml.CallbackSubscription callback = new SubscriptionXml.CallbackSubscription();
            callback.url = callbackUrl;
            callback.expiry = expiry;
            SubscriptionXml.BasicAuthentication basic = new SubscriptionXml.BasicAuthentication();
            basic.username = callbackUser;
            basic.password = callbackPassword;
            callback.credentials = new SubscriptionXml.CallbackCredentials();
            callback.credentials.basicAuthentication = basic;
            subscription.callbackSubscription = callback;
            api.create(settings.accountId(), subscription);
        }
    }

    /** The porting team wants a daily digest by e-mail as well. */
    public void ensureEmailDigest(String mailbox) {
        SubscriptionXml subscription = new SubscriptionXml();
        subscription.orderType = "portins";
        subscription.emailSubscription = new SubscriptionXml.EmailSubscription();
        subscription.emailSubscription.email = mailbox;
        subscription.emailSubscription.digestRequested = "DAILY";
        api.create(settings.accountId(), subscription);
    }

    /** Order types handled by the e911 team's own tooling, which already expects ten digits. */
    public void ensureE911Callbacks(String e911CallbackUrl) {
        SubscriptionXml subscription = new SubscriptionXml();
        subscription.orderType = "e911s";
        subscription.callbackSubscription = new SubscriptionXml.CallbackSubscription();
        subscription.callbackSubscription.url = e911CallbackUrl;
        subscription.callbackSubscription.expiry = 3122064000L;
        subscription.callbackSubscription.numberFormat = "LEGACY";
        api.create(settings.accountId(), subscription);
    }

    /** Legacy path through the SDK, still used for the disconnect notifications. */
    public Subscription ensureDisconnectCallback() throws Exception {
        Subscription subscription = new Subscription();
        subscription.setOrderType("disconnects");
        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(callbackUrl);
        callback.setUser(callbackUser);
        callback.setExpiry("8760");
        subscription.setCallbackSubscription(callback);
        return Subscription.create(client, subscription);
    }

    /** Quick subscription for ad-hoc debugging sessions, through the template endpoint. */
    public void debugSubscribe(String url) {
        api.subscribe(settings.accountId(), "orders", url, 3600);
    }

    static String subscriptionXml(String orderType, String url) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Subscription>
                  <OrderType>%s</OrderType>
                  <CallbackSubscription>
                    <URL>%s</URL>
                    <Expiry>31536000</Expiry>
                  </CallbackSubscription>
                </Subscription>
                """.formatted(orderType, url);
    }
}
