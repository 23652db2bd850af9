package com.tallgrassvoice.portwell.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ImportTnChecker;
import com.bandwidth.iris.sdk.model.ImportTnCheckerPayload;
import com.bandwidth.iris.sdk.model.ImportTnCheckerResponse;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrders;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.OrderHistory;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderResponse;
import com.bandwidth.iris.sdk.model.Subscriber;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hosted messaging: numbers whose voice stays with another carrier but whose SMS we serve.
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

    private static List<TelephoneNumber> toModel(List<String> tns) {
        List<TelephoneNumber> list = new ArrayList<>();
        for (String tn : tns) {
            TelephoneNumber t = new TelephoneNumber();
            t.setFullNumber(tn);
            list.add(t);
        }
        return list;
    }

    public String importNumbers(String customerOrderId, List<String> tns, Subscriber subscriber,
                                String loaPerson) throws Exception {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(siteId);
        order.setSipPeer(sipPeerId);
        order.setSubscriber(subscriber);
        order.setLoaAuthorizingPerson(loaPerson);
        order.setTelephoneNumberList(toModel(tns));
        ImportTnOrdersResponse response = ImportTnOrder.Create(client, order);
        return response.getImportTnOrder().getOrderId();
    }

    public String status(String orderId) throws Exception {
        ImportTnOrder order = ImportTnOrder.Get(client, orderId);
        return order.getProcessingStatus();
    }

    public List<String> history(String orderId) throws Exception {
        OrderHistoryWrapper wrapper = ImportTnOrder.GetHistory(client, orderId);
        List<String> lines = new ArrayList<>();
        for (OrderHistory h : wrapper.getOrderHistoryList()) {
            lines.add(h.getOrderDate() + " " + h.getStatus() + " " + h.getNote());
        }
        return lines;
    }

    public int processingCount() throws Exception {
        ImportTnOrders orders = ImportTnOrder.List(client, Map.of("status", "PROCESSING"));
        return orders.getTotalCount();
    }

    public void attachLoa(String orderId, File pdf) throws Exception {
        ImportTnOrder.UploadLoasFile(client, orderId, pdf, "application/pdf");
    }

    public String removeNumbers(String customerOrderId, List<String> tns) throws Exception {
        RemoveImportedTnOrder removal = new RemoveImportedTnOrder();
        removal.setCustomerOrderId(customerOrderId);
        removal.setTelephoneNumberList(toModel(tns));
        RemoveImportedTnOrderResponse response = RemoveImportedTnOrder.Create(client, removal);
        return response.getRemoveImportedTnOrder().getOrderId();
    }

    public String removalStatus(String orderId) throws Exception {
        return RemoveImportedTnOrder.Get(client, orderId).getProcessingStatus();
    }

    public int removalHistorySize(String orderId) throws Exception {
        return RemoveImportedTnOrder.GetHistory(client, orderId).getOrderHistoryList().size();
    }

    /** Asks the Dashboard whether the numbers can be imported at all. */
    public ImportTnCheckerResponse precheck(List<String> tns) throws Exception {
        ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
        payload.setTelephoneNumberList(tns);
        return ImportTnChecker.Check(client, payload);
    }

    /** The two numbers of the NOC test phone, imported on every new site. */
    public String importNocNumbers(Subscriber noc) throws Exception {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId("noc-" + siteId);
        order.setSiteId(siteId);
        order.setSipPeer(sipPeerId);
        order.setSubscriber(noc);
        order.setLoaAuthorizingPerson("Tallgrass NOC");
        TelephoneNumber first = new TelephoneNumber();
        first.setFullNumber("3365550111");
        TelephoneNumber second = new TelephoneNumber();
        second.setFullNumber("3365550112");
        order.setTelephoneNumberList(List.of(first, second));
        return ImportTnOrder.Create(client, order).getImportTnOrder().getOrderId();
    }
}
