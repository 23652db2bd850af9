package com.kestrelvoice.numlife.dashboard;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisPath;
import com.bandwidth.iris.sdk.IrisResponse;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.ImportTnChecker;
import com.bandwidth.iris.sdk.model.ImportTnCheckerPayload;
import com.bandwidth.iris.sdk.model.ImportTnCheckerResponse;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrders;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderResponse;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrders;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import com.bandwidth.iris.sdk.model.Subscriber;
import com.bandwidth.iris.sdk.model.Subscription;
import com.bandwidth.iris.sdk.model.TNss;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptionOrderResponse;
import com.bandwidth.iris.sdk.model.TnOptions;
import com.bandwidth.iris.sdk.model.Tns;
import com.kestrelvoice.numlife.config.DashboardProperties;
import java.io.File;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Component;

/**
 * Everything that goes through the Bandwidth Iris SDK rather than our own RestClient calls.
 */
@Slf4j
@Component
@RequiredArgsConstructor
public class IrisSdkGateway {

    /** Our main number; its details are fetched as a cheap health check of the credentials. */
    static final String HEALTHCHECK_TN = "9194240100";

    private final IrisClient client;
    private final DashboardProperties properties;

    public boolean healthy() {
        try {
            TelephoneNumberDetails details = Tns.getTnDetails(client, HEALTHCHECK_TN);
            return "Inservice".equalsIgnoreCase(details.getStatus());
        } catch (Exception e) {
            log.warn("Dashboard health check failed", e);
            return false;
        }
    }

    public List<?> searchAvailable(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        query.put("enableTNDetail", true);
        return AvailableNumbers.search(client, query);
    }

    public List<?> search(NumberSearchRequest request) throws Exception {
        return AvailableNumbers.search(client, request.toQuery());
    }

    public List<?> searchInCountry(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("countryCodeA3", properties.getDefaults().getCountryCodeA3());
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        return AvailableNumbers.search(client, query);
    }

    public List<?> searchByZip(String zip) throws Exception {
        return AvailableNumbers.search(client, Map.of("zip", zip, "quantity", 5));
    }

    public List<String> inservice(String areaCode) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areacode", areaCode);
        query.put("size", 1000);
        TNss tns = InserviceNumber.list(client, query);
        return tns.getTelephoneNumbers();
    }

    public Map<String, Integer> npaNxxCapacity(String areaCode) throws Exception {
        List<AvailableNpaNxx> rows = AvailableNpaNxx.list(client, Map.of("areaCode", areaCode, "quantity", 5));
        Map<String, Integer> capacity = new LinkedHashMap<>();
        for (AvailableNpaNxx row : rows) {
            int npa = Integer.parseInt(row.getNpa());
            capacity.merge(npa + "-" + row.getNxx(), row.getQuantity(), Integer::sum);
        }
        return capacity;
    }

    public OrderResponse orderExisting(String customerOrderId, List<String> tns) throws Exception {
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(tns);
        Order order = new Order();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(properties.getDefaults().getSiteId());
        order.setPeerId(properties.getDefaults().getSipPeerId());
        order.setExistingTelephoneNumberOrderType(existing);
        return Order.create(client, order);
    }

    public List<String> completedNumbers(OrderResponse response) {
        return response.getTelephoneNumbers().stream()
                .map(TelephoneNumber::getFullNumber)
                .filter(tn -> tn != null && tn.matches("[0-9]{10}"))
                .toList();
    }

    public String importHosted(String customerOrderId, Subscriber subscriber, List<String> tns) throws Exception {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(Integer.parseInt(properties.getDefaults().getSiteId()));
        order.setSipPeer(Integer.parseInt(properties.getDefaults().getSipPeerId()));
        order.setSubscriber(subscriber);
        order.setLoaAuthorizingPerson(subscriber.getName());
        order.setTelephoneNumberList(tns.stream().map(IrisSdkGateway::telephoneNumber).toList());
        ImportTnOrdersResponse response = ImportTnOrder.Create(client, order);
        return response.getImportTnOrder().getOrderId();
    }

    public ImportTnOrders listImports(String status) throws Exception {
        return ImportTnOrder.List(client, Map.of("status", status));
    }

    public ImportTnOrder importOrder(String orderId) throws Exception {
        return ImportTnOrder.Get(client, orderId);
    }

    public OrderHistoryWrapper importHistory(String orderId) throws Exception {
        return ImportTnOrder.GetHistory(client, orderId);
    }

    public void uploadLoa(String orderId, File loa) throws Exception {
        ImportTnOrder.UploadLoasFile(client, orderId, loa, "application/pdf");
    }

    public String removeHosted(String customerOrderId, List<String> tns) throws Exception {
        RemoveImportedTnOrder order = new RemoveImportedTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setTelephoneNumberList(tns.stream().map(IrisSdkGateway::telephoneNumber).toList());
        RemoveImportedTnOrderResponse response = RemoveImportedTnOrder.Create(client, order);
        return response.getRemoveImportedTnOrder().getOrderId();
    }

    public RemoveImportedTnOrders listRemovals() throws Exception {
        return RemoveImportedTnOrder.List(client, new HashMap<>());
    }

    public RemoveImportedTnOrder removal(String orderId) throws Exception {
        return RemoveImportedTnOrder.Get(client, orderId);
    }

    public OrderHistoryWrapper removalHistory(String orderId) throws Exception {
        return RemoveImportedTnOrder.GetHistory(client, orderId);
    }

    public ImportTnCheckerResponse checkImportable(List<String> tns) throws Exception {
        ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
        payload.setTelephoneNumberList(tns);
        return ImportTnChecker.Check(client, payload);
    }

    public TnOptionOrderResponse setSms(String customerOrderId, List<String> tns, boolean enabled) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms(enabled ? "on" : "off");
        group.setTelephoneNumbers(tns);
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setTnOptionGroups(List.of(group));
        return TnOptions.create(client, order);
    }

    public IrisResponse importNotes(String orderId) throws Exception {
        return client.get(client.buildAccountModelUri(new String[] {"importTnOrders", orderId, "notes"}));
    }

    public IrisResponse importLoas(String orderId) throws Exception {
        return client.get(client.buildAccountModelUri(new String[] {IrisPath.IMPORT_TN_ORDERS, orderId, IrisPath.LOAS}));
    }

    public IrisResponse hostedMessagingOrder(String orderId) throws Exception {
        return client.get(client.buildAccountModelUri(new String[] {"importTnOrders", "messaging", orderId}));
    }

    public IrisResponse e911Addresses() throws Exception {
        return client.get(client.buildAccountModelUri(new String[] {"addresses"}));
    }

    public void forwardCalls(String tn, String forwardTo) throws Exception {
        SipPeer peer = SipPeer.get(client, properties.getDefaults().getSiteId(), properties.getDefaults().getSipPeerId());
        SipPeerTelephoneNumber number = new SipPeerTelephoneNumber();
        number.setFullNumber(tn);
        number.setCallForward(forwardTo);
        peer.updateTn(number);
    }

    public Subscription subscribe(String orderType) throws Exception {
        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(properties.getCallbacks().getPublicUrl());
        callback.setExpiry(Long.toString(properties.getCallbacks().getExpiry()));
        Subscription subscription = new Subscription();
        subscription.setOrderType(orderType);
        subscription.setCallbackSubscription(callback);
        return Subscription.create(client, subscription);
    }

    private static TelephoneNumber telephoneNumber(String tn) {
        TelephoneNumber number = new TelephoneNumber();
        number.setFullNumber(tn);
        return number;
    }
}
