package net.kestrelridge.provisioning.legacy;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.OrderHistory;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.ServiceAddress;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import com.bandwidth.iris.sdk.model.Subscriber;
import com.bandwidth.iris.sdk.model.Subscription;
import com.bandwidth.iris.sdk.model.TNss;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptions;
import com.bandwidth.iris.sdk.model.Tns;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.kestrelridge.provisioning.config.DashboardSettings;
import net.kestrelridge.provisioning.events.OrderEvent;

/**
 * The porting team's adapter over the Iris SDK (1.12). New code talks to the Dashboard through
 * the raw HTTP clients in {@code dashboard}; this class is kept for subscriber LOA imports and the
 * porting desk's look-ups.
 */
@Singleton
public class IrisSdkAdapter {

    private final IrisClient client;
    private final DashboardSettings settings;

    @Inject
    public IrisSdkAdapter(IrisClient client, DashboardSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /** Hosted-messaging import with a subscriber address; returns the Dashboard order id. */
    public String importWithSubscriber(OrderEvent event) {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(event.customerOrderId());
        order.setSiteId(settings.siteId());
        order.setSipPeer(settings.sipPeerId());
        order.setLoaAuthorizingPerson(event.loaAuthorizingPerson());
        order.setSubscriber(subscriberOf(event));
        List<TelephoneNumber> numbers = new ArrayList<>();
        for (String tn : event.telephoneNumbersOrEmpty()) {
            TelephoneNumber number = new TelephoneNumber();
            number.setFullNumber(tn);
            numbers.add(number);
        }
        order.setTelephoneNumberList(numbers);
        ImportTnOrdersResponse response = call("ImportTnOrder.Create", () -> ImportTnOrder.Create(client, order));
        return response.getImportTnOrder().getOrderId();
    }

    public String importStatus(String orderId) {
        return call("ImportTnOrder.Get", () -> ImportTnOrder.Get(client, orderId)).getProcessingStatus();
    }

    public List<String> importHistory(String orderId) {
        OrderHistoryWrapper history = call("ImportTnOrder.GetHistory", () -> ImportTnOrder.GetHistory(client, orderId));
        List<String> lines = new ArrayList<>();
        for (OrderHistory h : history.getOrderHistoryList()) {
            lines.add(h.getOrderDate() + " " + h.getStatus() + " " + h.getNote());
        }
        return lines;
    }

    public int openImports() {
        Map<String, Object> query = new HashMap<>();
        query.put("status", "PROCESSING");
        return call("ImportTnOrder.List", () -> ImportTnOrder.List(client, query)).getTotalCount();
    }

    public String removeImported(String customerOrderId, List<String> tns) {
        RemoveImportedTnOrder removal = new RemoveImportedTnOrder();
        removal.setCustomerOrderId(customerOrderId);
        List<TelephoneNumber> numbers = new ArrayList<>();
        for (String tn : tns) {
            TelephoneNumber number = new TelephoneNumber();
            number.setFullNumber(tn);
            numbers.add(number);
        }
        removal.setTelephoneNumberList(numbers);
        return call("RemoveImportedTnOrder.Create", () -> RemoveImportedTnOrder.Create(client, removal))
                .getRemoveImportedTnOrder().getOrderId();
    }

    public List<String> removalHistory(String orderId) {
        OrderHistoryWrapper history = call("RemoveImportedTnOrder.GetHistory",
                () -> RemoveImportedTnOrder.GetHistory(client, orderId));
        return history.getOrderHistoryList().stream().map(OrderHistory::getStatus).toList();
    }

    /** Availability check for the porting desk. */
    public List<?> available(String areaCode, int quantity) {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("enableTNDetail", true);
        query.put("quantity", quantity);
        return call("AvailableNumbers.search", () -> AvailableNumbers.search(client, query));
    }

    /** NPA-NXX blocks with stock, as numbers the desk can sort on. */
    public List<Integer> npaNxxBlocks(String areaCode) {
        List<AvailableNpaNxx> blocks = call("AvailableNpaNxx.list",
                () -> AvailableNpaNxx.list(client, Map.of("areaCode", areaCode, "quantity", 10)));
        List<Integer> result = new ArrayList<>();
        for (AvailableNpaNxx block : blocks) {
            int npa = Integer.parseInt(block.getNpa());
            result.add(npa * 1000 + Integer.parseInt(block.getNxx()));
        }
        return result;
    }

    public List<String> inService(String areaCode) {
        Map<String, Object> query = new HashMap<>();
        query.put("areacode", areaCode);
        query.put("page", 1);
        query.put("size", 500);
        TNss tnss = call("InserviceNumber.list", () -> InserviceNumber.list(client, query));
        List<String> result = new ArrayList<>();
        for (String tn : tnss.getTelephoneNumbers()) {
            if (tn.length() == 10) {
                result.add(tn);
            }
        }
        return result;
    }

    public String tnStatus(String tn) {
        return call("Tns.getTnDetails", () -> Tns.getTnDetails(client, tn)).getStatus();
    }

    /** Callback subscription for import orders (the SDK model has no NumberFormat element). */
    public String subscribeImportCallbacks(String url) {
        Subscription subscription = new Subscription();
        subscription.setOrderType("importtnorders");
        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(url);
        callback.setExpiry("3122064000");
        subscription.setCallbackSubscription(callback);
        return call("Subscription.create", () -> Subscription.create(client, subscription)).getSubscriptionId();
    }

    /** Call forwarding only; SMS goes through TN option orders below. */
    public void forwardCalls(String tn, String destination) {
        call("SipPeer.updateTn", () -> {
            SipPeer peer = SipPeer.get(client, Integer.toString(settings.siteId()), Integer.toString(settings.sipPeerId()));
            SipPeerTelephoneNumber number = new SipPeerTelephoneNumber();
            number.setFullNumber(tn);
            number.setCallForward(destination);
            peer.updateTn(number);
            return null;
        });
    }

    public String enableSms(String customerOrderId, List<String> e164Numbers) {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms("on");
        group.setTelephoneNumbers(e164Numbers);
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setTnOptionGroups(List.of(group));
        return call("TnOptions.create", () -> TnOptions.create(client, order)).getTnOptionOrder().getOrderId();
    }

    private Subscriber subscriberOf(OrderEvent event) {
        Subscriber subscriber = new Subscriber();
        subscriber.setSubscriberType("BUSINESS");
        subscriber.setBusinessName(event.loaAuthorizingPerson());
        OrderEvent.ServiceAddress in = event.serviceAddress();
        if (in != null) {
            ServiceAddress address = new ServiceAddress();
            address.setHouseNumber(in.houseNumber());
            address.setStreetName(in.streetName());
            address.setCity(in.city());
            address.setStateCode(in.stateCode());
            address.setZip(in.zip());
            subscriber.setServiceAddress(address);
        }
        return subscriber;
    }

    private static <T> T call(String operation, Callable<T> sdkCall) {
        try {
            return sdkCall.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new AdapterException(operation, e);
        }
    }

    /** Unchecked wrapper for the SDK's {@code throws Exception} signatures. */
    public static class AdapterException extends RuntimeException {

        public AdapterException(String operation, Exception cause) {
            super("Iris SDK call failed: " + operation, cause);
        }
    }
}
