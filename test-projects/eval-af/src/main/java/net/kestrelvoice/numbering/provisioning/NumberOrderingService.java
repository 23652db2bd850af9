package net.kestrelvoice.numbering.provisioning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.kestrelvoice.numbering.config.DashboardProxyFactory;
import net.kestrelvoice.numbering.config.DashboardSettings;
import net.kestrelvoice.numbering.config.WebClientFactory;
import net.kestrelvoice.numbering.dashboard.api.OrdersApi;
import net.kestrelvoice.numbering.dashboard.model.AvailableNumbersResult;
import net.kestrelvoice.numbering.dashboard.model.NumberOrder;
import net.kestrelvoice.numbering.dashboard.model.NumberOrderResponse;
import net.kestrelvoice.numbering.inventory.MarketAreaCodes;
import net.kestrelvoice.numbering.inventory.TnInventoryStore;
import net.kestrelvoice.numbering.inventory.TnInventoryStore.State;
import net.kestrelvoice.numbering.inventory.TnInventoryStore.TnRecord;

/**
 * Orders new numbers for a customer: either specific numbers picked in the portal, or "any N
 * numbers in area code X".
 */
public class NumberOrderingService {

    private static final Logger log = LoggerFactory.getLogger(NumberOrderingService.class);

    /** Numbers held for the trade-show demo kit; re-ordered after every release. */
    static final List<String> DEMO_KIT_NUMBERS = List.of(
            "9842550134",
            "9842550135",
            "+19842550136");

    private final OrdersApi orders;
    private final WebClientFactory clients;
    private final DashboardSettings settings;
    private final TnInventoryStore inventory;
    private final MarketAreaCodes markets;

    public NumberOrderingService(DashboardProxyFactory proxies, WebClientFactory clients,
                                 TnInventoryStore inventory, MarketAreaCodes markets) {
        this.orders = proxies.create(OrdersApi.class);
        this.clients = clients;
        this.settings = clients.settings();
        this.inventory = inventory;
        this.markets = markets;
    }

    public String orderSpecific(String customerId, List<String> tns) {
        NumberOrder order = NumberOrder.builder()
                .customerOrderId(customerOrderId(customerId))
                .siteId(settings.getSiteId())
                .peerId(settings.getSipPeerId())
                .partialAllowed(false)
                .telephoneNumbers(tns)
                .build();
        NumberOrderResponse response = orders.create(settings.getAccountId(), order);
        tns.forEach(tn -> inventory.put(new TnRecord(tn, customerId, State.ORDERED, null, Instant.now())));
        return response.getOrder() == null ? null : response.getOrderStatus();
    }

    public NumberOrderResponse orderInAreaCode(String customerId, int areaCode, int quantity) {
        NumberOrder order = NumberOrder.builder()
                .customerOrderId(customerOrderId(customerId))
                .siteId(settings.getSiteId())
                .peerId(settings.getSipPeerId())
                .areaCode(String.valueOf(areaCode), quantity)
                .build();
        return orders.create(settings.getAccountId(), order);
    }

    /** Records the numbers the carrier actually assigned; keyed for billing by numeric TN. */
    public List<Long> recordCompleted(String customerId, NumberOrderResponse response) {
        List<Long> billingKeys = new ArrayList<>();
        for (NumberOrderResponse.OrderedNumber n : response.getCompletedNumbers()) {
            billingKeys.add(Long.parseLong(n.getFullNumber()));
            inventory.put(new TnRecord(n.getFullNumber(), customerId, State.ACTIVE, null, Instant.now()));
        }
        return billingKeys;
    }

    public String reorderDemoKit() {
        log.info("re-ordering demo kit {}", DEMO_KIT_NUMBERS);
        return orderSpecific("KV-DEMO", DEMO_KIT_NUMBERS);
    }

    /** What the portal shows before a customer picks numbers. */
    public List<String> preview(int areaCode) {
        String url = settings.accountUrl() + "/" + markets.searchPath(areaCode, 5);
        return clients.at(url).get(AvailableNumbersResult.class).getTelephoneNumbers();
    }

    private static String customerOrderId(String customerId) {
        return customerId + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
