package net.prairiewave.numbering.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ImportTnChecker;
import com.bandwidth.iris.sdk.model.ImportTnCheckerPayload;
import com.bandwidth.iris.sdk.model.ImportTnCheckerResponse;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrderSummary;
import com.bandwidth.iris.sdk.model.ImportTnOrders;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderResponse;
import com.bandwidth.iris.sdk.model.Subscriber;
import com.bandwidth.iris.sdk.model.TelephoneNumber;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hosted-messaging imports placed from the self-service portal through the SDK
 * (the wholesale team uses {@code messaging.HostedMessagingService} instead).
 */
public class SdkImportService {

    private final IrisClient client;
    private final int siteId;
    private final int sipPeerId;

    public SdkImportService(IrisClient client, int siteId, int sipPeerId) {
        this.client = client;
        this.siteId = siteId;
        this.sipPeerId = sipPeerId;
    }

    public ImportTnCheckerResponse check(List<String> tns) throws Exception {
        ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
        payload.setTelephoneNumberList(tns);
        return ImportTnChecker.Check(client, payload);
    }

    public String importNumbers(String customerOrderId, String businessName, List<String> tns) throws Exception {
        Subscriber subscriber = new Subscriber();
        subscriber.setName(businessName);
        subscriber.setSubscriberType("BUSINESS");

        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(siteId);
        order.setSipPeer(sipPeerId);
        order.setSubscriber(subscriber);
        order.setLoaAuthorizingPerson(businessName);
        order.setTelephoneNumberList(toModel(tns));
        ImportTnOrdersResponse response = ImportTnOrder.Create(client, order);
        return response.getImportTnOrder().getOrderId();
    }

    public String status(String orderId) throws Exception {
        return ImportTnOrder.Get(client, orderId).getProcessingStatus();
    }

    public OrderHistoryWrapper history(String orderId) throws Exception {
        return ImportTnOrder.GetHistory(client, orderId);
    }

    public List<String> failedImports() throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("status", "FAILED");
        ImportTnOrders orders = ImportTnOrder.List(client, query);
        List<String> ids = new ArrayList<>();
        for (ImportTnOrderSummary s : orders.getImportTnOrderSummaryList()) {
            ids.add(s.getOrderId());
        }
        return ids;
    }

    public String remove(String customerOrderId, List<String> tns) throws Exception {
        RemoveImportedTnOrder order = new RemoveImportedTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setTelephoneNumberList(toModel(tns));
        RemoveImportedTnOrderResponse response = RemoveImportedTnOrder.Create(client, order);
        return response.getRemoveImportedTnOrder().getOrderId();
    }

    public String removalStatus(String orderId) throws Exception {
        return RemoveImportedTnOrder.Get(client, orderId).getProcessingStatus();
    }

    /** Pilot route for NUM-401: posts the same body to the v2 messaging collection by hand. */
    public String importNumbersV2(ImportTnOrder order) throws Exception {
        String uri = client.buildAccountModelUri(new String[]{"importTnOrders", "messaging"});
        return client.post(uri, order).getResponseBody();
    }

    /** Older hand-rolled route kept for the bulk importer: same collection the SDK uses. */
    public String importNumbersRaw(ImportTnOrder order) throws Exception {
        String uri = client.buildAccountModelUri(new String[]{"importTnOrders"});
        return client.post(uri, order).getResponseBody();
    }

    private static List<TelephoneNumber> toModel(List<String> tns) {
        List<TelephoneNumber> list = new ArrayList<>();
        for (String tn : tns) {
            TelephoneNumber t = new TelephoneNumber();
            t.setFullNumber(tn);
            list.add(t);
        }
        return list;
    }
}
