package com.lumenwave.provisioning.provisioning;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrderSummary;
import com.bandwidth.iris.sdk.model.ImportTnOrders;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Bulk hosted-messaging imports run by the ops CLI (CSV of numbers per customer).
 * Uses the SDK's ImportTnOrder model rather than the hand-written XML in
 * {@link HostedMessagingService}.
 */
@Component
public class SdkImportOrderJob {

    private static final Logger log = LoggerFactory.getLogger(SdkImportOrderJob.class);

    private final IrisClient client;

    public SdkImportOrderJob(@Qualifier("hostedMessagingIrisClient") IrisClient client) {
        this.client = client;
    }

    public String submit(String customerOrderId, int siteId, int sipPeerId, List<String> telephoneNumbers)
            throws Exception {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(siteId);
        order.setSipPeer(sipPeerId);
        order.setLoaAuthorizingPerson("Lumenwave Provisioning");
        order.setTelephoneNumberList(telephoneNumbers.stream().map(SdkImportOrderJob::toModel).toList());
        ImportTnOrdersResponse response = ImportTnOrder.Create(client, order);
        return response.getImportTnOrder().getOrderId();
    }

    public List<String> failedOrdersSince(String modifiedDateFrom) throws Exception {
        ImportTnOrders orders = ImportTnOrder.List(client, Map.of("modifiedDateFrom", modifiedDateFrom));
        return orders.getImportTnOrderSummaryList().stream()
                .filter(summary -> "FAILED".equals(summary.getOrderStatus()))
                .map(ImportTnOrderSummary::getOrderId)
                .toList();
    }

    public void logHistory(String orderId) throws Exception {
        OrderHistoryWrapper history = ImportTnOrder.GetHistory(client, orderId);
        log.info("importTnOrders/{} history: {}", orderId, history);
    }

    public String release(String customerOrderId, List<String> telephoneNumbers) throws Exception {
        RemoveImportedTnOrder removal = new RemoveImportedTnOrder();
        removal.setCustomerOrderId(customerOrderId);
        removal.setTelephoneNumberList(telephoneNumbers.stream().map(SdkImportOrderJob::toModel).toList());
        RemoveImportedTnOrderResponse response = RemoveImportedTnOrder.Create(client, removal);
        return response.getRemoveImportedTnOrder().getOrderId();
    }

    private static TelephoneNumber toModel(String tn) {
        TelephoneNumber model = new TelephoneNumber();
        model.setFullNumber(tn);
        return model;
    }
}
