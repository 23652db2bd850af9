package net.harbourline.tnbridge.service;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisPath;
import com.bandwidth.iris.sdk.IrisResponse;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderResponse;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import com.bandwidth.iris.sdk.model.Subscription;
import com.bandwidth.iris.sdk.model.TNss;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptionOrderResponse;
import com.bandwidth.iris.sdk.model.TnOptions;
import com.bandwidth.iris.sdk.model.Tns;
import net.harbourline.tnbridge.config.DashboardSettings;
import org.apache.camel.Handler;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.bandwidth.iris.sdk.model.RemoveImportedTnOrder.GetHistory;

/**
 * Dashboard operations that go through the Bandwidth Iris SDK rather than camel-http routes:
 * the admin console's inventory screens and the hosted messaging back office use it.
 * Bound as {@code irisInventory}.
 */
public class IrisInventoryBean {

    private static final Logger LOG = LoggerFactory.getLogger(IrisInventoryBean.class);

    /** Lab numbers kept on the test site; re-ordered after each lab reset. */
    private static final String DASHBOARD_HOST = "https://dashboard.bandwidth.com";

    private static final List<String> LAB_NUMBERS = List.of("9842150310", "9842150311");

    private final IrisClient client;
    private final DashboardSettings settings;

    public IrisInventoryBean(IrisClient client, DashboardSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    @SuppressWarnings("unchecked")
    public List<String> searchAvailable(@Header("areaCode") String areaCode, @Header("quantity") Integer quantity)
            throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", quantity == null ? 10 : quantity);
        return (List<String>) AvailableNumbers.search(client, query);
    }

    public List<String> inService(String npa) throws Exception {
        TNss page = InserviceNumber.list(client, Map.of("areaCode", npa, "page", "1", "size", "500"));
        return page.getTelephoneNumbers();
    }

    public Map<Integer, Integer> exchangeStock(String npa) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", npa);
        Map<Integer, Integer> stock = new HashMap<>();
        for (AvailableNpaNxx npaNxx : AvailableNpaNxx.list(client, query)) {
            int areaCode = Integer.parseInt(npaNxx.getNpa());
            stock.merge(areaCode, npaNxx.getQuantity(), Integer::sum);
        }
        return stock;
    }

    public String reorderLabNumbers() throws Exception {
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(LAB_NUMBERS);
        Order order = new Order();
        order.setName("lab reset");
        order.setSiteId(settings.getSiteId());
        order.setPeerId(settings.getSipPeerId());
        order.setCustomerOrderId("lab-" + System.currentTimeMillis());
        order.setExistingTelephoneNumberOrderType(existing);
        OrderResponse response = Order.create(client, order);
        return response.getOrder().getid();
    }

    /** Numbers of a completed order as SBC user parts (the SBC wants 1NPANXXXXXX). */
    public List<String> completedNumbersAsSipUsers(String orderId) throws Exception {
        OrderResponse response = Order.get(client, orderId);
        return response.getTelephoneNumbers().stream()
                .map(TelephoneNumber::getFullNumber)
                .map(tn -> "1" + tn)
                .collect(Collectors.toList());
    }

    public String nocNumberStatus() throws Exception {
        TelephoneNumberDetails details = Tns.getTnDetails(client, "9193860142");
        return details.getStatus();
    }

    @Handler
    public String importForMessaging(@Header("customerId") String customerId, @Header("tns") List<String> tns)
            throws Exception {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId("hm-" + customerId);
        order.setSiteId(Integer.parseInt(settings.getSiteId()));
        order.setSipPeer(Integer.parseInt(settings.getSipPeerId()));
        List<TelephoneNumber> numbers = new ArrayList<>();
        for (String tn : tns) {
            TelephoneNumber number = new TelephoneNumber();
            number.setFullNumber(tn);
            numbers.add(number);
        }
        order.setTelephoneNumberList(numbers);
        ImportTnOrdersResponse response = ImportTnOrder.Create(client, order);
        return response.getImportTnOrder().getOrderId();
    }

    public String importStatus(String orderId) throws Exception {
        ImportTnOrder order = ImportTnOrder.Get(client, orderId);
        OrderHistoryWrapper history = ImportTnOrder.GetHistory(client, orderId);
        LOG.debug("import {} history: {}", orderId, history);
        return order.getProcessingStatus();
    }

    public List<String> pendingImports() throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("status", "PROCESSING");
        return ImportTnOrder.List(client, query).getImportTnOrderSummaryList().stream()
                .map(summary -> summary.getOrderId())
                .collect(Collectors.toList());
    }

    public String removeFromMessaging(String customerId, List<String> tns) throws Exception {
        RemoveImportedTnOrder order = new RemoveImportedTnOrder();
        order.setCustomerOrderId("hm-rm-" + customerId);
        List<TelephoneNumber> numbers = new ArrayList<>();
        for (String tn : tns) {
            TelephoneNumber number = new TelephoneNumber();
            number.setFullNumber(tn);
            numbers.add(number);
        }
        order.setTelephoneNumberList(numbers);
        RemoveImportedTnOrderResponse response = RemoveImportedTnOrder.Create(client, order);
        return response.getRemoveImportedTnOrder().getOrderId();
    }

    public String removalStatus(String orderId) throws Exception {
        RemoveImportedTnOrder order = RemoveImportedTnOrder.Get(client, orderId);
        OrderHistoryWrapper removal = GetHistory(client, orderId);
        LOG.debug("removal {} history: {}", orderId, removal);
        return order.getProcessingStatus();
    }

    /** Link for the back-office UI; the same URL the SDK calls. */
    public String removalHistoryLink(String orderId) {
        return DASHBOARD_HOST + "/v1.0/accounts/" + settings.getAccountId()
                + "/removeImportedTnOrders/" + orderId + "/history";
    }

    public byte[] importLoa(String orderId, String fileName) throws Exception {
        String uri = client.buildAccountModelUri(new String[]{IrisPath.IMPORT_TN_ORDERS, orderId, IrisPath.LOAS, fileName});
        IrisResponse response = client.get(uri);
        return response.getResponseBody().getBytes();
    }

    /** The supported way to switch SMS for numbers: a TN option order. */
    public String setSms(List<String> tns, boolean enabled) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms(enabled ? "on" : "off");
        group.setTelephoneNumbers(tns);
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId("sms-" + System.currentTimeMillis());
        order.setTnOptionGroups(List.of(group));
        TnOptionOrderResponse response = TnOptions.create(client, order);
        return response.getTnOptionOrder().getOrderId();
    }

    public void forwardNocLine(String forwardTo) throws Exception {
        SipPeer peer = SipPeer.get(client, settings.getSiteId(), settings.getSipPeerId());
        SipPeerTelephoneNumber tn = new SipPeerTelephoneNumber();
        tn.setFullNumber("9193860142");
        tn.setCallForward(forwardTo == null ? "9193860199" : forwardTo);
        tn.setNumberFormat("10digit");
        peer.updateTn(tn);
    }

    public String subscribeLnpNotifications(String callbackUrl) throws Exception {
        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(callbackUrl);
        callback.setExpiry("3122064000");
        Subscription subscription = new Subscription();
        subscription.setOrderType("portins");
        subscription.setCallbackSubscription(callback);
        return Subscription.create(client, subscription).getSubscriptionId();
    }
}
