package net.tidewaterconnect.numbering.sdk;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.bandwidth.iris.sdk.IrisClient;
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
import org.springframework.stereotype.Service;

/** Hosted messaging orders through the SDK, used by the bulk onboarding tool. */
@Service
public class HostedMessagingSdkService {

    private final IrisClient client;

    public HostedMessagingSdkService(IrisClient client) {
        this.client = client;
    }

    public ImportTnCheckerResponse check(List<String> telephoneNumbers) throws Exception {
        ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
        payload.setTelephoneNumberList(telephoneNumbers);
        return ImportTnChecker.Check(client, payload);
    }

    public String importNumbers(String customerOrderId, Subscriber subscriber, String loaPerson,
            List<String> telephoneNumbers, File loa) throws Exception {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(3101);
        order.setSipPeer(552190);
        order.setSubscriber(subscriber);
        order.setLoaAuthorizingPerson(loaPerson);
        order.setTelephoneNumberList(toModel(telephoneNumbers));
        ImportTnOrdersResponse response = ImportTnOrder.Create(client, order);
        String orderId = response.getImportTnOrder().getOrderId();
        ImportTnOrder.UploadLoasFile(client, orderId, loa, "application/pdf");
        return orderId;
    }

    public ImportTnOrder get(String orderId) throws Exception {
        return ImportTnOrder.Get(client, orderId);
    }

    public OrderHistoryWrapper history(String orderId) throws Exception {
        return ImportTnOrder.GetHistory(client, orderId);
    }

    public ImportTnOrders pending() throws Exception {
        return ImportTnOrder.List(client, Map.of("status", "PROCESSING"));
    }

    public String remove(String customerOrderId, List<String> telephoneNumbers) throws Exception {
        RemoveImportedTnOrder removal = new RemoveImportedTnOrder();
        removal.setCustomerOrderId(customerOrderId);
        removal.setTelephoneNumberList(toModel(telephoneNumbers));
        RemoveImportedTnOrderResponse response = RemoveImportedTnOrder.Create(client, removal);
        return response.toString();
    }

    public RemoveImportedTnOrders removals() throws Exception {
        return RemoveImportedTnOrder.List(client, Map.of("page", 1, "size", 50));
    }

    public OrderHistoryWrapper removalHistory(String orderId) throws Exception {
        return RemoveImportedTnOrder.GetHistory(client, orderId);
    }

    /** LOA files attached to an import, read through the raw client because the SDK model drops the names. */
    public String loaFileNames(String orderId) throws Exception {
        String uri = client.buildAccountModelUri(new String[] {"importTnOrders", orderId, "loas"});
        return client.get(uri).getResponseBody();
    }

    private static List<TelephoneNumber> toModel(List<String> telephoneNumbers) {
        List<TelephoneNumber> list = new ArrayList<>();
        for (String tn : telephoneNumbers) {
            TelephoneNumber model = new TelephoneNumber();
            model.setFullNumber(tn);
            list.add(model);
        }
        return list;
    }
}
