package net.larkspurtel.provisioning.service;

import com.google.api.client.http.GenericUrl;
import java.io.IOException;
import java.util.Map;
import net.larkspurtel.provisioning.config.DashboardSettings;
import net.larkspurtel.provisioning.http.DashboardClient;
import net.larkspurtel.provisioning.http.DashboardPaths;
import net.larkspurtel.provisioning.http.XmlSupport;
import net.larkspurtel.provisioning.model.SubscriptionXml;

/** Registers our callback URL for order, port-in and hosted-messaging notifications. */
public class SubscriptionService {

    private final DashboardClient dashboard;
    private final DashboardSettings settings;
    private final PayloadTemplates templates;

    public SubscriptionService(DashboardClient dashboard, PayloadTemplates templates) {
        this.dashboard = dashboard;
        this.settings = dashboard.settings();
        this.templates = templates;
    }

    public String subscribeOrders() throws IOException {
        SubscriptionXml subscription = new SubscriptionXml();
        subscription.orderType = "orders";
        SubscriptionXml.CallbackSubscription callback = new SubscriptionXml.CallbackSubscription();
        callback.url = settings.callbackUrl();
        callback.expiry = settings.callbackExpiry();
        callback.credentials = credentials();
        subscription.callbackSubscription = callback;
        return post(XmlSupport.write(subscription));
    }

    public String subscribeImportTnOrders() throws IOException {
        String xml = """
                <Subscription>
                  <OrderType>importtnorders</OrderType>
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
                """.formatted(settings.callbackUrl(), settings.callbackUser(), settings.callbackPassword());
        return post(xml);
    }

    /** Port-ins go through the same template the ops team uses in the runbook. */
    public String subscribePortins() throws IOException {
        String xml = templates.render("subscription-orders.xml", Map.of(
                "orderType", "portins",
                "url", settings.callbackUrl(),
                "username", settings.callbackUser(),
                "password", settings.callbackPassword()));
        return post(xml);
    }

    /** TN option orders were added after the v2 guide came out; that handler already expects E.164. */
    public String subscribeTnOptions() throws IOException {
        SubscriptionXml subscription = new SubscriptionXml();
        subscription.orderType = "tnoptions";
        SubscriptionXml.CallbackSubscription callback = new SubscriptionXml.CallbackSubscription();
        callback.url = settings.callbackUrl();
        callback.expiry = settings.callbackExpiry();
        callback.numberFormat = "E164";
        callback.credentials = credentials();
        subscription.callbackSubscription = callback;
        return post(XmlSupport.write(subscription));
    }

    public String subscribeDisconnectEmails(String email) throws IOException {
        SubscriptionXml subscription = new SubscriptionXml();
        subscription.orderType = "disconnects";
        subscription.emailSubscription = new SubscriptionXml.EmailSubscription();
        subscription.emailSubscription.email = email;
        subscription.emailSubscription.digestRequested = "DAILY";
        return post(XmlSupport.write(subscription));
    }

    public void unsubscribe(String subscriptionId) throws IOException {
        dashboard.delete(dashboard.account().segments(DashboardPaths.SUBSCRIPTIONS, subscriptionId).build());
    }

    private SubscriptionXml.CallbackCredentials credentials() {
        SubscriptionXml.BasicAuthentication basic = new SubscriptionXml.BasicAuthentication();
        basic.username = settings.callbackUser();
        basic.password = settings.callbackPassword();
        SubscriptionXml.CallbackCredentials credentials = new SubscriptionXml.CallbackCredentials();
        credentials.basicAuthentication = basic;
        return credentials;
    }

    private String post(String xml) throws IOException {
        GenericUrl url = dashboard.account().segment(DashboardPaths.SUBSCRIPTIONS).build();
        return dashboard.postXml(url, xml);
    }
}
