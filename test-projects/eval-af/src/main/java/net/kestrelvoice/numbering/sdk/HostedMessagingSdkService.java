package net.kestrelvoice.numbering.sdk;

import static com.bandwidth.iris.sdk.model.ImportTnOrder.GetHistory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisPath;
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

import net.kestrelvoice.numbering.config.DashboardSettings;

/**
 * Hosted-messaging orders through the Iris SDK. Used by the self-service portal; the batch
 * importer uses {@code HostedMessagingClient} instead.
 */
public class HostedMessagingSdkService {

    private static final Logger log = LoggerFactory.getLogger(HostedMessagingSdkService.class);

    private final IrisClient client;
    private final DashboardSettings settings;

    public HostedMessagingSdkService(IrisClient client, DashboardSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    public String importForCustomer(String customerOrderId, String businessName, List<String> tns) throws Exception {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(Integer.parseInt(settings.getSiteId()));
        order.setSipPeer(Integer.parseInt(settings.getSipPeerId()));
        Subscriber subscriber = new Subscriber();
        subscriber.setBusinessName(businessName);
        order.setSubscriber(subscriber);
        order.setLoaAuthorizingPerson(businessName);
        order.setTelephoneNumberList(toModel(tns));

        ImportTnOrdersResponse response = ImportTnOrder.Create(client, order);
        String orderId = response.getImportTnOrder().getOrderId();
        log.info("hosted messaging import {} created for {}", orderId, customerOrderId);
        return orderId;
    }

    public List<String> openImports() throws Exception {
        Map<String, Object> filter = new HashMap<>();
        filter.put("status", "RECEIVED");
        ImportTnOrders orders = ImportTnOrder.List(client, filter);
        List<String> ids = new ArrayList<>();
        for (ImportTnOrderSummary summary : orders.getImportTnOrderSummaryList()) {
            ids.add(summary.getOrderId());
        }
        return ids;
    }

    public String importStatus(String orderId) throws Exception {
        return ImportTnOrder.Get(client, orderId).getProcessingStatus();
    }

    public OrderHistoryWrapper importHistory(String orderId) throws Exception {
        return GetHistory(client, orderId);
    }

    /** LOA files attached to an import order; the SDK's GetLoas does not return the file names we need. */
    public String importLoasXml(String orderId) throws Exception {
        String uri = client.buildAccountModelUri(new String[] {IrisPath.IMPORT_TN_ORDERS, orderId, IrisPath.LOAS});
        return client.get(uri).getResponseBody();
    }

    public String removeForCustomer(String customerOrderId, List<String> tns) throws Exception {
        RemoveImportedTnOrder removal = new RemoveImportedTnOrder();
        removal.setCustomerOrderId(customerOrderId);
        removal.setTelephoneNumberList(toModel(tns));
        RemoveImportedTnOrderResponse response = RemoveImportedTnOrder.Create(client, removal);
        return response.getRemoveImportedTnOrder().getOrderId();
    }

    public String removalStatus(String orderId) throws Exception {
        return com.bandwidth.iris.sdk.model.RemoveImportedTnOrder.Get(client, orderId).getProcessingStatus();
    }

    /** Portability pre-check; the checker endpoint is unchanged in v2. */
    public boolean importable(List<String> tns) throws Exception {
        ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
        payload.setTelephoneNumberList(new ArrayList<>(tns));
        ImportTnCheckerResponse response = ImportTnChecker.Check(client, payload);
        return response != null;
    }

    private static List<TelephoneNumber> toModel(List<String> tns) {
        List<TelephoneNumber> list = new ArrayList<>();
        for (String tn : tns) {
            TelephoneNumber number = new TelephoneNumber();
            number.setFullNumber(tn);
            list.add(number);
        }
        return list;
    }
}
