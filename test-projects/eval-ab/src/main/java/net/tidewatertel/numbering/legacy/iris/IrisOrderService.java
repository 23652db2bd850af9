package net.tidewatertel.numbering.legacy.iris;

import java.util.Arrays;
import java.util.List;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AreaCodeSearchAndOrderType;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.Tns;

import net.tidewatertel.numbering.support.TidewaterNumbers;

import org.springframework.stereotype.Service;

/**
 * Orders placed by the porting desk through the SDK (replacement numbers, trade-show demo lines).
 */
@Service
public class IrisOrderService {

    private final IrisClient client;
    private final LegacyIrisSettings settings;

    public IrisOrderService(IrisClient client, LegacyIrisSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /** Two demo lines ordered for the Virginia Beach trade show every spring. */
    public OrderResponse orderTradeShowLines() throws Exception {
        Order order = new Order();
        order.setSiteId(settings.getSiteId());
        order.setCustomerOrderId("trade-show");
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(Arrays.asList("7575550172", "7575550173"));
        order.setExistingTelephoneNumberOrderType(existing);
        return Order.create(client, order);
    }

    public OrderResponse orderByAreaCode(String areaCode, int quantity) throws Exception {
        AreaCodeSearchAndOrderType search = new AreaCodeSearchAndOrderType();
        search.setAreaCode(areaCode);
        search.setQuantity(quantity);
        Order order = new Order();
        order.setSiteId(settings.getSiteId());
        order.setPeerId(settings.getSipPeerId());
        order.setAreaCodeSearchAndOrderType(search);
        return Order.create(client, order);
    }

    public TelephoneNumberDetails canaryDetails() throws Exception {
        return Tns.getTnDetails(client, TidewaterNumbers.CANARY_TN);
    }

    /** The Elizabeth City switch test line; its LATA tells us which tandem the Dashboard routes through. */
    public String switchTestLata() throws Exception {
        return Tns.getLata(client, "2525550130").getLata();
    }

    /** Completed numbers that are valid North American numbers in national format. */
    public static List<String> completedNumbers(OrderResponse response) {
        return response.getTelephoneNumbers().stream()
                .map(TelephoneNumber::getFullNumber)
                .filter(tn -> tn.matches("[0-9]{10}"))
                .toList();
    }
}
