package com.harborline.numbering.callback;

import com.harborline.numbering.domain.NumberInventoryStore;
import com.harborline.numbering.domain.ProvisioningStatus;
import com.harborline.numbering.domain.TenantNumber;
import com.harborline.numbering.dto.OrderNotification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Applies Dashboard order notifications to our inventory.
 */
@ApplicationScoped
public class NotificationProcessor {

    private static final Logger LOG = Logger.getLogger(NotificationProcessor.class.getName());

    private final NumberInventoryStore store;

    @Inject
    public NotificationProcessor(NumberInventoryStore store) {
        this.store = store;
    }

    /** @return numbers we did not recognise (they go to the ops queue) */
    public List<String> apply(OrderNotification notification) {
        List<String> unmatched = new ArrayList<>();
        String status = notification.getStatus() == null ? "" : notification.getStatus().toUpperCase(Locale.ROOT);
        ProvisioningStatus target = switch (notification.getOrderType() == null ? "" : notification.getOrderType()) {
            case "importtnorders" -> ProvisioningStatus.HOSTED_MESSAGING;
            case "disconnects" -> ProvisioningStatus.DISCONNECT_PENDING;
            default -> ProvisioningStatus.ACTIVE;
        };
        if (!status.equals("COMPLETE")) {
            LOG.info(() -> "Order " + notification.getOrderId() + " is " + status + ", nothing to apply");
            return unmatched;
        }
        for (String tn : notification.getCompletedTelephoneNumbers()) {
            Optional<TenantNumber> owned = store.find(tn);
            if (owned.isPresent()) {
                store.updateStatus(tn, target);
            } else {
                unmatched.add(tn);
            }
        }
        return unmatched;
    }

    /** Port-in notifications arrive per number; older ones carried the number in Message. */
    public Optional<String> portedNumber(OrderNotification notification) {
        String candidate = notification.getMessage() == null ? "" : notification.getMessage().trim();
        if (candidate.length() == 10 && candidate.chars().allMatch(Character::isDigit)) {
            return Optional.of(candidate);
        }
        return notification.getCompletedTelephoneNumbers().stream().findFirst();
    }
}
