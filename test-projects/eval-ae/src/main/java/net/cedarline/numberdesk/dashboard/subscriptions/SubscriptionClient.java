package net.cedarline.numberdesk.dashboard.subscriptions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.cedarline.numberdesk.config.DashboardSettings;
import net.cedarline.numberdesk.dashboard.DashboardPaths;
import net.cedarline.numberdesk.dashboard.DashboardResponse;
import net.cedarline.numberdesk.dashboard.DashboardTransport;
import net.cedarline.numberdesk.dashboard.DashboardUrls;
import net.cedarline.numberdesk.templates.RequestTemplates;
import net.cedarline.numberdesk.templates.TemplateNames;
import net.cedarline.numberdesk.util.XmlSupport;

/** Callback subscriptions: the Dashboard POSTs order/port-in notifications to /callbacks/*. */
public class SubscriptionClient {

    /** Subscriptions never expire on our side; the Dashboard wants an epoch anyway. */
    static final String FAR_FUTURE_EXPIRY = "3122064000";

    private final DashboardTransport http;
    private final DashboardUrls urls;
    private final DashboardSettings settings;
    private final RequestTemplates templates;

    public SubscriptionClient(DashboardTransport http, DashboardUrls urls, DashboardSettings settings, RequestTemplates templates) {
        this.http = http;
        this.urls = urls;
        this.settings = settings;
        this.templates = templates;
    }

    public String subscribe(String orderType, String callbackPath) {
        Map<String, Object> values = new HashMap<>();
        values.put("orderType", orderType);
        values.put("callbackUrl", settings.getCallbackUrl() + callbackPath);
        values.put("expiry", FAR_FUTURE_EXPIRY);
        values.put("callbackUser", settings.getCallbackUser());
        values.put("callbackPassword", XmlSupport.escape(settings.getCallbackPassword()));
        String body = templates.render(TemplateNames.SUBSCRIPTION, values);
        DashboardResponse response = http.post(urls.account(DashboardPaths.SUBSCRIPTIONS), body);
        return response.createdId();
    }

    public String subscribePortIns() {
        String body = """
                <Subscription>
                    <OrderType>portins</OrderType>
                    <CallbackSubscription>
                        <URL>%s/portins</URL>
                        <Expiry>%s</Expiry>
                        <CallbackCredentials>
                            <BasicAuthentication>
                                <Username>%s</Username>
                                <Password>%s</Password>
                            </BasicAuthentication>
                        </CallbackCredentials>
                    </CallbackSubscription>
                </Subscription>
                """.formatted(settings.getCallbackUrl(), FAR_FUTURE_EXPIRY, settings.getCallbackUser(),
                XmlSupport.escape(settings.getCallbackPassword()));
        return http.post(urls.account(DashboardPaths.SUBSCRIPTIONS), body).createdId();
    }

    /** Disconnect notifications go to the billing team's webhook, already in E.164. */
    public String subscribeDisconnects(String billingWebhook) {
        String body = "<Subscription>"
                + "<OrderType>disconnects</OrderType>"
                + "<CallbackSubscription>"
                + "<URL>" + XmlSupport.escape(billingWebhook) + "</URL>"
                + "<Expiry>" + FAR_FUTURE_EXPIRY + "</Expiry>"
                + "<NumberFormat>E164</NumberFormat>"
                + "</CallbackSubscription>"
                + "</Subscription>";
        return http.post(urls.account(DashboardPaths.SUBSCRIPTIONS), body).createdId();
    }

    /** Email digest for the porting desk. */
    public String subscribePortOutEmails(String email) {
        String body = "<Subscription><OrderType>portouts</OrderType>"
                + "<EmailSubscription><Email>" + XmlSupport.escape(email) + "</Email>"
                + "<DigestRequested>DAILY</DigestRequested></EmailSubscription></Subscription>";
        return http.post(urls.account(DashboardPaths.SUBSCRIPTIONS), body).createdId();
    }

    public List<String> subscriptionIds() {
        return XmlSupport.texts(http.get(urls.account(DashboardPaths.SUBSCRIPTIONS)).body(), "SubscriptionId");
    }

    public boolean delete(String subscriptionId) {
        return http.delete(urls.account(DashboardPaths.SUBSCRIPTIONS, subscriptionId)).isSuccess();
    }
}
