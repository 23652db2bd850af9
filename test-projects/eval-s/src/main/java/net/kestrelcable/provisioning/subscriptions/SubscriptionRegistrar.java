package net.kestrelcable.provisioning.subscriptions;

import java.util.List;
import java.util.Map;

import net.kestrelcable.provisioning.config.CallbackProperties;
import net.kestrelcable.provisioning.config.DashboardProperties;
import net.kestrelcable.provisioning.util.XmlTemplates;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Makes sure the Dashboard has a subscription for every order type we handle callbacks for.
 */
@Component
public class SubscriptionRegistrar {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionRegistrar.class);

    private static final String SUBSCRIPTIONS = "/accounts/{accountId}/subscriptions";

    private final RestClient restClient;
    private final XmlTemplates templates;
    private final DashboardProperties dashboard;
    private final CallbackProperties callbacks;

    public SubscriptionRegistrar(@Qualifier("dashboardRestClient") RestClient restClient,
                                 XmlTemplates templates,
                                 DashboardProperties dashboard,
                                 CallbackProperties callbacks) {
        this.restClient = restClient;
        this.templates = templates;
        this.dashboard = dashboard;
        this.callbacks = callbacks;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void registerAll() {
        String existing = restClient.get()
                .uri(SUBSCRIPTIONS, dashboard.accountId())
                .retrieve()
                .body(String.class);
        String current = existing == null ? "" : existing;
        for (String orderType : List.of("orders", "importtnorders")) {
            if (!current.contains("<OrderType>" + orderType + "</OrderType>")) {
                create(templates.render("templates/order-subscription.xml", Map.of(
                        "orderType", orderType,
                        "url", callbacks.urlFor(orderType),
                        "expiry", callbacks.expiry(),
                        "user", callbacks.username(),
                        "password", callbacks.password())));
            }
        }
        if (!current.contains("<OrderType>portins</OrderType>")) {
            create(portInSubscription());
        }
        if (!current.contains("<OrderType>e911s</OrderType>")) {
            create(templates.render("templates/e911-subscription.xml", Map.of(
                    "url", callbacks.urlFor("e911s"),
                    "expiry", callbacks.expiry())));
        }
        if (!current.contains("<Email>" + callbacks.alertEmail() + "</Email>")) {
            create(disconnectEmailSubscription());
        }
    }

    String portInSubscription() {
        return """
                <Subscription>
                  <OrderType>portins</OrderType>
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
                """.formatted(callbacks.urlFor("portins"), callbacks.expiry(), callbacks.username(), callbacks.password());
    }

    String disconnectEmailSubscription() {
        return new StringBuilder()
                .append("<Subscription>")
                .append("<OrderType>disconnects</OrderType>")
                .append("<EmailSubscription>")
                .append("<Email>").append(callbacks.alertEmail()).append("</Email>")
                .append("<DigestRequested>DAILY</DigestRequested>")
                .append("</EmailSubscription>")
                .append("</Subscription>")
                .toString();
    }

    private void create(String xml) {
        restClient.post()
                .uri(SUBSCRIPTIONS, dashboard.accountId())
                .contentType(MediaType.APPLICATION_XML)
                .body(xml)
                .retrieve()
                .toBodilessEntity();
        log.info("Registered Dashboard subscription: {}", xml.replaceAll("<Password>.*?</Password>", "<Password>***</Password>"));
    }
}
