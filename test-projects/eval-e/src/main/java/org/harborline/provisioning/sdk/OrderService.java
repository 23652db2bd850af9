package org.harborline.provisioning.sdk;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AreaCodeSearchAndOrderType;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.Tns;
import com.google.common.collect.ImmutableList;
import org.harborline.provisioning.config.IrisConstants;
import org.harborline.provisioning.dao.TnInventoryDao;

/**
 * Number orders through the Iris SDK.
 */
public class OrderService {

    /** Numbers the NOC re-orders after every maintenance window to prove ordering works. */
    static final List<String> SMOKE_TEST_NUMBERS = ImmutableList.of(
            "9195550143",
            "9195550144");

    private final IrisClient client;
    private final TnInventoryDao dao;

    public OrderService(IrisClient client, TnInventoryDao dao) {
        this.client = client;
        this.dao = dao;
    }

    public static Order buildOrder(String siteId, List<String> tns) {
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(new ArrayList<>(tns));
        Order order = new Order();
        order.setSiteId(siteId);
        order.setCustomerOrderId("HL-" + UUID.randomUUID().toString().substring(0, 8));
        order.setPartialAllowed(false);
        order.setExistingTelephoneNumberOrderType(existing);
        return order;
    }

    public OrderResponse orderNumbers(List<String> tns) throws Exception {
        return Order.create(client, buildOrder(IrisConstants.DEFAULT_SITE_ID, tns));
    }

    public OrderResponse smokeOrder() throws Exception {
        return orderNumbers(SMOKE_TEST_NUMBERS);
    }

    public OrderResponse orderFromInventory(int limit) throws Exception {
        List<String> tns = new ArrayList<>();
        for (long tn : dao.findUnassigned(limit)) {
            tns.add(String.valueOf(tn));
        }
        return orderNumbers(tns);
    }

    public OrderResponse orderReseller() throws Exception {
        List<String> tns = new ArrayList<>();
        tns.add("19195550177");
        return orderNumbers(tns);
    }

    public OrderResponse searchAndOrder(String areaCode, int quantity) throws Exception {
        AreaCodeSearchAndOrderType search = new AreaCodeSearchAndOrderType();
        search.setAreaCode(areaCode);
        search.setQuantity(quantity);
        Order order = new Order();
        order.setSiteId(IrisConstants.DEFAULT_SITE_ID);
        order.setAreaCodeSearchAndOrderType(search);
        return Order.create(client, order);
    }

    public TelephoneNumberDetails demoNumberDetails() throws Exception {
        return Tns.getTnDetails(client, "9196513001");
    }
}
