package net.pinecrest.numbertool.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisPath;
import com.bandwidth.iris.sdk.IrisResponse;
import com.bandwidth.iris.sdk.model.ImportTnChecker;
import com.bandwidth.iris.sdk.model.ImportTnCheckerPayload;
import com.bandwidth.iris.sdk.model.ImportTnCheckerResponse;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrderSummary;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.Subscriber;
import com.bandwidth.iris.sdk.model.TelephoneNumber;

import java.io.File;
import java.util.List;
import java.util.Map;

/**
 * Hosted messaging on numbers that keep their voice service on our own switch: the numbers are
 * "imported" into the Dashboard for SMS only.
 */
public class IrisImportService {

    private final IrisClient client;
    private final int siteId;
    private final int sipPeerId;

    public IrisImportService(IrisClient client, String siteId, String sipPeerId) {
        this.client = client;
        this.siteId = Integer.parseInt(siteId);
        this.sipPeerId = Integer.parseInt(sipPeerId);
    }

    public ImportTnCheckerResponse check(List<String> tns) throws Exception {
        ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
        payload.setTelephoneNumberList(List.copyOf(tns));
        return ImportTnChecker.Check(client, payload);
    }

    public String importForMessaging(List<String> tns, String customerOrderId, String loaPerson,
                                     Subscriber subscriber) throws Exception {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(siteId);
        order.setSipPeer(sipPeerId);
        order.setLoaAuthorizingPerson(loaPerson);
        order.setSubscriber(subscriber);
        order.setTelephoneNumberList(tns.stream().map(IrisImportService::number).toList());

        ImportTnOrdersResponse response = ImportTnOrder.Create(client, order);
        return response.getImportTnOrder().getOrderId();
    }

    public String status(String orderId) throws Exception {
        return ImportTnOrder.Get(client, orderId).getProcessingStatus();
    }

    public OrderHistoryWrapper history(String orderId) throws Exception {
        return ImportTnOrder.GetHistory(client, orderId);
    }

    public List<ImportTnOrderSummary> openOrders() throws Exception {
        Map<String, Object> query = Map.of("status", "PROCESSING");
        return ImportTnOrder.List(client, query).getImportTnOrderSummaryList();
    }

    public void attachLoa(String orderId, File pdf) throws Exception {
        ImportTnOrder.UploadLoasFile(client, orderId, pdf, "application/pdf");
    }

    public String removeFromMessaging(List<String> tns, String customerOrderId) throws Exception {
        RemoveImportedTnOrder removal = new RemoveImportedTnOrder();
        removal.setCustomerOrderId(customerOrderId);
        removal.setTelephoneNumberList(tns.stream().map(IrisImportService::number).toList());
        return RemoveImportedTnOrder.Create(client, removal).getRemoveImportedTnOrder().getOrderId();
    }

    public String removalStatus(String orderId) throws Exception {
        return RemoveImportedTnOrder.Get(client, orderId).getProcessingStatus();
    }

    /** The SDK model drops the file names; the audit wants them verbatim. */
    public String loaListing(String orderId) throws Exception {
        IrisResponse response = client.get(client.buildAccountModelUri(new String[] {"importTnOrders", orderId, "loas"}));
        return response.getResponseBody();
    }

    public String rawListing() throws Exception {
        return client.get(client.buildAccountModelUri(new String[] {IrisPath.IMPORT_TN_ORDERS})).getResponseBody();
    }

    private static TelephoneNumber number(String tn) {
        TelephoneNumber t = new TelephoneNumber();
        t.setFullNumber(tn);
        return t;
    }
}
