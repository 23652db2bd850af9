package com.bluepinenet.cdrpipeline.kafka.listener;

import java.time.Instant;

import com.bluepinenet.cdrpipeline.kafka.model.DashboardNotification;
import com.bluepinenet.cdrpipeline.kafka.model.NumberLifecycleEvent;
import com.bluepinenet.cdrpipeline.kafka.store.NumberInventoryStore;
import com.bluepinenet.cdrpipeline.streams.RateCenterDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.stereotype.Component;

/** Port-in notifications (FOC dates and completions) forwarded by the webhook gateway. */
@Component
public class PortNotificationListener {

    private static final Logger log = LoggerFactory.getLogger(PortNotificationListener.class);

    private final NotificationParser parser;
    private final NumberInventoryStore store;
    private final RateCenterDirectory rateCenters;
    private final KafkaTemplate<String, NumberLifecycleEvent> events;
    private final String lifecycleTopic;

    public PortNotificationListener(NotificationParser parser, NumberInventoryStore store, RateCenterDirectory rateCenters,
                                    KafkaTemplate<String, NumberLifecycleEvent> events,
                                    @Value("${pipeline.topics.number-lifecycle}") String lifecycleTopic) {
        this.parser = parser;
        this.store = store;
        this.rateCenters = rateCenters;
        this.events = events;
        this.lifecycleTopic = lifecycleTopic;
    }

    @KafkaListener(topics = "${pipeline.topics.dashboard-ports}", groupId = "cdr-enrichment-ports")
    public void onPortNotification(@Payload String xml, @Header(KafkaHeaders.RECEIVED_KEY) String gatewayId) {
        DashboardNotification notification = parser.parse(xml);
        if (!notification.isComplete()) {
            log.info("Port {} is {} (FOC {}), gateway id {}", notification.orderId(), notification.status(),
                    notification.actualFocDate(), gatewayId);
            return;
        }
        for (String tn : notification.completedNumbers()) {
            if (!tn.matches("\\d{10}")) {
                log.warn("Unexpected number format {} in port {}", tn, notification.orderId());
                continue;
            }
            String e164 = "+1" + tn;
            String npa = tn.substring(0, 3);
            if (!rateCenters.isServedNpa(npa)) {
                log.warn("Ported {} into an NPA we do not serve", e164);
            }
            String account = store.find(tn).map(a -> a.customerAccount()).orElse("UNASSIGNED");
            events.send(lifecycleTopic, tn, new NumberLifecycleEvent(tn, NumberLifecycleEvent.Type.PORTED_IN,
                    notification.orderId(), account, Instant.now()));
        }
    }
}
