package com.northforktel.numbering.legacy;

import static com.bandwidth.iris.sdk.model.RemoveImportedTnOrder.GetHistory;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisPath;
import com.bandwidth.iris.sdk.model.ImportTnChecker;
import com.bandwidth.iris.sdk.model.ImportTnCheckerPayload;
import com.bandwidth.iris.sdk.model.ImportTnCheckerResponse;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrderSummary;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import java.io.File;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.http.client.utils.URIBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Nightly hosted-messaging reconciliation for the wholesale accounts. Blocking SDK calls.
 */
@Singleton
public class LegacyHostedMessagingSync {

    private static final Logger log = LoggerFactory.getLogger(LegacyHostedMessagingSync.class);

    private final IrisClientFactory factory;

    @Inject
    public LegacyHostedMessagingSync(IrisClientFactory factory) {
        this.factory = factory;
    }

    public String importBatch(String customerOrderId, List<String> tns, int siteId, int sipPeerId) throws Exception {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(siteId);
        order.setSipPeer(sipPeerId);
        order.setLoaAuthorizingPerson("Northfork Provisioning");
        order.setTelephoneNumberList(tns.stream().map(LegacyHostedMessagingSync::sdkNumber).toList());
        ImportTnOrdersResponse response = ImportTnOrder.Create(factory.defaultClient(), order);
        String orderId = response.getImportTnOrder().getOrderId();
        log.info("POST https://dashboard.bandwidth.com/v1.0/accounts/{}/importTnOrders -> order {}", factory.accountId(), orderId);
        return orderId;
    }

    public List<ImportTnOrderSummary> openImports() throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("status", "PROCESSING");
        query.put("createdDateFrom", LocalDate.now().minusDays(30).toString());
        return ImportTnOrder.List(factory.defaultClient(), query).getImportTnOrderSummaryList();
    }

    public OrderHistoryWrapper importHistory(String orderId) throws Exception {
        return ImportTnOrder.GetHistory(factory.defaultClient(), orderId);
    }

    public void attachLoa(String orderId, File loa) throws Exception {
        ImportTnOrder.UploadLoasFile(factory.defaultClient(), orderId, loa, "application/pdf");
    }

    public String removeBatch(String customerOrderId, List<String> tns) throws Exception {
        RemoveImportedTnOrder removal = new RemoveImportedTnOrder();
        removal.setCustomerOrderId(customerOrderId);
        removal.setTelephoneNumberList(tns.stream().map(LegacyHostedMessagingSync::sdkNumber).toList());
        RemoveImportedTnOrderResponse response = RemoveImportedTnOrder.Create(factory.defaultClient(), removal);
        return response.getRemoveImportedTnOrder().getOrderId();
    }

    public int failedRemovals() throws Exception {
        return RemoveImportedTnOrder.List(factory.defaultClient(), Map.of("status", "FAILED")).getTotalCount();
    }

    public OrderHistoryWrapper removalHistory(String orderId) throws Exception {
        return GetHistory(factory.defaultClient(), orderId);
    }

    /** The SDK model drops ProcessingStatus on removals, so read the raw XML. */
    public String rawRemovalStatus(String orderId) throws Exception {
        IrisClient client = factory.defaultClient();
        URI uri = new URIBuilder(factory.legacyUri())
                .setPath("/v1.0/accounts/" + factory.accountId() + "/removeImportedTnOrders/" + orderId)
                .build();
        return client.get(uri.toString()).getResponseBody();
    }

    public List<String> importable(List<String> tns) throws Exception {
        ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
        payload.setTelephoneNumberList(tns);
        ImportTnCheckerResponse response = ImportTnChecker.Check(factory.defaultClient(), payload);
        return response.getImportTnCheckerPayload().getTelephoneNumberList();
    }

    /** Retry path when the SDK's Create chokes on an error payload: post the same model by hand. */
    public String importRaw(ImportTnOrder order) throws Exception {
        IrisClient client = factory.defaultClient();
        return client.post(client.buildAccountModelUri(new String[] {IrisPath.IMPORT_TN_ORDERS}), order)
                .getResponseBody();
    }

    /** Accounts already moved to the messaging route (see IrisClientFactory#messagingRouteClient). */
    public String importOnMessagingRoute(ImportTnOrder order) throws Exception {
        IrisClient client = factory.messagingRouteClient();
        String uri = client.buildAccountModelUri(new String[] {IrisPath.IMPORT_TN_ORDERS, "messaging"});
        return client.post(uri, order).getResponseBody();
    }

    private static TelephoneNumber sdkNumber(String tn) {
        TelephoneNumber number = new TelephoneNumber();
        number.setFullNumber(tn);
        return number;
    }
}
