package io.kestrelvoice.numbering.callbacks.subscription;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.kestrelvoice.numbering.callbacks.config.CallbackProperties;
import io.kestrelvoice.numbering.dashboard.DashboardUrls;
import io.kestrelvoice.numbering.dashboard.api.SubscriptionClient;
import io.kestrelvoice.numbering.dashboard.xml.SubscriptionXml;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * On start-up, (re)creates the Dashboard subscriptions that point at this service.
 */
@Component
public class SubscriptionRegistrar {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionRegistrar.class);

    private final SubscriptionClient subscriptions;
    private final CallbackProperties properties;
    private final DashboardUrls urls;

    public SubscriptionRegistrar(SubscriptionClient subscriptions, CallbackProperties properties, DashboardUrls urls) {
        this.subscriptions = subscriptions;
        this.properties = properties;
        this.urls = urls;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void register() {
        for (String orderType : properties.orderTypes()) {
            List<String> existing = subscriptions.listIds(orderType);
            if (!existing.isEmpty()) {
                log.info("{} subscription(s) for {} already registered at {}", existing.size(), orderType, urls.subscriptions());
                continue;
            }
            String xml = SubscriptionXml.callback(orderType,
                    properties.publicUrl() + "/webhooks/dashboard/" + orderType,
                    properties.username(), properties.password(), properties.expiry());
            log.info("registered {} subscription {}", orderType, subscriptions.create(xml));
        }
        subscriptions.create(SubscriptionXml.email("portins", properties.nocMailbox()));
        subscriptions.create(template("subscriptions/disconnects-subscription.xml"));
        subscriptions.create(template("subscriptions/e911-subscription.xml"));
    }

    /** Kept for the dry-run endpoint. */
    public String describeDisconnects() {
        return """
                <Subscription>
                    <OrderType>disconnects</OrderType>
                    <CallbackSubscription>
                        <URL>%s/webhooks/dashboard/disconnects</URL>
                        <Expiry>%d</Expiry>
                        <NumberFormat>E164</NumberFormat>
                    </CallbackSubscription>
                </Subscription>
                """.formatted(properties.publicUrl(), properties.expiry());
    }

    private String template(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("${publicUrl}", properties.publicUrl())
                    .replace("${username}", properties.username())
                    .replace("${password}", properties.password());
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
    }
}
