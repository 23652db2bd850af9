package com.acme.porting.iris;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderResponse;
import com.bandwidth.iris.sdk.model.Subscription;
import com.bandwidth.iris.sdk.model.TNss;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.Tns;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Searches, orders, imports and releases numbers through the Iris Java SDK. */
public class NumberPortingService {
    private final IrisClient client;

    public NumberPortingService(String accountId, String user, String password) {
        this(IrisClients.production(accountId, user, password));
    }

    public NumberPortingService(IrisClient client) {
        this.client = client;
    }

    IrisClient client() {
        return client;
    }

    public List<?> searchLocal(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("countryCodeA3", "USA");
        query.put("enableTNDetail", true);
        query.put("quantity", quantity);
        return AvailableNumbers.search(client, query);
    }

    /** Area codes (NPA) of the numbers a search returned. */
    public List<String> npasOf(List<String> searchResult) {
        List<String> npas = new ArrayList<>();
        for (String tn : searchResult) {
            npas.add(tn.substring(0, 3));
        }
        return npas;
    }

    public TNss inService(String areaCode) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("countryCodeA3", "USA");
        query.put("size", 500);
        return InserviceNumber.list(client, query);
    }

    public OrderResponse orderBranchNumbers(String siteId) throws Exception {
        Order order = new Order();
        order.setSiteId(siteId);
        order.setCustomerOrderId("branch-7");
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(Arrays.asList("+19195551212", "+19195551213"));
        order.setExistingTelephoneNumberOrderType(existing);
        return Order.create(client, order);
    }

    public TelephoneNumberDetails mainLineDetails() throws Exception {
        return Tns.getTnDetails(client, "+19195551212");
    }

    public ImportTnOrdersResponse importForMessaging(List<String> tns, int siteId, int sipPeerId) throws Exception {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId("hosted-sms");
        order.setSiteId(siteId);
        order.setSipPeer(sipPeerId);
        order.setTelephoneNumberList(toModel(tns));
        return ImportTnOrder.Create(client, order);
    }

    public RemoveImportedTnOrderResponse releaseImported(List<String> tns) throws Exception {
        RemoveImportedTnOrder order = new RemoveImportedTnOrder();
        order.setCustomerOrderId("hosted-sms-release");
        order.setTelephoneNumberList(toModel(tns));
        return RemoveImportedTnOrder.Create(client, order);
    }

    public Subscription subscribeToOrders(String callbackUrl) throws Exception {
        Subscription subscription = new Subscription();
        subscription.setOrderType("orders");
        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(callbackUrl);
        callback.setExpiry("3153600000");
        subscription.setCallbackSubscription(callback);
        return Subscription.create(client, subscription);
    }

    private static List<TelephoneNumber> toModel(List<String> tns) {
        List<TelephoneNumber> out = new ArrayList<>();
        for (String tn : tns) {
            TelephoneNumber t = new TelephoneNumber();
            t.setFullNumber(tn);
            out.add(t);
        }
        return out;
    }
}
