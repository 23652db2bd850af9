package io.kestrelvoice.numbering.callbacks.notification;

import io.kestrelvoice.numbering.callbacks.notification.CustomerNumberRepository.CustomerNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Port-ins complete on the FOC date; the numbers go on the switch of their region.
 */
@Component
public class PortInCompletionHandler {

    private static final Logger log = LoggerFactory.getLogger(PortInCompletionHandler.class);

    private final CustomerNumberRepository repository;
    private final SwitchProvisioner switchProvisioner;

    public PortInCompletionHandler(CustomerNumberRepository repository, SwitchProvisioner switchProvisioner) {
        this.repository = repository;
        this.switchProvisioner = switchProvisioner;
    }

    public void onPortInComplete(Notification notification) {
        for (String tn : notification.completedTelephoneNumbers()) {
            String npa = tn.substring(0, 3);
            int areaCode = Integer.parseInt(npa);
            String customerId = notification.customerOrderId();
            repository.save(new CustomerNumber(tn, customerId, notification.orderId(), "PORTED_IN"));
            switchProvisioner.addSubscriber(tn, customerId, areaCode);
        }
        log.info("port-in {} done: {} numbers", notification.orderId(), notification.completedTelephoneNumbers().size());
    }
}
