package net.tidewatertel.numbering.events;

import java.time.Instant;

/** Application events about the life cycle of a number. */
public final class NumberEvents {

    /** A number finished provisioning on the Dashboard and is usable by the customer. */
    public record Activated(String tn, String customerAccount, String orderId, Instant at) {
    }

    /** A number was disconnected or ported away. */
    public record Released(String tn, String reason, Instant at) {
    }

    private NumberEvents() {
    }
}
