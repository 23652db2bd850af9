package com.pinecrestcomm.qa.numbers.provisioning;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisPath;
import com.bandwidth.iris.sdk.IrisResponse;
import com.bandwidth.iris.sdk.model.ImportTnChecker;
import com.bandwidth.iris.sdk.model.ImportTnCheckerPayload;
import com.bandwidth.iris.sdk.model.ImportTnCheckerResponse;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrders;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderResponse;
import com.bandwidth.iris.sdk.model.Subscriber;
import com.bandwidth.iris.sdk.model.TelephoneNumber;

import java.util.List;
import java.util.Map;

/**
 * Hosted-messaging lifecycle through the SDK: check, import, follow, remove.
 */
public class HostedMessagingProvisioner {

    private final IrisClient client;
    private final int siteId;
    private final int sipPeerId;

    public HostedMessagingProvisioner(IrisClient client, int siteId, int sipPeerId) {
        this.client = client;
        this.siteId = siteId;
        this.sipPeerId = sipPeerId;
    }

    public ImportTnCheckerResponse checkImportable(List<String> tns) throws Exception {
        ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
        payload.setTelephoneNumberList(tns);
        return ImportTnChecker.Check(client, payload);
    }

    public ImportTnOrdersResponse importNumbers(String customerOrderId, Subscriber subscriber,
                                                List<TelephoneNumber> tns) throws Exception {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(siteId);
        order.setSipPeer(sipPeerId);
        order.setSubscriber(subscriber);
        order.setLoaAuthorizingPerson(subscriber.getFirstName() + " " + subscriber.getLastName());
        order.setTelephoneNumberList(tns);
        return ImportTnOrder.Create(client, order);
    }

    /** Same import, sent to the v2 route the SDK does not know about. */
    public IrisResponse importNumbersV2(ImportTnOrder order) throws Exception {
        String uri = client.buildAccountModelUri(new String[]{IrisPath.IMPORT_TN_ORDERS, "messaging"});
        return client.post(uri, order);
    }

    public String importStatus(String orderId) throws Exception {
        return ImportTnOrder.Get(client, orderId).getProcessingStatus();
    }

    public OrderHistoryWrapper importHistory(String orderId) throws Exception {
        return ImportTnOrder.GetHistory(client, orderId);
    }

    public ImportTnOrders openImports() throws Exception {
        return ImportTnOrder.List(client, Map.of("status", "RECEIVED,PROCESSING"));
    }

    public RemoveImportedTnOrderResponse removeNumbers(String customerOrderId, List<TelephoneNumber> tns)
            throws Exception {
        RemoveImportedTnOrder removal = new RemoveImportedTnOrder();
        removal.setCustomerOrderId(customerOrderId);
        removal.setTelephoneNumberList(tns);
        return RemoveImportedTnOrder.Create(client, removal);
    }

    public String removalStatus(String orderId) throws Exception {
        return RemoveImportedTnOrder.Get(client, orderId).getProcessingStatus();
    }

    /** Raw lookup used by the cleanup job: imports created by the QA user in the last day. */
    public IrisResponse recentImportsRaw() throws Exception {
        String uri = client.buildAccountModelUri(new String[]{IrisPath.IMPORT_TN_ORDERS},
                Map.of("createdDateFrom", java.time.LocalDate.now().minusDays(1).toString()));
        return client.get(uri);
    }
}
