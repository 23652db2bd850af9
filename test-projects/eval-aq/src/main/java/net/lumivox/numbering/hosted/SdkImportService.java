package net.lumivox.numbering.hosted;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisPath;
import com.bandwidth.iris.sdk.IrisResponse;
import com.bandwidth.iris.sdk.model.FileListResponse;
import com.bandwidth.iris.sdk.model.ImportTnChecker;
import com.bandwidth.iris.sdk.model.ImportTnCheckerPayload;
import com.bandwidth.iris.sdk.model.ImportTnCheckerResponse;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrders;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderResponse;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrders;
import com.bandwidth.iris.sdk.model.TelephoneNumber;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hosted messaging orders through the Iris SDK.
 */
public class SdkImportService {

    private final IrisClient client;

    public SdkImportService(IrisClient client) {
        this.client = client;
    }

    public String importForMessaging(String customerOrderId, int siteId, int sipPeerId, List<String> tns) throws Exception {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(siteId);
        order.setSipPeer(sipPeerId);
        order.setLoaAuthorizingPerson("Lumivox Provisioning");
        order.setTelephoneNumberList(tns.stream().map(SdkImportService::telephoneNumber).toList());
        ImportTnOrdersResponse response = ImportTnOrder.Create(client, order);
        return response.getImportTnOrder().getOrderId();
    }

    /** Sales demo number, re-imported after every sandbox reset. */
    public String importDemoNumber() throws Exception {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId("SALES-DEMO");
        order.setSiteId(3124);
        order.setSipPeer(518802);
        order.setTelephoneNumberList(List.of(telephoneNumber("9195550176")));
        return ImportTnOrder.Create(client, order).getImportTnOrder().getOrderId();
    }

    public ImportTnOrders recentImports() throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("createdDateFrom", LocalDate.now().minusDays(7).toString());
        return ImportTnOrder.List(client, query);
    }

    public ImportTnOrder importOrder(String orderId) throws Exception {
        return ImportTnOrder.Get(client, orderId);
    }

    public OrderHistoryWrapper importHistory(String orderId) throws Exception {
        return ImportTnOrder.GetHistory(client, orderId);
    }

    public FileListResponse importLoas(String orderId) throws Exception {
        return ImportTnOrder.GetLoas(client, orderId);
    }

    public String removeFromMessaging(String customerOrderId, List<String> tns) throws Exception {
        RemoveImportedTnOrder order = new RemoveImportedTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setTelephoneNumberList(tns.stream().map(SdkImportService::telephoneNumber).toList());
        RemoveImportedTnOrderResponse response = RemoveImportedTnOrder.Create(client, order);
        return response.getRemoveImportedTnOrder().getOrderId();
    }

    public RemoveImportedTnOrders recentRemovals() throws Exception {
        return RemoveImportedTnOrder.List(client, Map.of("createdDateFrom", LocalDate.now().minusDays(7).toString()));
    }

    public RemoveImportedTnOrder removal(String orderId) throws Exception {
        return com.bandwidth.iris.sdk.model.RemoveImportedTnOrder.Get(client, orderId);
    }

    public OrderHistoryWrapper removalHistory(String orderId) throws Exception {
        return RemoveImportedTnOrder.GetHistory(client, orderId);
    }

    public ImportTnCheckerResponse checkImportable(List<String> tns) throws Exception {
        ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
        payload.setTelephoneNumberList(tns);
        return ImportTnChecker.Check(client, payload);
    }

    /** History through a raw request, for the support tooling that dumps the XML. */
    public String rawImportHistory(String orderId) throws Exception {
        String uri = client.buildAccountModelUri(new String[]{"importTnOrders", orderId, "history"});
        return client.get(uri).getResponseBody();
    }

    public String rawRemovalStatus(String orderId) throws Exception {
        String uri = client.buildAccountModelUri(new String[]{IrisPath.REMOVE_IMPORTED_TN_ORDERS, orderId});
        return client.get(uri).getResponseBody();
    }

    /** Posts to the messaging collection directly, which the SDK has no method for. */
    public IrisResponse importViaMessagingCollection(ImportTnOrder order) throws Exception {
        String uri = client.buildAccountModelUri(new String[]{IrisPath.IMPORT_TN_ORDERS, "messaging"});
        return client.post(uri, order);
    }

    private static TelephoneNumber telephoneNumber(String fullNumber) {
        TelephoneNumber tn = new TelephoneNumber();
        tn.setFullNumber(fullNumber);
        return tn;
    }
}
