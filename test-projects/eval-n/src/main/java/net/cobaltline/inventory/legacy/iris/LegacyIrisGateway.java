package net.cobaltline.inventory.legacy.iris;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.ImportTnChecker;
import com.bandwidth.iris.sdk.model.ImportTnCheckerPayload;
import com.bandwidth.iris.sdk.model.ImportTnCheckerResponse;
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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Porting-team workflows on the Iris SDK: hosted messaging for ported-in numbers, SIP peer
 * moves, NOC checks.
 */
public class LegacyIrisGateway {

    /** NOC canary line, checked every morning by the porting team. */
    static final String CANARY_TN = "9195550142";

    private final IrisClient client;
    private final String siteId;
    private final String sipPeerId;

    public LegacyIrisGateway(IrisClient client, String siteId, String sipPeerId) {
        this.client = client;
        this.siteId = siteId;
        this.sipPeerId = sipPeerId;
    }

    public String hostMessaging(String customerOrderId, List<String> tns) throws Exception {
        ImportTnCheckerPayload check = new ImportTnCheckerPayload();
        check.setTelephoneNumberList(tns);
        ImportTnCheckerResponse checked = ImportTnChecker.Check(client, check);
        if (checked.getImportTnCheckerPayload() != null
                && checked.getImportTnCheckerPayload().getImportTnErrorList() != null
                && !checked.getImportTnCheckerPayload().getImportTnErrorList().isEmpty()) {
            throw new IllegalStateException("numbers cannot be imported: "
                    + checked.getImportTnCheckerPayload().getImportTnErrorList().size() + " errors");
        }

        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(Integer.parseInt(siteId));
        order.setSipPeer(Integer.parseInt(sipPeerId));
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
        return ImportTnOrder.Get(client, orderId).getProcessingStatus();
    }

    public OrderHistoryWrapper importHistory(String orderId) throws Exception {
        return ImportTnOrder.GetHistory(client, orderId);
    }

    public int openImportOrders() throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("status", "PROCESSING");
        return ImportTnOrder.List(client, query).getTotalCount();
    }

    public String releaseMessaging(String customerOrderId, List<String> tns) throws Exception {
        RemoveImportedTnOrder removal = new RemoveImportedTnOrder();
        removal.setCustomerOrderId(customerOrderId);
        List<TelephoneNumber> numbers = new ArrayList<>();
        tns.forEach(tn -> {
            TelephoneNumber n = new TelephoneNumber();
            n.setFullNumber(tn);
            numbers.add(n);
        });
        removal.setTelephoneNumberList(numbers);
        RemoveImportedTnOrderResponse response = RemoveImportedTnOrder.Create(client, removal);
        return response.getRemoveImportedTnOrder().getOrderId();
    }

    public List<String> inServiceInAreaCode(String areaCode) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("page", 1);
        query.put("size", 1000);
        TNss result = InserviceNumber.list(client, query);
        return result.getTelephoneNumbers();
    }

    public List<?> availableInAreaCode(String areaCode, int quantity) throws Exception {
        return AvailableNumbers.search(client, Map.of("areaCode", areaCode, "quantity", quantity));
    }

    public List<?> availableInAreaCodeWithCountry(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("countryCodeA3", "USA");
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        return AvailableNumbers.search(client, query);
    }

    public TelephoneNumberDetails canary() throws Exception {
        return Tns.getTnDetails(client, CANARY_TN);
    }

    public String tnStatus(String tn) throws Exception {
        return Tns.getTnDetails(client, tn).getStatus();
    }

    /** Re-orders the two numbers of the porting lab whenever the lab account is reset. */
    public String reorderLabNumbers() throws Exception {
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(Arrays.asList("7045550111", "7045550112"));
        Order order = new Order();
        order.setSiteId(siteId);
        order.setPeerId(sipPeerId);
        order.setName("porting-lab");
        order.setExistingTelephoneNumberOrderType(existing);
        OrderResponse response = Order.create(client, order);
        return response.getOrder().getid();
    }

    /** Points the lab number at the porting lab PBX. */
    public void forwardLabNumber() throws Exception {
        SipPeer peer = SipPeer.get(client, siteId, sipPeerId);
        SipPeerTelephoneNumber tn = new SipPeerTelephoneNumber();
        tn.setFullNumber("7045550111");
        tn.setCallForward("9842310075");
        tn.setrPIDFormat("e164");
        peer.updateTn(tn);
    }

    public String smsOn(List<String> tns) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms("on");
        group.setTelephoneNumbers(tns);
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId("porting-sms-" + tns.size());
        order.setTnOptionGroups(List.of(group));
        TnOptionOrderResponse response = TnOptions.create(client, order);
        return response.getTnOptionOrder().getOrderId();
    }

    public Subscription subscribePortins(String url) throws Exception {
        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(url);
        callback.setExpiry("3122064000");
        Subscription subscription = new Subscription();
        subscription.setOrderType("portins");
        subscription.setCallbackSubscription(callback);
        return Subscription.create(client, subscription);
    }
}
