package net.tidewatertel.numbering.dashboard;

import java.util.List;

import net.tidewatertel.numbering.config.CallbackProperties;
import net.tidewatertel.numbering.config.DashboardProperties;
import net.tidewatertel.numbering.support.XmlTemplates;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Makes sure the Dashboard posts order notifications to us. Runs at start-up; the Dashboard
 * de-duplicates subscriptions per order type, so re-registering is harmless.
 */
@Component
public class SubscriptionRegistrar {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionRegistrar.class);

    static final List<String> CALLBACK_ORDER_TYPES = List.of("orders", "portins");

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

    private final RestClient restClient;
    private final DashboardProperties dashboard;
    private final CallbackProperties callbacks;
    private final XmlTemplates templates;

    public SubscriptionRegistrar(RestClient.Builder builder, DashboardProperties dashboard,
                                 CallbackProperties callbacks, XmlTemplates templates) {
        this.dashboard = dashboard;
        this.callbacks = callbacks;
        this.templates = templates;
        this.restClient = builder
                .baseUrl(dashboard.getBaseUrl())
                .defaultHeaders(h -> h.setBasicAuth(dashboard.getUsername(), dashboard.getPassword()))
                .build();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void registerAll() {
        if (!callbacks.isRegisterOnStartup()) {
            return;
        }
        for (String orderType : CALLBACK_ORDER_TYPES) {
            try {
                registerCallback(orderType);
            } catch (RuntimeException e) {
                log.error("Could not register {} callback subscription", orderType, e);
            }
        }
        registerDisconnects();
        registerPortInDigest();
    }

    void registerCallback(String orderType) {
        String url = callbacks.getPublicBaseUrl() + "/callbacks/dashboard/" + orderType;
        String body = CALLBACK_SUBSCRIPTION.formatted(orderType, url, callbacks.getExpiry(),
                callbacks.getUsername(), callbacks.getPassword());
        post(body);
    }

    /** Disconnects go to the callback and, for the NOC, to a mailbox. */
    void registerDisconnects() {
        post(templates.render("subscription-disconnects.xml",
                "url", callbacks.getPublicBaseUrl() + "/callbacks/dashboard/disconnects",
                "expiry", String.valueOf(callbacks.getExpiry()),
                "email", "noc@tidewatertel.net"));
    }

    /** Daily e-mail digest of port-in activity for the porting desk. */
    void registerPortInDigest() {
        String body = "<Subscription><OrderType>portins</OrderType>"
                + "<EmailSubscription><Email>" + callbacks.getDigestEmail() + "</Email>"
                + "<DigestRequested>DAILY</DigestRequested></EmailSubscription>"
                + "</Subscription>";
        post(body);
    }

    /** Import orders were set up after the E.164 announcement and already ask for E.164. */
    void registerImportCallback() {
        String body = """
                <Subscription>
                    <OrderType>importtnorders</OrderType>
                    <CallbackSubscription>
                        <URL>%s/callbacks/dashboard/importtnorders</URL>
                        <Expiry>%d</Expiry>
                        <NumberFormat>E164</NumberFormat>
                    </CallbackSubscription>
                </Subscription>
                """.formatted(callbacks.getPublicBaseUrl(), callbacks.getExpiry());
        post(body);
    }

    private void post(String body) {
        restClient.post()
                .uri(DashboardPaths.SUBSCRIPTIONS, dashboard.getAccountId())
                .contentType(MediaType.APPLICATION_XML)
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }
}
