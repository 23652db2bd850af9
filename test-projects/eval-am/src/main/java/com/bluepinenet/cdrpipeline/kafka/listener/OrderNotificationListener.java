package com.bluepinenet.cdrpipeline.kafka.listener;

import java.time.Instant;
import java.util.List;

import com.bluepinenet.cdrpipeline.kafka.model.CompletedNumber;
import com.bluepinenet.cdrpipeline.kafka.model.DashboardNotification;
import com.bluepinenet.cdrpipeline.kafka.model.NumberLifecycleEvent;
import com.bluepinenet.cdrpipeline.kafka.store.NumberInventoryStore;
import com.bluepinenet.cdrpipeline.kafka.store.NumberInventoryStore.NumberAssignment;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Dashboard order notifications (new numbers, disconnects, hosted-messaging imports) forwarded
 * by the webhook gateway. Turns completed orders into lifecycle events for billing.
 */
@Component
public class OrderNotificationListener {

    private static final Logger log = LoggerFactory.getLogger(OrderNotificationListener.class);

    private final NotificationParser parser;
    private final NumberInventoryStore store;
    private final KafkaTemplate<String, NumberLifecycleEvent> events;
    private final KafkaTemplate<String, CompletedNumber> ledger;
    private final String lifecycleTopic;
    private final String ledgerTopic;

    public OrderNotificationListener(NotificationParser parser, NumberInventoryStore store,
                                     KafkaTemplate<String, NumberLifecycleEvent> events,
                                     KafkaTemplate<String, CompletedNumber> ledger,
                                     @Value("${pipeline.topics.number-lifecycle}") String lifecycleTopic,
                                     @Value("${pipeline.topics.activation-ledger}") String ledgerTopic) {
        this.parser = parser;
        this.store = store;
        this.events = events;
        this.ledger = ledger;
        this.lifecycleTopic = lifecycleTopic;
        this.ledgerTopic = ledgerTopic;
    }

    @KafkaListener(topics = "${pipeline.topics.dashboard-orders}", groupId = "cdr-enrichment-orders")
    public void onOrderNotification(ConsumerRecord<String, String> record) {
        DashboardNotification notification = parser.parse(record.value());
        if (!notification.isComplete()) {
            log.debug("Ignoring {} notification for order {} in status {}",
                    notification.orderType(), notification.orderId(), notification.status());
            return;
        }
        NumberLifecycleEvent.Type type = typeOf(notification.orderType());
        for (String tn : notification.completedNumbers()) {
            NumberAssignment assignment = store.get(tn);
            if (assignment == null) {
                log.warn("Order {} completed number {} that provisioning does not know", notification.orderId(), tn);
                continue;
            }
            events.send(lifecycleTopic, tn, new NumberLifecycleEvent(tn, type, notification.orderId(),
                    assignment.customerAccount(), Instant.now()));
        }
        List<CompletedNumber> entries = parser.ledgerEntries(notification);
        entries.forEach(entry -> ledger.send(ledgerTopic, String.valueOf(entry.tn()), entry));
    }

    @KafkaListener(topics = "${pipeline.topics.dashboard-imports}", groupId = "cdr-enrichment-imports")
    public void onImportNotification(String xml) {
        DashboardNotification notification = parser.parse(xml);
        if (!notification.isComplete()) {
            return;
        }
        for (String tn : notification.completedNumbers()) {
            if (!store.contains(tn)) {
                log.warn("Hosted messaging import {} completed unknown number {}", notification.orderId(), tn);
                continue;
            }
            // customer account is filled in by billing from the assignment table
            events.send(lifecycleTopic, tn, new NumberLifecycleEvent(tn, NumberLifecycleEvent.Type.MESSAGING_ENABLED,
                    notification.orderId(), null, Instant.now()));
        }
    }

    static NumberLifecycleEvent.Type typeOf(String orderType) {
        return switch (orderType.toLowerCase()) {
            case "disconnects", "disconnect" -> NumberLifecycleEvent.Type.DISCONNECTED;
            case "portouts" -> NumberLifecycleEvent.Type.PORTED_OUT;
            case "importtnorders" -> NumberLifecycleEvent.Type.MESSAGING_ENABLED;
            case "removeimportedtnorders" -> NumberLifecycleEvent.Type.MESSAGING_DISABLED;
            default -> NumberLifecycleEvent.Type.ACTIVATED;
        };
    }
}
