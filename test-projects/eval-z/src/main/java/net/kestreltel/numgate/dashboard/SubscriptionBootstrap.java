package net.kestreltel.numgate.dashboard;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** Makes sure our Dashboard subscriptions exist once the application is up. */
@Component
@Profile("!test")
public class SubscriptionBootstrap {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionBootstrap.class);

    private final SubscriptionClient subscriptions;

    public SubscriptionBootstrap(SubscriptionClient subscriptions) {
        this.subscriptions = subscriptions;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void ensureSubscriptions() {
        Flux.concat(
                        subscriptions.subscribe("orders"),
                        subscriptions.subscribe("disconnects"),
                        subscriptions.subscribeImportOrders(),
                        subscriptions.subscribePortOuts())
                .onErrorContinue((e, o) -> log.info("Subscription not created (probably exists): {}", e.getMessage()))
                .subscribe();
    }
}
