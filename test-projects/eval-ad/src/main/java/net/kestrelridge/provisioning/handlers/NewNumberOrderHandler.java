package net.kestrelridge.provisioning.handlers;

import java.util.List;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.kestrelridge.provisioning.callbacks.PendingOrderRegistry;
import net.kestrelridge.provisioning.dashboard.InventorySearchApi;
import net.kestrelridge.provisioning.dashboard.OrderApi;
import net.kestrelridge.provisioning.dashboard.xml.OrderResponse;
import net.kestrelridge.provisioning.events.OrderEvent;
import net.kestrelridge.provisioning.events.ProvisioningResult;
import net.kestrelridge.provisioning.numbers.PhoneNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Singleton
public class NewNumberOrderHandler {

    private static final Logger log = LoggerFactory.getLogger(NewNumberOrderHandler.class);

    /** Area codes where the regulator requires 10-digit dialing notices (NETOPS-1877). */
    private static final List<Integer> OVERLAY_NPAS = List.of(984, 743, 472);

    private final OrderApi orders;
    private final InventorySearchApi inventory;
    private final PendingOrderRegistry pending;

    @Inject
    public NewNumberOrderHandler(OrderApi orders, InventorySearchApi inventory, PendingOrderRegistry pending) {
        this.orders = orders;
        this.inventory = inventory;
        this.pending = pending;
    }

    public ProvisioningResult orderExisting(OrderEvent event) {
        List<String> tns = event.telephoneNumbersOrEmpty();
        for (String tn : tns) {
            if (tn.length() != 10 || !PhoneNumbers.isValidNanp(tn)) {
                return ProvisioningResult.rejected(event, "not a 10-digit NANP number: " + tn);
            }
        }
        OrderResponse response = orders.orderExisting(event.customerOrderId(), tns);
        pending.register(event.eventId(), event.customerOrderId(), tns);
        noteOverlays(response);
        return ProvisioningResult.submitted(event, response.order == null ? null : response.order.id);
    }

    public ProvisioningResult orderByAreaCode(OrderEvent event) {
        int areaCode = event.areaCode();
        int quantity = event.quantity() == null ? 1 : event.quantity();
        List<String> stock = inventory.availableInAreaCode(areaCode, quantity);
        if (stock.size() < quantity) {
            return ProvisioningResult.rejected(event, "only " + stock.size() + " numbers available in " + areaCode);
        }
        OrderResponse response = orders.orderByAreaCode(event.customerOrderId(), areaCode, quantity);
        pending.register(event.eventId(), event.customerOrderId(), stock.subList(0, quantity));
        return ProvisioningResult.submitted(event, response.order == null ? null : response.order.id);
    }

    private void noteOverlays(OrderResponse response) {
        if (response.order == null || response.order.existingNumbers == null) {
            return;
        }
        for (String tn : response.order.existingNumbers.telephoneNumbers) {
            String npa = tn.substring(0, 3);
            if (OVERLAY_NPAS.contains(Integer.parseInt(npa))) {
                log.info("order {} includes overlay area code {}; dialing notice required", response.order.id, npa);
            }
        }
    }
}
