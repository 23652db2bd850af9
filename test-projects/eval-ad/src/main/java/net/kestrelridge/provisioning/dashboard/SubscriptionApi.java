package net.kestrelridge.provisioning.dashboard;

import java.util.Map;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.kestrelridge.provisioning.config.DashboardSettings;
import net.kestrelridge.provisioning.config.DashboardSettings.CallbackSettings;

/**
 * Registers the hooks gateway for order callbacks. Run once per environment by the ops CLI
 * ({@code krctl dashboard subscribe}); the ids end up in the runbook.
 */
@Singleton
public class SubscriptionApi {

    /** Far enough in the future that the subscription never lapses (2068-12-07). */
    static final long NEVER_EXPIRES = 3122064000L;

    private final DashboardHttpClient client;
    private final DashboardUris uris;
    private final DashboardSettings settings;
    private final TemplateRenderer templates;

    @Inject
    public SubscriptionApi(DashboardHttpClient client, DashboardUris uris, DashboardSettings settings,
                           TemplateRenderer templates) {
        this.client = client;
        this.uris = uris;
        this.settings = settings;
        this.templates = templates;
    }

    /** Callback subscription for one order type (orders, portins, importtnorders, ...). */
    public String subscribeCallbacks(String orderType) {
        CallbackSettings cb = settings.callbacks();
        String body = """
                <?xml version="1.0" encoding="UTF-8"?>
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
                """.formatted(orderType, cb.url(), cb.expiry() > 0 ? cb.expiry() : NEVER_EXPIRES,
                TemplateRenderer.escape(cb.username()), TemplateRenderer.escape(cb.password()));
        return client.post(uris.account("subscriptions"), body);
    }

    /** Same subscription built from templates/subscription-order-callback.xml (used for per-order hooks). */
    public String subscribeFromTemplate(String orderType) {
        CallbackSettings cb = settings.callbacks();
        String body = templates.render("subscription-order-callback.xml", Map.of(
                "orderType", orderType,
                "callbackUrl", cb.url(),
                "expiry", cb.expiry(),
                "username", cb.username(),
                "password", cb.password()));
        return client.post(uris.account("subscriptions"), body);
    }

    /** Daily digest e-mails for the NOC mailbox. */
    public String subscribeEmailDigest(String orderType, String mailbox) {
        StringBuilder xml = new StringBuilder();
        xml.append("<Subscription>");
        xml.append("<OrderType>").append(orderType).append("</OrderType>");
        xml.append("<EmailSubscription>");
        xml.append("<Email>").append(TemplateRenderer.escape(mailbox)).append("</Email>");
        xml.append("<DigestRequested>DAILY</DigestRequested>");
        xml.append("</EmailSubscription>");
        xml.append("</Subscription>");
        return client.post(uris.account("subscriptions"), xml.toString());
    }

    /** Subscription for the E911 team's own hook; they normalise numbers themselves. */
    public String subscribeE911Hook(String hookUrl) {
        String body = """
                <Subscription>
                    <OrderType>e911s</OrderType>
                    <CallbackSubscription>
                        <URL>%s</URL>
                        <Expiry>%d</Expiry>
                        <NumberFormat>E164</NumberFormat>
                    </CallbackSubscription>
                </Subscription>
                """.formatted(hookUrl, NEVER_EXPIRES);
        return client.post(uris.account("subscriptions"), body);
    }

    public void unsubscribe(String subscriptionId) {
        client.delete(uris.account("subscriptions", subscriptionId));
    }
}
