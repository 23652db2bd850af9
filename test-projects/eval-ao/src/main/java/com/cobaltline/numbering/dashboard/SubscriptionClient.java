package com.cobaltline.numbering.dashboard;

import com.cobaltline.numbering.config.DashboardSettings;
import com.cobaltline.numbering.model.SubscriptionPayload;
import com.cobaltline.numbering.transport.DashboardTransport;
import com.cobaltline.numbering.transport.XmlCodec;

/**
 * Registers our callback endpoint (DashboardCallbackResource) for order status notifications.
 * Run once per environment from the Karaf shell: {@code numbering:subscribe orders}.
 */
public class SubscriptionClient {

    /** Dashboard wants an absolute expiry; this is what their docs use (2068). */
    static final long EXPIRY = 3122064000L;

    private final DashboardTransport transport;
    private final DashboardSettings settings;
    private final XmlCodec codec;

    public SubscriptionClient(DashboardTransport transport, DashboardSettings settings, XmlCodec codec) {
        this.transport = transport;
        this.settings = settings;
        this.codec = codec;
    }

    public String subscribeOrders(String callbackUrl, String user, String password) {
        String body = """
                <Subscription>
                    <OrderType>orders</OrderType>
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
                """.formatted(callbackUrl, EXPIRY, user, password);
        return transport.post(settings.accountPath() + "/subscriptions", body);
    }

    public String subscribePortins(String callbackUrl, String user, String password) {
        SubscriptionPayload payload = new SubscriptionPayload();
        payload.setOrderType("portins");
        SubscriptionPayload.CallbackSubscription callback = new SubscriptionPayload.CallbackSubscription();
        callback.setUrl(callbackUrl);
        callback.setExpiry(EXPIRY);
        callback.setCallbackCredentials(new SubscriptionPayload.CallbackCredentials(user, password));
        payload.setCallbackSubscription(callback);
        return transport.post(settings.accountPath() + "/subscriptions", codec.toXml(payload));
    }

    public String subscribeDisconnects(String callbackUrl) {
        String body = """
                <Subscription>
                    <OrderType>disconnects</OrderType>
                    <CallbackSubscription>
                        <URL>%s</URL>
                        <Expiry>%d</Expiry>
                        <NumberFormat>LEGACY</NumberFormat>
                    </CallbackSubscription>
                </Subscription>
                """.formatted(callbackUrl, EXPIRY);
        return transport.post(settings.accountPath() + "/subscriptions", body);
    }

    public String emailDigest(String orderType, String email) {
        SubscriptionPayload payload = new SubscriptionPayload();
        payload.setOrderType(orderType);
        payload.setEmailSubscription(new SubscriptionPayload.EmailSubscription(email));
        return transport.post(settings.accountPath() + "/subscriptions", codec.toXml(payload));
    }

    public void unsubscribe(String subscriptionId) {
        transport.delete(settings.accountPath() + "/subscriptions/" + subscriptionId);
    }
}
