package com.harborline.numbering.dashboard.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ImportTnChecker;
import com.bandwidth.iris.sdk.model.ImportTnCheckerPayload;
import com.bandwidth.iris.sdk.model.ImportTnCheckerResponse;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrderSummary;
import com.bandwidth.iris.sdk.model.ImportTnOrders;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.OrderHistory;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderResponse;
import com.bandwidth.iris.sdk.model.Subscriber;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import com.harborline.numbering.dto.ImportOrderRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Hosted messaging orders through the Iris SDK (ImportTnOrder / RemoveImportedTnOrder).
 */
@ApplicationScoped
public class SdkHostedMessagingGateway {

    private static final Logger LOG = Logger.getLogger(SdkHostedMessagingGateway.class.getName());

    private final IrisClient client;

    @Inject
    public SdkHostedMessagingGateway(IrisClient client) {
        this.client = client;
    }

    public String importNumbers(ImportOrderRequest request) throws Exception {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(request.getCustomerOrderId());
        order.setSiteId(request.getSiteId());
        order.setSipPeer(request.getSipPeerId());
        order.setLoaAuthorizingPerson(request.getLoaAuthorizingPerson());

        Subscriber subscriber = new Subscriber();
        subscriber.setName(request.getSubscriberName());
        order.setSubscriber(subscriber);

        order.setTelephoneNumberList(request.getTelephoneNumbers().stream().map(tn -> {
            TelephoneNumber number = new TelephoneNumber();
            number.setFullNumber(tn);
            return number;
        }).toList());

        ImportTnOrdersResponse response = ImportTnOrder.Create(client, order);
        LOG.info(() -> "Import order created: " + response.getImportTnOrder().getOrderId());
        return response.getImportTnOrder().getOrderId();
    }

    public String status(String orderId) throws Exception {
        return ImportTnOrder.Get(client, orderId).getProcessingStatus();
    }

    public List<String> historyNotes(String orderId) throws Exception {
        OrderHistoryWrapper history = ImportTnOrder.GetHistory(client, orderId);
        return history.getOrderHistoryList().stream().map(OrderHistory::getNote).toList();
    }

    public List<ImportTnOrderSummary> openOrders() throws Exception {
        ImportTnOrders orders = ImportTnOrder.List(client, Map.of("status", "PROCESSING"));
        return orders.getImportTnOrderSummaryList();
    }

    public String removeNumbers(String customerOrderId, List<String> tns) throws Exception {
        RemoveImportedTnOrder removal = new RemoveImportedTnOrder();
        removal.setCustomerOrderId(customerOrderId);
        removal.setTelephoneNumberList(tns.stream().map(tn -> {
            TelephoneNumber number = new TelephoneNumber();
            number.setFullNumber(tn);
            return number;
        }).toList());
        RemoveImportedTnOrderResponse response = RemoveImportedTnOrder.Create(client, removal);
        return response.getRemoveImportedTnOrder().getOrderId();
    }

    public String removalStatus(String orderId) throws Exception {
        return RemoveImportedTnOrder.Get(client, orderId).getProcessingStatus();
    }

    /** importTnChecker tells us whether the numbers can be hosted before we order. */
    public List<String> importable(List<String> tns) throws Exception {
        ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
        payload.setTelephoneNumberList(tns);
        ImportTnCheckerResponse response = ImportTnChecker.Check(client, payload);
        return response.getImportTnCheckerPayload().getTelephoneNumberList();
    }
}
