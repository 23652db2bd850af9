package net.cascadiatel.provisioning.numbers;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AreaCodeSearchAndOrderType;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.cascadiatel.provisioning.config.IrisSettings;
import net.cascadiatel.provisioning.iris.DashboardPaths;
import net.cascadiatel.provisioning.iris.DashboardWsClient;
import net.cascadiatel.provisioning.iris.Xml;
import net.cascadiatel.provisioning.numbers.model.AvailableNumbersXml.OrderAreaCode;
import net.cascadiatel.provisioning.store.TnInventoryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Places number orders on the Dashboard and records the result in our inventory. */
@Singleton
public class NumberOrderService {

    private static final Logger log = LoggerFactory.getLogger(NumberOrderService.class);
    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");

    /** Lines the NOC dials every five minutes from the probe boxes in each POP. */
    static final List<String> NOC_PROBE_LINES = List.of(
            "5035550101",
            "5035550102",
            "2065550142");

    private final IrisClient client;
    private final IrisSettings settings;
    private final TnInventoryStore store;
    private final DashboardWsClient dashboard;
    private final DashboardPaths paths;

    @Inject
    public NumberOrderService(IrisClient client, IrisSettings settings, TnInventoryStore store,
                              DashboardWsClient dashboard, DashboardPaths paths) {
        this.client = client;
        this.settings = settings;
        this.store = store;
        this.dashboard = dashboard;
        this.paths = paths;
    }

    public static Order existingNumbersOrder(String siteId, String peerId, List<String> tns) {
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(new ArrayList<>(tns));

        Order order = new Order();
        order.setName("Cascadia provisioning " + UUID.randomUUID());
        order.setCustomerOrderId("CT-" + System.currentTimeMillis());
        order.setSiteId(siteId);
        order.setPeerId(peerId);
        order.setPartialAllowed(false);
        order.setExistingTelephoneNumberOrderType(existing);
        return order;
    }

    public OrderResponse orderExisting(List<String> tns, String customerAccount) throws Exception {
        Order order = existingNumbersOrder(settings.siteId(), settings.sipPeerId(), tns);
        OrderResponse response = Order.create(client, order);
        record(response, customerAccount);
        return response;
    }

    /** Re-provisions the NOC probe lines after a POP rebuild. */
    public OrderResponse orderProbeLines() throws Exception {
        return orderExisting(NOC_PROBE_LINES, "CT-NOC");
    }

    public OrderResponse orderByAreaCode(String areaCode, int quantity, String customerAccount) throws Exception {
        AreaCodeSearchAndOrderType byAreaCode = new AreaCodeSearchAndOrderType();
        byAreaCode.setAreaCode(areaCode);
        byAreaCode.setQuantity(quantity);

        Order order = new Order();
        order.setName("Area code order " + areaCode);
        order.setSiteId(settings.siteId());
        order.setPeerId(settings.sipPeerId());
        order.setAreaCodeSearchAndOrderType(byAreaCode);
        OrderResponse response = Order.create(client, order);
        record(response, customerAccount);
        return response;
    }

    /** Every new POP gets a block in the Salem rate center for the local 611 line. */
    public OrderResponse orderSalemBlock() throws Exception {
        return orderByAreaCode("503", 10, "CT-NOC");
    }

    /** Raw variant for the NOC tool, which shows what the Dashboard echoed back. */
    public CompletionStage<OrderAreaCode> orderByAreaCodeRaw(String areaCode, int quantity) {
        String body = """
                <Order>
                  <Name>NOC area code order</Name>
                  <SiteId>%s</SiteId>
                  <PeerId>%s</PeerId>
                  <AreaCodeSearchAndOrderType>
                    <AreaCode>%s</AreaCode>
                    <Quantity>%d</Quantity>
                  </AreaCodeSearchAndOrderType>
                </Order>
                """.formatted(settings.siteId(), settings.sipPeerId(), areaCode, quantity);
        return dashboard.checked(dashboard.postXml(paths.orders(), body)).thenApply(xml -> {
            try {
                JsonNode echoed = Xml.mapper().readTree(xml).path("Order").path("AreaCodeSearchAndOrderType");
                OrderAreaCode result = Xml.mapper().treeToValue(echoed, OrderAreaCode.class);
                if (result.getAreaCode() != Integer.parseInt(areaCode)) {
                    log.warn("Dashboard echoed area code {} for a {} order", result.getAreaCode(), areaCode);
                }
                return result;
            } catch (JsonProcessingException e) {
                throw new CompletionException(e);
            }
        });
    }

    public CompletionStage<String> reserve(String tn) {
        String body = """
                <Reservation>
                  <ReservedTn>%s</ReservedTn>
                </Reservation>
                """.formatted(tn);
        return dashboard.checked(dashboard.postXml(paths.account() + "/tnreservation", body));
    }

    public CompletionStage<String> reserveReceptionLine() {
        String body = """
                <Reservation>
                  <ReservedTn>9715550110</ReservedTn>
                </Reservation>
                """;
        return dashboard.checked(dashboard.postXml(paths.account() + "/tnreservation", body));
    }

    private void record(OrderResponse response, String customerAccount) {
        if (response.getOrder() != null && response.getOrder().getAreaCodeSearchAndOrderType() != null) {
            int requestedAreaCode = Integer.parseInt(response.getOrder().getAreaCodeSearchAndOrderType().getAreaCode());
            log.info("Area code order for {} completed with {} numbers", requestedAreaCode, response.getCompletedQuantity());
        }
        if (response.getTelephoneNumbers() == null) {
            return;
        }
        for (TelephoneNumber tn : response.getTelephoneNumbers()) {
            String number = tn.getFullNumber();
            if (!TEN_DIGITS.matcher(number).matches()) {
                log.warn("Skipping unexpected number {} in order response", number);
                continue;
            }
            store.markActive(number, customerAccount);
        }
    }
}
