package net.kestrelwave.numops.sdk;

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
import com.bandwidth.iris.sdk.model.Subscriber;
import com.bandwidth.iris.sdk.model.TelephoneNumber;

import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Hosted messaging (numbers whose voice stays with another carrier) through the Iris SDK. */
public class SdkHostedMessagingService {

    private final IrisClient client;

    public SdkHostedMessagingService(IrisClient client) {
        this.client = client;
    }

    public ImportTnCheckerResponse check(List<String> numbers) throws Exception {
        ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
        payload.setTelephoneNumberList(numbers);
        return ImportTnChecker.Check(client, payload);
    }

    public ImportTnOrdersResponse importNumbers(String customerOrderId, int siteId, int sipPeerId, String loaPerson,
                                                Subscriber subscriber, List<String> numbers) throws Exception {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(siteId);
        order.setSipPeer(sipPeerId);
        order.setLoaAuthorizingPerson(loaPerson);
        order.setSubscriber(subscriber);
        order.setTelephoneNumberList(toModel(numbers));
        return ImportTnOrder.Create(client, order);
    }

    public ImportTnOrders recentImports(String status) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("status", status);
        return ImportTnOrder.List(client, query);
    }

    public ImportTnOrder importOrder(String orderId) throws Exception {
        return ImportTnOrder.Get(client, orderId);
    }

    public OrderHistoryWrapper importHistory(String orderId) throws Exception {
        return ImportTnOrder.GetHistory(client, orderId);
    }

    public void attachLoa(String orderId, File pdf) throws Exception {
        ImportTnOrder.UploadLoasFile(client, orderId, pdf, "application/pdf");
    }

    public FileListResponse loas(String orderId) throws Exception {
        return ImportTnOrder.GetLoas(client, orderId);
    }

    public RemoveImportedTnOrderResponse removeNumbers(String customerOrderId, List<String> numbers) throws Exception {
        RemoveImportedTnOrder removal = new RemoveImportedTnOrder();
        removal.setCustomerOrderId(customerOrderId);
        removal.setTelephoneNumberList(toModel(numbers));
        return RemoveImportedTnOrder.Create(client, removal);
    }

    public RemoveImportedTnOrders recentRemovals() throws Exception {
        return RemoveImportedTnOrder.List(client, Map.of());
    }

    public OrderHistoryWrapper removalHistory(String orderId) throws Exception {
        return RemoveImportedTnOrder.GetHistory(client, orderId);
    }

    /** Spike for NUM-412: the messaging route has no SDK method, so post the model ourselves. */
    public IrisResponse importViaMessagingRoute(ImportTnOrder order) throws Exception {
        String uri = client.buildAccountModelUri(new String[]{IrisPath.IMPORT_TN_ORDERS, "messaging"});
        return client.post(uri, order);
    }

    private static List<TelephoneNumber> toModel(List<String> numbers) {
        List<TelephoneNumber> out = new ArrayList<>();
        for (String n : numbers) {
            TelephoneNumber tn = new TelephoneNumber();
            tn.setFullNumber(n);
            out.add(tn);
        }
        return out;
    }
}
