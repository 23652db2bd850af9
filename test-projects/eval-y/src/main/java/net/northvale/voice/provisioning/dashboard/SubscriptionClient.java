package net.northvale.voice.provisioning.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.northvale.voice.provisioning.config.DashboardEndpoints;
import net.northvale.voice.provisioning.dashboard.xml.SubscriptionXml;

import java.util.Map;

/**
 * Keeps our callback subscriptions in place. Run after each deployment from the admin console.
 */
@ApplicationScoped
public class SubscriptionClient {

    /** Callback subscriptions never expire in practice; this is 2068-12-07. */
    public static final long CALLBACK_EXPIRY_SECONDS = 3122064000L;

    private DashboardClient dashboard;

    protected SubscriptionClient() {
    }

    @Inject
    public SubscriptionClient(DashboardClient dashboard) {
        this.dashboard = dashboard;
    }

    /** Order status callbacks, delivered to {@code /api/callbacks/dashboard/orders}. */
    public String subscribeOrders(String callbackUrl, String callbackUser, String callbackPassword) {
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
                """.formatted(callbackUrl + "/orders", CALLBACK_EXPIRY_SECONDS, callbackUser, callbackPassword);
        return post(body);
    }

    /** Port-in callbacks; the template already pins the number format. */
    public String subscribePortIns(String callbackUrl) {
        String body = XmlTemplates.render("subscription-portins.xml", Map.of(
                "url", callbackUrl + "/portins",
                "expiry", Long.toString(CALLBACK_EXPIRY_SECONDS)));
        return post(body);
    }

    /** Hosted-messaging import callbacks plus a mail to the messaging team's list. */
    public String subscribeImports(String callbackUrl) {
        SubscriptionXml subscription = new SubscriptionXml();
        subscription.setOrderType("importtnorders");
        SubscriptionXml.CallbackSubscription callback = new SubscriptionXml.CallbackSubscription();
        callback.setUrl(callbackUrl + "/imports");
        callback.setExpiry(CALLBACK_EXPIRY_SECONDS);
        subscription.setCallbackSubscription(callback);
        subscription.setEmailSubscription(new SubscriptionXml.EmailSubscription("messaging-ops@northvale.net"));
        try (Response response = dashboard.postXml(dashboard.account().path("subscriptions"), subscription)) {
            return DashboardClient.idFromLocation(response);
        }
    }

    /** Disconnects: callback for the inventory plus the NOC's daily digest. */
    public String subscribeDisconnects(String callbackUrl) {
        String body = XmlTemplates.render("subscription-disconnects.xml", Map.of(
                "url", callbackUrl + "/disconnects",
                "expiry", Long.toString(CALLBACK_EXPIRY_SECONDS)));
        return post(body);
    }

    /** E911 order notifications only go to the NOC mailbox. */
    public String subscribeE911ByMail() {
        SubscriptionXml subscription = new SubscriptionXml();
        subscription.setOrderType("e911s");
        subscription.setEmailSubscription(new SubscriptionXml.EmailSubscription("noc@northvale.net"));
        try (Response response = dashboard.postXml(dashboard.account().path("subscriptions"), subscription)) {
            return DashboardClient.idFromLocation(response);
        }
    }

    public void delete(String subscriptionId) {
        String url = dashboard.accountUrl(DashboardEndpoints.SUBSCRIPTIONS + "/" + subscriptionId);
        try (Response response = dashboard.client().target(url).request().delete()) {
            dashboard.check(response);
        }
    }

    private String post(String body) {
        try (Response response = dashboard.account().path("subscriptions")
                .request(MediaType.APPLICATION_XML)
                .post(Entity.entity(body, MediaType.APPLICATION_XML_TYPE))) {
            dashboard.check(response);
            return DashboardClient.idFromLocation(response);
        }
    }
}
