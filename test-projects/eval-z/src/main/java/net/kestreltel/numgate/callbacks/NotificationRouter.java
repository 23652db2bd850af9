package net.kestreltel.numgate.callbacks;

import java.time.Instant;
import java.util.List;
import net.kestreltel.numgate.dashboard.xml.Notification;
import net.kestreltel.numgate.inventory.PhoneNumberEntity;
import net.kestreltel.numgate.inventory.PhoneNumberRepository;
import net.kestreltel.numgate.products.MessagingApiClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Applies Dashboard order notifications to our inventory. */
@Service
public class NotificationRouter {

    private static final Logger log = LoggerFactory.getLogger(NotificationRouter.class);

    private final PhoneNumberRepository numbers;
    private final MessagingApiClient messaging;

    public NotificationRouter(PhoneNumberRepository numbers, MessagingApiClient messaging) {
        this.numbers = numbers;
        this.messaging = messaging;
    }

    public Mono<Void> route(Notification notification) {
        OrderEvent event = OrderEvent.from(notification);
        if (event instanceof OrderEvent.Completed completed) {
            return activate(completed.numbers(), completed.customerOrderId());
        }
        if (event instanceof OrderEvent.Partial partial) {
            log.warn("Order {} partially completed: {}", partial.orderId(), partial.message());
            return activate(partial.numbers(), partial.customerOrderId());
        }
        if (event instanceof OrderEvent.Failed failed) {
            log.error("Order {} ({}) failed: {}", failed.orderId(), failed.customerOrderId(), failed.message());
            return Mono.empty();
        }
        return Mono.empty();
    }

    /** Import-order callbacks only tell us the order is done; SMS was already configured. */
    public Mono<Void> routeImport(Notification notification) {
        return Flux.fromIterable(notification.completed())
                .flatMap(tn -> numbers.findByTn(tn)
                        .flatMap(entity -> numbers.save(entity.withSmsEnabled(true))))
                .then();
    }

    private Mono<Void> activate(List<String> completed, String customerOrderId) {
        return Flux.fromIterable(completed)
                .filter(tn -> {
                    if (tn.length() != 10) {
                        log.warn("Ignoring malformed number {} in order {}", tn, customerOrderId);
                        return false;
                    }
                    return true;
                })
                .flatMap(tn -> numbers.findByTn(tn)
                        .map(entity -> entity.withStatus("ACTIVE", Instant.now()))
                        .flatMap(numbers::save)
                        .switchIfEmpty(Mono.defer(() -> {
                            log.warn("Completed number {} of order {} is not in our inventory", tn, customerOrderId);
                            return Mono.<PhoneNumberEntity>empty();
                        })))
                .flatMap(entity -> messaging.sendText(entity.ownerMobile(), "+1" + entity.tn(),
                        "Your new Kestrel number is active."))
                .then();
    }
}
