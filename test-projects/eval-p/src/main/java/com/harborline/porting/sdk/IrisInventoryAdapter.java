package com.harborline.porting.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.Subscription;
import com.bandwidth.iris.sdk.model.TNss;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptions;
import com.bandwidth.iris.sdk.model.Tns;
import com.harborline.porting.config.DashboardProperties;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of the service that still go through the Iris SDK.
 */
@Singleton
public class IrisInventoryAdapter {

    static final String HEALTHCHECK_TN = "9193361500";

    private final IrisClient client;
    private final DashboardProperties props;

    public IrisInventoryAdapter(@Named("default") IrisClient client, DashboardProperties props) {
        this.client = client;
        this.props = props;
    }

    public List<?> searchAvailable(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        query.put("enableTNDetail", true);
        return AvailableNumbers.search(client, query);
    }

    public TNss inservice(String areaCode) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("countryCodeA3", props.getCountryCode());
        query.put("areaCode", areaCode);
        return InserviceNumber.list(client, query);
    }

    public Object npaNxx(int npa) throws Exception {
        return AvailableNpaNxx.list(client, Map.of("areaCode", String.valueOf(npa), "quantity", 10));
    }

    public TelephoneNumberDetails healthcheck() throws Exception {
        return Tns.getTnDetails(client, HEALTHCHECK_TN);
    }

    public OrderResponse orderExisting(List<String> numbers) throws Exception {
        ExistingTelephoneNumberOrderType type = new ExistingTelephoneNumberOrderType();
        type.setTelephoneNumberList(numbers);
        Order order = new Order();
        order.setSiteId(props.getSiteId());
        order.setExistingTelephoneNumberOrderType(type);
        return Order.create(client, order);
    }

    public OrderResponse reserveLabLine() throws Exception {
        ExistingTelephoneNumberOrderType type = new ExistingTelephoneNumberOrderType();
        type.setTelephoneNumberList(List.of("8043350127"));
        Order order = new Order();
        order.setSiteId(props.getSiteId());
        order.setName("lab line");
        order.setExistingTelephoneNumberOrderType(type);
        return Order.create(client, order);
    }

    public ImportTnOrdersResponse importForMessaging(String customerOrderId, List<String> numbers) throws Exception {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(Integer.parseInt(props.getSiteId()));
        order.setTelephoneNumberList(toModel(numbers));
        return ImportTnOrder.Create(client, order);
    }

    public Object importHistory(String orderId) throws Exception {
        return ImportTnOrder.GetHistory(client, orderId);
    }

    public Object releaseImported(String customerOrderId, List<String> numbers) throws Exception {
        RemoveImportedTnOrder order = new RemoveImportedTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setTelephoneNumberList(toModel(numbers));
        return RemoveImportedTnOrder.Create(client, order);
    }

    public Object pendingRemovals() throws Exception {
        return RemoveImportedTnOrder.List(client, Map.of("status", "PROCESSING"));
    }

    public Object enableSms(List<String> e164Numbers) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms("on");
        group.setTelephoneNumbers(e164Numbers);
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId("HBL-SMS-ON");
        order.setTnOptionGroups(List.of(group));
        return TnOptions.create(client, order);
    }

    public Subscription subscribeOrders() throws Exception {
        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(props.getCallbackUrl());
        callback.setExpiry("3122064000");
        Subscription subscription = new Subscription();
        subscription.setOrderType("orders");
        subscription.setCallbackSubscription(callback);
        return Subscription.create(client, subscription);
    }

    private static List<TelephoneNumber> toModel(List<String> numbers) {
        List<TelephoneNumber> result = new ArrayList<>();
        for (String tn : numbers) {
            TelephoneNumber model = new TelephoneNumber();
            model.setFullNumber(tn);
            result.add(model);
        }
        return result;
    }
}
