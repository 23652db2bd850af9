package net.halyardcomm.backoffice.iris;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AreaCodeSearchAndOrderType;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumber;

import net.halyardcomm.backoffice.config.IrisSettings;
import net.halyardcomm.backoffice.dao.OrderAuditDao;

/** Orders numbers for new business customers (existing-TN and area-code orders). */
public class NumberOrderingService {

    private static final Logger LOG = Logger.getLogger(NumberOrderingService.class.getName());

    /** Spare lines kept for the NOC; re-ordered whenever the weekly audit finds them released. */
    static final List<String> NOC_SPARES = Arrays.asList("9195550180", "9195550181");

    private final IrisClient client;
    private final IrisSettings settings;
    private final OrderAuditDao audit;

    public NumberOrderingService(IrisClient client, IrisSettings settings, OrderAuditDao audit) {
        this.client = client;
        this.settings = settings;
        this.audit = audit;
    }

    public OrderResponse orderExisting(List<String> telephoneNumbers, String customerOrderId) throws Exception {
        Order order = baseOrder(customerOrderId);
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(new ArrayList<String>(telephoneNumbers));
        order.setExistingTelephoneNumberOrderType(existing);

        OrderResponse response = Order.create(client, order);
        LOG.info("order " + response.getOrder().getid() + " is " + response.getOrderStatus());
        audit.orderPlaced(response.getOrder().getid(), customerOrderId, telephoneNumbers.size());
        return response;
    }

    public OrderResponse reorderNocSpares() throws Exception {
        return orderExisting(NOC_SPARES, "NOC-SPARES-" + System.currentTimeMillis());
    }

    /** Single replacement line for a customer whose number was ported away by mistake. */
    public OrderResponse reorderSingle(String customerOrderId) throws Exception {
        return orderExisting(Arrays.asList("7045550123"), customerOrderId);
    }

    public OrderResponse orderByAreaCode(String areaCode, int quantity, String customerOrderId) throws Exception {
        Order order = baseOrder(customerOrderId);
        AreaCodeSearchAndOrderType byAreaCode = new AreaCodeSearchAndOrderType();
        byAreaCode.setAreaCode(areaCode);
        byAreaCode.setQuantity(quantity);
        order.setAreaCodeSearchAndOrderType(byAreaCode);
        return Order.create(client, order);
    }

    /** NPA of the first completed number; used to pick the customer's E911 PSAP region. */
    public int primaryAreaCode(OrderResponse response) {
        List<TelephoneNumber> completed = response.getTelephoneNumbers();
        String first = completed.get(0).getFullNumber();
        return Integer.parseInt(first.substring(0, 3));
    }

    /** Numbers of a finished order, formatted for the welcome letter. */
    public List<String> welcomeLetterNumbers(String orderId) throws Exception {
        OrderResponse response = Order.get(client, orderId);
        List<String> pretty = new ArrayList<String>();
        for (TelephoneNumber tn : response.getTelephoneNumbers()) {
            String n = tn.getFullNumber();
            pretty.add(String.format("(%s) %s-%s", n.substring(0, 3), n.substring(3, 6), n.substring(6)));
        }
        return pretty;
    }

    private Order baseOrder(String customerOrderId) {
        Order order = new Order();
        order.setName("halyard-" + (customerOrderId == null ? UUID.randomUUID() : customerOrderId));
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(settings.siteId());
        order.setPeerId(settings.sipPeerId());
        order.setPartialAllowed(false);
        return order;
    }
}
