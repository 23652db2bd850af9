package io.kestrelvoice.numbering.provisioning.service;

import static com.bandwidth.iris.sdk.model.RemoveImportedTnOrder.Get;

import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisPath;
import com.bandwidth.iris.sdk.IrisResponse;
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
import io.kestrelvoice.numbering.dashboard.DashboardProperties;
import io.kestrelvoice.numbering.provisioning.config.ProvisioningProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Hosted messaging through the Iris SDK: a customer keeps voice with their carrier and we host
 * SMS for the number. Import callbacks are not reliable enough on our account (NUM-977), so
 * pending orders are polled as well.
 */
@Service
public class HostedMessagingService {

    private static final Logger log = LoggerFactory.getLogger(HostedMessagingService.class);

    private final Set<String> pendingRemovals = ConcurrentHashMap.newKeySet();
    private final IrisClient irisClient;
    private final DashboardProperties dashboard;
    private final ProvisioningProperties properties;

    public HostedMessagingService(IrisClient irisClient, DashboardProperties dashboard, ProvisioningProperties properties) {
        this.irisClient = irisClient;
        this.dashboard = dashboard;
        this.properties = properties;
    }

    public ImportTnCheckerResponse checkImportable(List<String> tns) throws Exception {
        ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
        payload.setTelephoneNumberList(tns);
        return ImportTnChecker.Check(irisClient, payload);
    }

    public String importNumbers(String customerOrderId, String businessName, List<String> tns) throws Exception {
        ImportTnOrder order = buildImportOrder(customerOrderId, businessName, tns);
        ImportTnOrdersResponse response = ImportTnOrder.Create(irisClient, order);
        return response.getImportTnOrder().getOrderId();
    }

    ImportTnOrder buildImportOrder(String customerOrderId, String businessName, List<String> tns) {
        Subscriber subscriber = new Subscriber();
        subscriber.setName(businessName);

        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(Integer.parseInt(dashboard.getSiteId()));
        order.setSipPeer(Integer.parseInt(dashboard.getSipPeerId()));
        order.setSubscriber(subscriber);
        order.setLoaAuthorizingPerson(properties.loaAuthorizingPerson());
        order.setTelephoneNumberList(tns.stream().map(HostedMessagingService::telephoneNumber).toList());
        return order;
    }

    /** Letter of authorization signed by the customer, required before the import completes. */
    public void attachLoa(String orderId, File signedLoa) throws Exception {
        ImportTnOrder.UploadLoasFile(irisClient, orderId, signedLoa, "application/pdf");
    }

    public String importStatus(String orderId) throws Exception {
        return ImportTnOrder.Get(irisClient, orderId).getProcessingStatus();
    }

    public OrderHistoryWrapper importHistory(String orderId) throws Exception {
        return ImportTnOrder.GetHistory(irisClient, orderId);
    }

    public String remove(String customerOrderId, List<String> tns) throws Exception {
        RemoveImportedTnOrder removal = new RemoveImportedTnOrder();
        removal.setCustomerOrderId(customerOrderId);
        removal.setTelephoneNumberList(tns.stream().map(HostedMessagingService::telephoneNumber).toList());
        RemoveImportedTnOrderResponse response = RemoveImportedTnOrder.Create(irisClient, removal);
        String orderId = response.getRemoveImportedTnOrder().getOrderId();
        pendingRemovals.add(orderId);
        return orderId;
    }

    @Scheduled(fixedDelayString = "${kestrel.provisioning.import-poll-interval:PT5M}")
    public void pollPending() throws Exception {
        ImportTnOrders processing = ImportTnOrder.List(irisClient, Map.of("status", "PROCESSING"));
        if (processing.getImportTnOrderSummaryList() != null) {
            for (ImportTnOrderSummary summary : processing.getImportTnOrderSummaryList()) {
                log.info("import order {} still {} ({} numbers)", summary.getOrderId(), summary.getOrderStatus(), summary.getCountOfTNs());
            }
        }
        for (String orderId : Set.copyOf(pendingRemovals)) {
            RemoveImportedTnOrder removal = Get(irisClient, orderId);
            if (!"PROCESSING".equals(removal.getProcessingStatus())) {
                pendingRemovals.remove(orderId);
            }
        }
    }

    /** Raw history call: the SDK's GetHistory does not return the per-number errors. */
    public String removalHistoryXml(String orderId) throws Exception {
        String uri = irisClient.buildAccountModelUri(new String[] {IrisPath.REMOVE_IMPORTED_TN_ORDERS, orderId, "history"});
        IrisResponse response = irisClient.get(uri);
        return response.getResponseBody();
    }

    /** Hosted messaging imports for the new A2P product line go to the messaging route directly. */
    public String importForA2p(ImportTnOrder order) throws Exception {
        String uri = irisClient.buildAccountModelUri(new String[] {IrisPath.IMPORT_TN_ORDERS, "messaging"});
        IrisResponse response = irisClient.post(uri, order);
        return irisClient.getIdFromLocationHeader(response.getHeaders().get("Location"));
    }

    private static TelephoneNumber telephoneNumber(String tn) {
        TelephoneNumber number = new TelephoneNumber();
        number.setFullNumber(tn);
        return number;
    }
}
