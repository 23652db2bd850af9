package net.harborlight.numops.callbacks;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.annotations.SerializedName;
import net.harborlight.numops.config.KafkaTopics;
import net.harborlight.numops.crm.CrmClient;
import net.harborlight.numops.dashboard.DashboardNotification;
import net.harborlight.numops.dashboard.NotificationParser;
import net.harborlight.numops.notify.OpsAlertNotifier;
import net.harborlight.numops.store.NumberAssignment;
import net.harborlight.numops.store.NumberAssignmentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Handles Dashboard order and disconnect notifications relayed by the edge gateway.
 */
@Component
public class OrderCallbackListener {

    /**
     * What the edge gateway puts on Kafka for every HTTP callback it terminates.
     */
    public record CallbackEnvelope(
            @SerializedName("gatewayId") String gatewayId,
            @SerializedName("path") String path,
            @SerializedName("contentType") String contentType,
            @SerializedName("headers") Map<String, String> headers,
            @SerializedName("body") String body,
            @SerializedName("receivedAtEpochMs") long receivedAtEpochMs) {

        public boolean isXml() {
            return contentType != null && contentType.contains("xml");
        }
    }

    private static final Logger log = LoggerFactory.getLogger(OrderCallbackListener.class);
    private static final Duration STALE = Duration.ofHours(6);

    private final Gson gson;
    private final NotificationParser parser;
    private final NumberAssignmentRepository assignments;
    private final CrmClient crm;
    private final OpsAlertNotifier alerts;

    public OrderCallbackListener(Gson gson, NotificationParser parser, NumberAssignmentRepository assignments,
                                 CrmClient crm, OpsAlertNotifier alerts) {
        this.gson = gson;
        this.parser = parser;
        this.assignments = assignments;
        this.crm = crm;
        this.alerts = alerts;
    }

    @KafkaListener(topics = KafkaTopics.ORDER_CALLBACKS, containerFactory = "callbackListenerFactory")
    public void onCallback(String message) {
        CallbackEnvelope envelope = gson.fromJson(message, CallbackEnvelope.class);
        if (!envelope.isXml()) {
            log.warn("Ignoring non-XML callback from gateway {} on {}", envelope.gatewayId(), envelope.path());
            return;
        }
        Instant received = Instant.ofEpochMilli(envelope.receivedAtEpochMs());
        if (received.isBefore(Instant.now().minus(STALE))) {
            log.warn("Callback received at {} is stale, processing anyway", received);
        }
        DashboardNotification notification = parser.parse(envelope.body());
        switch (String.valueOf(notification.orderType()).toLowerCase()) {
            case "orders" -> onOrder(notification);
            case "disconnects" -> onDisconnect(notification);
            default -> log.debug("Unhandled notification type {}", notification.orderType());
        }
    }

    void onOrder(DashboardNotification notification) {
        if (notification.isFailed()) {
            alerts.orderFailed(notification.orderId(), notification.message());
        }
        for (String tn : notification.completedTelephoneNumbers()) {
            if (tn.length() == 10) {
                assignments.findByTenDigitTn(tn)
                        .map(a -> a.withStatus(NumberAssignment.Status.ACTIVE).withOrder(notification.orderId()))
                        .ifPresentOrElse(assignments::save,
                                () -> log.warn("Order {} completed unknown number {}", notification.orderId(), tn));
            } else {
                log.error("Order {}: cannot handle number {}", notification.orderId(), tn);
            }
        }
    }

    void onDisconnect(DashboardNotification notification) {
        for (String tn : notification.completedTelephoneNumbers()) {
            assignments.findByTenDigitTn(tn).ifPresent(a -> {
                assignments.save(a.withStatus(NumberAssignment.Status.DISCONNECTED));
                crm.numberDisconnected(a.customerId(), tn);
            });
        }
    }
}
