package net.harborlinecarrier.tnvault.dashboard;

import static net.harborlinecarrier.tnvault.dashboard.DashboardEndpoints.SUBSCRIPTIONS;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.harborlinecarrier.tnvault.config.CallbackConfiguration;
import net.harborlinecarrier.tnvault.dashboard.xml.SubscriptionXml;
import net.harborlinecarrier.tnvault.dashboard.xml.SubscriptionXml.CallbackCredentials;
import net.harborlinecarrier.tnvault.dashboard.xml.SubscriptionXml.CallbackSubscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Registers our callback receiver for order notifications. Runs once at startup. */
public class SubscriptionClient {

    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionClient.class);

    private static final String CALLBACK_SUBSCRIPTION = """
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

    private final WebTarget account;
    private final CallbackConfiguration callbacks;

    public SubscriptionClient(WebTarget account, CallbackConfiguration callbacks) {
        this.account = account;
        this.callbacks = callbacks;
    }

    public void subscribeAll() {
        for (String orderType : callbacks.getOrderTypes()) {
            String xml = CALLBACK_SUBSCRIPTION.formatted(orderType, callbacks.getPublicUrl(),
                    callbacks.getExpiryEpochSeconds(), callbacks.getUsername(), callbacks.getPassword());
            post(xml, orderType);
        }
    }

    /** Follows one specific order (used for large port-ins the NOC wants to watch). */
    public void subscribeToOrder(String orderType, String orderId) {
        SubscriptionXml subscription = new SubscriptionXml();
        subscription.orderType = orderType;
        subscription.orderId = orderId;
        subscription.callbackSubscription = new CallbackSubscription(callbacks.getPublicUrl(),
                callbacks.getExpiryEpochSeconds(),
                CallbackCredentials.basic(callbacks.getUsername(), callbacks.getPassword()));
        post(XmlCodec.write(subscription), orderType + "/" + orderId);
    }

    /** Mail digest for the porting desk; they paste numbers into the carrier portal, so keep them E.164. */
    public void subscribePortingDesk(String email) {
        SubscriptionXml subscription = new SubscriptionXml();
        subscription.orderType = "portins";
        subscription.emailSubscription = new SubscriptionXml.EmailSubscription();
        subscription.emailSubscription.email = email;
        subscription.emailSubscription.numberFormat = "E164";
        post(XmlCodec.write(subscription), "portins (email)");
    }

    private void post(String xml, String what) {
        try (Response response = account.path(SUBSCRIPTIONS)
                .request(MediaType.APPLICATION_XML)
                .post(Entity.entity(xml, MediaType.APPLICATION_XML))) {
            if (response.getStatus() >= 300) {
                throw new DashboardException("subscribe " + what, response.getStatus(), response.readEntity(String.class));
            }
            LOG.info("subscribed {} -> {}", what, response.getHeaderString("Location"));
        }
    }
}
