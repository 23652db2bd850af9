package net.harborlight.numops.porting;

import com.google.gson.Gson;
import net.harborlight.numops.config.KafkaTopics;
import net.harborlight.numops.crm.CrmClient;
import net.harborlight.numops.store.NumberAssignment;
import net.harborlight.numops.store.NumberAssignmentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Completes port-ins: activates the ported numbers and tells the CRM.
 */
@Component
public class PortInCallbackListener {

    private static final Logger log = LoggerFactory.getLogger(PortInCallbackListener.class);

    private final Gson gson;
    private final NumberAssignmentRepository assignments;
    private final CrmClient crm;

    public PortInCallbackListener(Gson gson, NumberAssignmentRepository assignments, CrmClient crm) {
        this.gson = gson;
        this.assignments = assignments;
        this.crm = crm;
    }

    @KafkaListener(topics = KafkaTopics.PORTIN_CALLBACKS, containerFactory = "callbackListenerFactory")
    public void onPortInCallback(String payload) {
        PortInCallbackEvent event = gson.fromJson(payload, PortInCallbackEvent.class);
        if (!"COMPLETE".equalsIgnoreCase(event.getStatus())) {
            log.info("Port-in {} is {}, nothing to activate", event.getOrderId(), event.getStatus());
            return;
        }
        for (String tn : event.getCompletedTelephoneNumbers()) {
            if (tn.length() != 10) {
                log.warn("Port-in {}: skipping number in unexpected format {}", event.getOrderId(), tn);
                continue;
            }
            assignments.findByTenDigitTn(tn).ifPresentOrElse(
                    a -> {
                        assignments.save(a.withStatus(NumberAssignment.Status.ACTIVE).withOrder(event.getOrderId()));
                        crm.numberPorted(a.customerId(), "1" + tn, event.getActualFocDate());
                    },
                    () -> log.error("Port-in {} completed {} but no customer holds it", event.getOrderId(), tn));
        }
        crm.billingNumberConfirmed(event.getCustomerOrderId(), event.getBillingTelephoneNumber());
    }
}
