package net.kestrelcable.provisioning.legacy;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisPath;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.FileListResponse;
import com.bandwidth.iris.sdk.model.ImportTnChecker;
import com.bandwidth.iris.sdk.model.ImportTnCheckerPayload;
import com.bandwidth.iris.sdk.model.ImportTnCheckerResponse;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrders;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.LnpOrder;
import com.bandwidth.iris.sdk.model.LnpOrderResponse;
import com.bandwidth.iris.sdk.model.OrderHistory;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderResponse;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import com.bandwidth.iris.sdk.model.Subscriber;
import com.bandwidth.iris.sdk.model.Subscription;
import com.bandwidth.iris.sdk.model.TNss;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptions;
import com.bandwidth.iris.sdk.model.Tns;

import net.kestrelcable.provisioning.config.CallbackProperties;
import net.kestrelcable.provisioning.config.DashboardProperties;
import net.kestrelcable.provisioning.dashboard.SmokeTestNumbers;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Port-ins and the Tidewater hosted-messaging accounts still go through the Iris SDK.
 * New code should use the RestClient based services instead.
 */
@Component
public class IrisPortingAdapter {

    private static final Logger log = LoggerFactory.getLogger(IrisPortingAdapter.class);

    private final IrisClient client;
    private final DashboardProperties props;
    private final CallbackProperties callbacks;
    private final IrisNumberMapper mapper;

    public IrisPortingAdapter(IrisClient client, DashboardProperties props, CallbackProperties callbacks,
                              IrisNumberMapper mapper) {
        this.client = client;
        this.props = props;
        this.callbacks = callbacks;
        this.mapper = mapper;
    }

    public String portIn(String customerOrderId, String billingTn, List<String> tns, Subscriber subscriber,
                         Date requestedFoc) throws Exception {
        LnpOrder order = new LnpOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(props.siteId());
        order.setPeerId(props.sipPeerId());
        order.setBillingTelephoneNumber(billingTn);
        order.setListOfPhoneNumbers(tns);
        order.setSubscriber(subscriber);
        order.setLoaAuthorizingPerson(subscriber.getFirstName() + " " + subscriber.getLastName());
        order.setRequestedFocDate(requestedFoc);
        order.setPartialPort(false);
        LnpOrderResponse response = LnpOrder.create(client, order);
        log.info("Port-in {} created: {}", customerOrderId, response.getProcessingStatus());
        return response.getOrderId();
    }

    public String importHostedMessaging(String customerOrderId, List<String> tns, Subscriber subscriber) throws Exception {
        ImportTnCheckerPayload check = new ImportTnCheckerPayload();
        check.setTelephoneNumberList(tns);
        ImportTnCheckerResponse checked = ImportTnChecker.Check(client, check);
        if (checked.getImportTnCheckerPayload() != null
                && checked.getImportTnCheckerPayload().getImportTnErrorList() != null
                && !checked.getImportTnCheckerPayload().getImportTnErrorList().isEmpty()) {
            throw new IllegalStateException("numbers cannot be imported: " + tns);
        }
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(Integer.parseInt(props.siteId()));
        order.setSipPeer(Integer.parseInt(props.sipPeerId()));
        order.setSubscriber(subscriber);
        order.setLoaAuthorizingPerson(subscriber.getFirstName() + " " + subscriber.getLastName());
        order.setTelephoneNumberList(tns.stream().map(IrisNumberMapper::toSdkNumber).toList());
        ImportTnOrdersResponse response = ImportTnOrder.Create(client, order);
        return response.getImportTnOrder().getOrderId();
    }

    public String importStatus(String orderId) throws Exception {
        return ImportTnOrder.Get(client, orderId).getProcessingStatus();
    }

