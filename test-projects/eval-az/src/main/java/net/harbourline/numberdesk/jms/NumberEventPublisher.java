package net.harbourline.numberdesk.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MapMessage;
import jakarta.jms.Queue;

/** Publishes number lifecycle events for billing, CRM sync and the audit trail. */
@ApplicationScoped
public class NumberEventPublisher {

    public static final String TYPE_ORDERED = "ORDERED";
    public static final String TYPE_ACTIVATED = "ACTIVATED";
    public static final String TYPE_PORTED_IN = "PORTED_IN";

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/NumberEvents")
    Queue numberEvents;

    @Resource(lookup = "java:/jms/queue/DashboardNotifications")
    Queue dashboardNotifications;

    public void numberOrdered(String tn, String orderId) {
        send(TYPE_ORDERED, tn, orderId);
    }

    public void numberActivated(String tn, String orderId) {
        send(TYPE_ACTIVATED, tn, orderId);
    }

    public void portedIn(String tn, String orderId) {
        send(TYPE_PORTED_IN, tn, orderId);
    }

    /** Hands a raw Dashboard notification to the relay listener so the callback returns fast. */
    public void relay(String notificationXml) {
        jms.createProducer().send(dashboardNotifications, notificationXml);
    }

    private void send(String type, String tn, String orderId) {
        try {
            MapMessage message = jms.createMapMessage();
            message.setString("type", type);
            message.setString("tn", tn);
            message.setString("orderId", orderId);
            message.setLong("publishedAt", System.currentTimeMillis());
            jms.createProducer().send(numberEvents, message);
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    }
}
