package net.lakeshoretel.numbering.callback;

import net.lakeshoretel.numbering.dashboard.model.Notification;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Serializable;
import java.util.Optional;

/**
 * Matches the numbers of a completed Dashboard order to the activations our OSS is waiting for,
 * and confirms them so billing can start.
 */
public class CompletedNumbersFunction extends RichFlatMapFunction<Notification, CompletedNumbersFunction.Confirmation> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(CompletedNumbersFunction.class);

    private final PendingActivationStore.Factory storeFactory;
    private transient PendingActivationStore store;

    public CompletedNumbersFunction(PendingActivationStore.Factory storeFactory) {
        this.storeFactory = storeFactory;
    }

    @Override
    public void open(Configuration parameters) {
        store = storeFactory.create();
    }

    @Override
    public void flatMap(Notification notification, Collector<Confirmation> out) {
        if (!notification.isComplete()) {
            LOG.info("Order {} is {}: {}", notification.getOrderId(), notification.getStatus(), notification.getMessage());
            return;
        }
        // completed numbers arrive as <TelephoneNumber>6165550142</TelephoneNumber>
        for (String tn : notification.getCompletedTelephoneNumbers()) {
            if (tn.length() != 10) {
                LOG.warn("Ignoring completed number {} of order {}", tn, notification.getOrderId());
                continue;
            }
            Optional<PendingActivation> pending = store.findByTenDigitTn(tn);
            if (pending.isEmpty()) {
                LOG.info("No pending activation for {} (order {})", tn, notification.getOrderId());
                continue;
            }
            out.collect(new Confirmation(pending.get().activationId(), "1" + tn,
                    notification.getOrderId(), notification.getLastModifiedDate()));
            store.markConfirmed(tn);
        }
    }

    /** An activation waiting for its Dashboard order, keyed by the national number. */
    public record PendingActivation(String activationId, String tn, String billingAccount) implements Serializable {
    }

    /** Activation confirmed by a Dashboard callback. {@code tn} is 11 digits, as billing expects. */
    public record Confirmation(String activationId, String tn, String dashboardOrderId, String completedAt)
            implements Serializable {
    }

    /** Pending activations, served by our provisioning service. Keys are 10-digit national numbers. */
    public interface PendingActivationStore {

        Optional<PendingActivation> findByTenDigitTn(String tn);

        void markConfirmed(String tn);

        @FunctionalInterface
        interface Factory extends Serializable {
            PendingActivationStore create();
        }
    }
}