    public List<String> importHistory(String orderId) throws Exception {
        OrderHistoryWrapper history = ImportTnOrder.GetHistory(client, orderId);
        List<String> lines = new ArrayList<>();
        for (OrderHistory h : history.getOrderHistoryList()) {
            lines.add(h.getOrderDate() + " " + h.getStatus() + " " + h.getNote());
        }
        return lines;
    }

    public List<String> importLoaFiles(String orderId) throws Exception {
        FileListResponse files = ImportTnOrder.GetLoas(client, orderId);
        List<String> names = new ArrayList<>();
        if (files != null && files.getFileNames() != null) {
            names.addAll(List.of(files.getFileNames()));
        }
        return names;
    }

    public int pendingImports() throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("status", "PROCESSING");
        ImportTnOrders orders = ImportTnOrder.List(client, query);
        return orders.getTotalCount();
    }

    public String removeHostedMessaging(String customerOrderId, List<String> tns) throws Exception {
        RemoveImportedTnOrder order = new RemoveImportedTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setTelephoneNumberList(tns.stream().map(IrisNumberMapper::toSdkNumber).toList());
        RemoveImportedTnOrderResponse response = RemoveImportedTnOrder.Create(client, order);
        return response.getRemoveImportedTnOrder().getOrderId();
    }

    public String removalStatus(String orderId) throws Exception {
        return RemoveImportedTnOrder.Get(client, orderId).getProcessingStatus();
    }

    /**
     * The SDK has no model for removal history, so we fetch the raw XML.
     */
    public String removalHistoryXml(String orderId) throws Exception {
        String uri = client.buildAccountModelUri(new String[]{IrisPath.REMOVE_IMPORTED_TN_ORDERS, orderId, "history"});
        return client.get(uri).getResponseBody();
    }

    @SuppressWarnings("unchecked")
    public List<String> searchInventory(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        query.put("enableTNDetail", false);
        return (List<String>) AvailableNumbers.search(client, query);
    }

    public List<String> inService(int npa) throws Exception {
        TNss tns = InserviceNumber.list(client, Map.of("areacode", npa, "size", 500));
        return tns.getTelephoneNumbers().stream().map(mapper::national).toList();
    }

    public List<AvailableNpaNxx> npaNxx(String npa) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("countryCodeA3", props.countryCodeA3());
        query.put("areaCode", npa);
        return AvailableNpaNxx.list(client, query);
    }

    public Map<Integer, Integer> capacityByNpa(String areaCode) throws Exception {
        Map<Integer, Integer> byNpa = new TreeMap<>();
        for (AvailableNpaNxx n : npaNxx(areaCode)) {
            byNpa.merge(Integer.parseInt(n.getNpa()), n.getQuantity(), Integer::sum);
        }
        return byNpa;
    }

    public String tnStatus(String tn) throws Exception {
        TelephoneNumberDetails details = Tns.getTnDetails(client, tn);
        return details.getStatus();
    }

    public void forwardToNoc(String tn) throws Exception {
        SipPeer peer = SipPeer.get(client, props.siteId(), props.sipPeerId());
        SipPeerTelephoneNumber number = new SipPeerTelephoneNumber();
        number.setFullNumber(tn);
        number.setCallForward(SmokeTestNumbers.NOC_BRIDGE);
        peer.updateTn(number);
    }

    public String smsOn(List<String> tns) throws Exception {
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId("SMS-" + System.currentTimeMillis());
        TnOptionGroup group = new TnOptionGroup();
        group.setSms("on");
        group.setTelephoneNumbers(tns);
        order.setTnOptionGroups(List.of(group));
        return TnOptions.create(client, order).getTnOptionOrder().getOrderId();
    }

    public void subscribePortIns() throws Exception {
        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(callbacks.urlFor("portins"));
        callback.setUser(callbacks.username());
        callback.setExpiry(String.valueOf(callbacks.expiry()));
        Subscription subscription = new Subscription();
        subscription.setOrderType("portins");
        subscription.setCallbackSubscription(callback);
        Subscription.create(client, subscription);
    }
}
