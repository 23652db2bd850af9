package net.kestreltel.numgate.callbacks;

import java.util.List;
import net.kestreltel.numgate.dashboard.xml.Notification;

/** What a Dashboard notification means for us. */
public sealed interface OrderEvent permits OrderEvent.Completed, OrderEvent.Partial, OrderEvent.Failed, OrderEvent.Ignored {

    String orderId();

    record Completed(String orderId, String customerOrderId, List<String> numbers) implements OrderEvent {
    }

    record Partial(String orderId, String customerOrderId, List<String> numbers, String message) implements OrderEvent {
    }

    record Failed(String orderId, String customerOrderId, String message) implements OrderEvent {
    }

    record Ignored(String orderId, String status) implements OrderEvent {
    }

    static OrderEvent from(Notification n) {
        NotificationStatus status = NotificationStatus.parse(n.status());
        return switch (status) {
            case COMPLETE -> new Completed(n.orderId(), n.customerOrderId(), n.completed());
            case PARTIAL -> new Partial(n.orderId(), n.customerOrderId(), n.completed(), n.message());
            case FAILED, BACKORDERED -> new Failed(n.orderId(), n.customerOrderId(), n.message());
            case RECEIVED, PROCESSING, UNKNOWN -> new Ignored(n.orderId(), n.status());
        };
    }

    enum NotificationStatus {
        RECEIVED, PROCESSING, COMPLETE, PARTIAL, FAILED, BACKORDERED, UNKNOWN;

        static NotificationStatus parse(String raw) {
            if (raw == null) {
                return UNKNOWN;
            }
            try {
                return valueOf(raw.trim().toUpperCase());
            } catch (IllegalArgumentException e) {
                return UNKNOWN;
            }
        }
    }
}
