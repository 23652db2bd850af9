package io.kestrelvoice.numbering.callbacks.notification;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Marks numbers active in the CRM when their new-number order completes.
 */
@Component
public class OrderCompletionHandler {

    private static final Logger log = LoggerFactory.getLogger(OrderCompletionHandler.class);

    private final CustomerNumberRepository repository;
    private final SwitchProvisioner switchProvisioner;

    public OrderCompletionHandler(CustomerNumberRepository repository, SwitchProvisioner switchProvisioner) {
        this.repository = repository;
        this.switchProvisioner = switchProvisioner;
    }

    public List<String> onOrderComplete(Notification notification) {
        List<String> unknown = new ArrayList<>();
        for (String tn : notification.completedTelephoneNumbers()) {
            var match = repository.findByTenDigitNumber(tn);
            if (match.isEmpty()) {
                unknown.add(tn);
                continue;
            }
            repository.save(match.get().withState("ACTIVE"));
            switchProvisioner.addSubscriber("1" + tn, match.get().customerId());
        }
        if (!unknown.isEmpty()) {
            log.warn("order {} completed numbers we never reserved: {}", notification.orderId(), unknown);
        }
        return unknown;
    }
}
