package net.cobaltline.inventory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Publishes activation / release events for the billing system, which keys subscriber lines by
 * the numeric ten-digit number.
 */
@ApplicationScoped
public class BillingEvents {

    /** Billing account that absorbs numbers nobody is charged for (test lines, NOC). */
    public static final long HOUSE_ACCOUNT = 3104229981L;

    public record Activated(long tn, String customerId, String orderId) {
    }

    public record Released(long tn, String customerId) {
    }

    @Inject
    Event<Activated> activated;

    @Inject
    Event<Released> released;

    public void activated(long tn, String customerId, String orderId) {
        activated.fire(new Activated(tn, customerId, orderId));
    }

    public void released(long tn, String customerId) {
        released.fire(new Released(tn, customerId));
    }
}
