package net.tidewatertel.numbering.orders;

import java.time.Instant;
import java.util.List;

import net.tidewatertel.numbering.dashboard.HostedMessagingGateway;
import net.tidewatertel.numbering.dashboard.InventoryClient;
import net.tidewatertel.numbering.dashboard.OrderPlacementClient;
import net.tidewatertel.numbering.dashboard.xml.OrderResponseXml;
import net.tidewatertel.numbering.domain.NumberOrder;
import net.tidewatertel.numbering.domain.NumberOrderRepository;
import net.tidewatertel.numbering.domain.NumberStatus;
import net.tidewatertel.numbering.domain.PhoneNumber;
import net.tidewatertel.numbering.domain.PhoneNumberRepository;
import net.tidewatertel.numbering.events.NumberEvents;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orchestrates new-number provisioning for the sales desk.
 */
@Service
public class ProvisioningService {

    private static final Logger log = LoggerFactory.getLogger(ProvisioningService.class);

    private final InventoryClient inventory;
    private final OrderPlacementClient orders;
    private final HostedMessagingGateway hostedMessaging;
    private final PhoneNumberRepository numbers;
    private final NumberOrderRepository orderRepository;
    private final ApplicationEventPublisher events;

    public ProvisioningService(InventoryClient inventory, OrderPlacementClient orders,
                               HostedMessagingGateway hostedMessaging, PhoneNumberRepository numbers,
                               NumberOrderRepository orderRepository, ApplicationEventPublisher events) {
        this.inventory = inventory;
        this.orders = orders;
        this.hostedMessaging = hostedMessaging;
        this.numbers = numbers;
        this.orderRepository = orderRepository;
        this.events = events;
    }

    /** Finds and orders {@code quantity} numbers in an area code for a customer account. */
    @Transactional
    public List<String> provision(String customerAccount, String areaCode, int quantity) {
        List<String> candidates = inventory.available(areaCode, quantity);
        if (candidates.size() < quantity) {
            throw new IllegalStateException("Only " + candidates.size() + " numbers available in " + areaCode);
        }
        OrderResponseXml response = orders.orderExisting(null, candidates);
        NumberOrder order = new NumberOrder(response.order.id, response.order.customerOrderId, "new_number");
        order.getTelephoneNumbers().addAll(OrderPlacementClient.completedNumbers(response));
        orderRepository.save(order);

        for (String tn : candidates) {
            PhoneNumber pn = new PhoneNumber(tn);
            pn.setAreaCode(Integer.parseInt(areaCode));
            pn.setCustomerAccount(customerAccount);
            pn.setStatus(NumberStatus.ORDERED);
            numbers.save(pn);
        }
        log.info("Ordered {} numbers in {} for {} (order {})", quantity, areaCode, customerAccount, response.order.id);
        return candidates;
    }

    @Transactional
    public String enableHostedMessaging(HostedImportRequest request) {
        String response = hostedMessaging.importForMessaging(request);
        orderRepository.save(new NumberOrder(extractOrderId(response), request.customerOrderId(), "import_tn_orders"));
        return response;
    }

    @Transactional
    public void markActive(String tn, String orderId) {
        numbers.findByTn(tn).ifPresent(pn -> {
            pn.setStatus(NumberStatus.IN_SERVICE);
            pn.setLastSynced(Instant.now());
            events.publishEvent(new NumberEvents.Activated(tn, pn.getCustomerAccount(), orderId, Instant.now()));
        });
    }

    static String extractOrderId(String xml) {
        int start = xml.indexOf("<OrderId>");
        int end = xml.indexOf("</OrderId>");
        return start < 0 || end < 0 ? "unknown" : xml.substring(start + 9, end);
    }
}
