package net.cobaltline.inventory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import net.cobaltline.inventory.client.DashboardAccountsClient;
import net.cobaltline.inventory.config.DashboardConfig;
import net.cobaltline.inventory.domain.InventoryRecord;
import net.cobaltline.inventory.domain.InventoryRepository;
import net.cobaltline.inventory.domain.NumberStatus;
import net.cobaltline.inventory.domain.PhoneNumbers;
import net.cobaltline.inventory.model.dashboard.AreaCodeSearchPayload;
import net.cobaltline.inventory.model.dashboard.OrderPayload;
import net.cobaltline.inventory.model.dashboard.OrderResponsePayload;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

@ApplicationScoped
public class NumberOrderService {

    private static final Logger LOG = Logger.getLogger(NumberOrderService.class);
    private static final DateTimeFormatter ORDER_STAMP = DateTimeFormatter.ofPattern("yyMMddHHmm");

    private final AtomicInteger sequence = new AtomicInteger();

    @Inject
    @RestClient
    DashboardAccountsClient accounts;

    @Inject
    DashboardConfig config;

    @Inject
    InventoryRepository repository;

    @Inject
    Clock clock;

    /** Orders specific numbers picked from a search result. */
    public String orderNumbers(String customerId, List<String> tns) {
        OrderPayload order = OrderPayload.builder()
                .customerOrderId(customerOrderId(customerId))
                .name("Cobaltline " + customerId)
                .site(config.siteId(), config.sipPeerId())
                .partialAllowed(false)
                .telephoneNumbers(tns.stream().map(PhoneNumbers::national).toList())
                .build();
        OrderResponsePayload response = accounts.createOrder(config.accountId(), order);
        String orderId = response.getOrder().getId();
        LOG.infof("Dashboard order %s created for customer %s (%d numbers)", orderId, customerId, tns.size());
        for (String tn : tns) {
            repository.save(new InventoryRecord(PhoneNumbers.national(tn), customerId, NumberStatus.ORDERED,
                    false, null, orderId, null));
        }
        return orderId;
    }

    /** Lets the Dashboard pick {@code quantity} numbers in an area code. */
    public String orderInAreaCode(String customerId, int areaCode, int quantity) {
        OrderPayload order = OrderPayload.builder()
                .customerOrderId(customerOrderId(customerId))
                .site(config.siteId(), config.sipPeerId())
                .partialAllowed(true)
                .areaCodeSearch(new AreaCodeSearchPayload(areaCode, quantity))
                .build();
        OrderResponsePayload response = accounts.createOrder(config.accountId(), order);
        return response.getOrder().getId();
    }

    /** Records the numbers of a finished order; called by the poller and by the callback. */
    public int recordCompleted(String customerId, OrderResponsePayload response) {
        int recorded = 0;
        String orderId = response.getOrder().getId();
        for (String tn : response.completedTns()) {
            if (tn.length() != 10) {
                LOG.warnf("Skipping unexpected number %s in order %s", tn, orderId);
                continue;
            }
            repository.save(new InventoryRecord(tn, customerId, NumberStatus.IN_SERVICE, false, null, orderId,
                    null));
            recorded++;
        }
        return recorded;
    }

    String customerOrderId(String customerId) {
        // Dashboard limits CustomerOrderId to 40 characters
        String id = "CBL-" + customerId + "-" + ORDER_STAMP.format(clock.instant().atZone(clock.getZone()))
                + "-" + sequence.incrementAndGet();
        return id.length() > 40 ? id.substring(0, 40) : id;
    }
}
