package net.prairiewave.numbering.subscription;

import net.prairiewave.numbering.config.CallbackSettings;
import net.prairiewave.numbering.config.DashboardPaths;
import net.prairiewave.numbering.dashboard.DashboardHttp;
import net.prairiewave.numbering.util.Templates;
import net.prairiewave.numbering.xml.XmlSupport;

import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Makes sure the Dashboard has a callback subscription for every order type we react to.
 * Runs at start-up; existing subscriptions for our URL are left alone.
 */
public class SubscriptionRegistrar {

    private static final Logger LOG = Logger.getLogger(SubscriptionRegistrar.class.getName());
    static final List<String> ORDER_TYPES = List.of("orders", "portins", "disconnects", "importtnorders");

    private final DashboardHttp http;
    private final CallbackSettings callbacks;

    public SubscriptionRegistrar(DashboardHttp http, CallbackSettings callbacks) {
        this.http = http;
        this.callbacks = callbacks;
    }

    public void registerAll() {
        List<String> existing = XmlSupport.texts(
                XmlSupport.parse(http.get(DashboardPaths.ACCOUNTS + http.accountId() + DashboardPaths.SUBSCRIPTIONS)),
                "URL");
        for (String orderType : ORDER_TYPES) {
            String url = callbacks.publicUrl() + "/" + orderType;
            if (existing.contains(url)) {
                continue;
            }
            String body = orderType.equals("portins") ? portInSubscription(url) : callbackSubscription(orderType, url);
            http.postXml(DashboardPaths.ACCOUNTS + http.accountId() + DashboardPaths.SUBSCRIPTIONS, body);
            LOG.info(() -> "Subscribed " + url + " to " + orderType + " notifications");
        }
    }

    String callbackSubscription(String orderType, String url) {
        return """
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
                """.formatted(orderType, url, callbacks.expirySeconds(), callbacks.username(), callbacks.password());
    }

    /** Port-ins go to the porting team's tool, which was already rewritten for E.164 numbers. */
    String portInSubscription(String url) {
        return Templates.render("templates/subscription-portins.xml", Map.of(
                "url", url,
                "expiry", Long.toString(callbacks.expirySeconds()),
                "username", callbacks.username(),
                "password", callbacks.password()));
    }

    /** E-mail copy of disconnect notifications for the number-hygiene mailbox. */
    public void registerDisconnectEmail(String address) {
        String body = Templates.render("templates/subscription-email.xml", Map.of("email", address));
        http.postXml(DashboardPaths.ACCOUNTS + http.accountId() + DashboardPaths.SUBSCRIPTIONS, body);
    }
}
