package net.cobaltline.inventory.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import net.cobaltline.inventory.client.DashboardSubscriptionsClient;
import net.cobaltline.inventory.config.DashboardConfig;
import net.cobaltline.inventory.model.dashboard.CallbackSubscriptionPayload;
import net.cobaltline.inventory.model.dashboard.SubscriptionPayload;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Makes sure the Dashboard notifies us about our orders. Runs at start-up; subscriptions are
 * idempotent on the Dashboard side as long as URL and order type match.
 */
@ApplicationScoped
public class CallbackSubscriptionService {

    private static final Logger LOG = Logger.getLogger(CallbackSubscriptionService.class);

    /** Far-future expiry (2068-12-07T00:00:00Z, epoch seconds) recommended by Bandwidth support. */
    private static final long NEVER_EXPIRES = 3122064000L;

    private static final List<String> CALLBACK_ORDER_TYPES = List.of("orders", "portins", "importtnorders");

    @Inject
    @RestClient
    DashboardSubscriptionsClient subscriptions;

    @Inject
    DashboardConfig config;

    @ConfigProperty(name = "inventory.callbacks.username")
    String callbackUser;

    @ConfigProperty(name = "inventory.callbacks.password")
    String callbackPassword;

    @ConfigProperty(name = "inventory.noc-email", defaultValue = "noc@cobaltline.net")
    String nocEmail;

    @ConfigProperty(name = "inventory.callbacks.register-on-start", defaultValue = "false")
    boolean registerOnStart;

    void onStart(@Observes StartupEvent event) {
        if (registerOnStart && config.callbackUrl().isPresent()) {
            CALLBACK_ORDER_TYPES.forEach(type -> subscribe(type, config.callbackUrl().get() + "/" + type));
        }
    }

    // POST https://dashboard.bandwidth.com/api/accounts/{accountId}/subscriptions, one per order type
    public String subscribe(String orderType, String url) {
        SubscriptionPayload subscription = new SubscriptionPayload();
        subscription.setOrderType(orderType);
        CallbackSubscriptionPayload callback = new CallbackSubscriptionPayload(url, NEVER_EXPIRES);
        callback.setCredentials(new CallbackSubscriptionPayload.CallbackCredentials(callbackUser, callbackPassword));
        subscription.setCallbackSubscription(callback);
        Response response = subscriptions.create(config.accountId(), subscription);
        LOG.infof("Subscribed %s to %s callbacks: HTTP %d", url, orderType, response.getStatus());
        return response.getLocation() == null ? null : response.getLocation().getPath();
    }

    /** Daily e-mail digest of disconnects for the NOC mailbox. */
    public void subscribeNocDigest() {
        SubscriptionPayload subscription = new SubscriptionPayload();
        subscription.setOrderType("disconnects");
        subscription.setEmailSubscription(new SubscriptionPayload.EmailSubscription(nocEmail, "DAILY"));
        subscriptions.create(config.accountId(), subscription);
    }

    /**
     * Subscription for the new messaging-import flow; written for the v2 rollout, so it asks for
     * E.164 explicitly.
     */
    public String subscribeMessagingImports(String url) {
        SubscriptionPayload subscription = new SubscriptionPayload();
        subscription.setOrderType("importtnorders");
        CallbackSubscriptionPayload callback = new CallbackSubscriptionPayload(url, NEVER_EXPIRES);
        callback.setNumberFormat("E164");
        subscription.setCallbackSubscription(callback);
        Response response = subscriptions.create(config.accountId(), subscription);
        return response.getLocation() == null ? null : response.getLocation().getPath();
    }
}
