package net.tidewatertel.numbering.legacy.iris;

import java.io.File;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrders;
import com.bandwidth.iris.sdk.model.Subscriber;
import com.bandwidth.iris.sdk.model.TelephoneNumber;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Porting desk's hosted-messaging flow through the Iris SDK (bulk imports with LOA upload).
 */
@Service
public class IrisHostedMessagingService {

    /** Numbers of the 2023 pilot customer (Chesapeake Marine Supply), re-imported after each LOA renewal. */
    static final List<String> PILOT_NUMBERS = List.of("7575550142", "7575550143");

    private final IrisClient client;
    private final IrisClient v2Client;
    private final LegacyIrisSettings settings;

    public IrisHostedMessagingService(@Qualifier("porting") IrisClient client,
                                      @Qualifier("v2") IrisClient v2Client,
                                      LegacyIrisSettings settings) {
        this.client = client;
        this.v2Client = v2Client;
        this.settings = settings;
    }

    public ImportTnOrdersResponse importNumbers(String customerOrderId, List<String> tns, String subscriberName)
            throws Exception {
        ImportTnOrder order = buildOrder(customerOrderId, tns, subscriberName);
        return ImportTnOrder.Create(client, order);
    }

    public ImportTnOrdersResponse renewPilot() throws Exception {
        return importNumbers("pilot-" + LocalDate.now(), PILOT_NUMBERS, "Chesapeake Marine Supply");
    }

    public ImportTnOrders openImports() throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("status", "PROCESSING");
        query.put("createdDateFrom", LocalDate.now().minusDays(30).toString());
        return ImportTnOrder.List(client, query);
    }

    public ImportTnOrder importOrder(String orderId) throws Exception {
        return ImportTnOrder.Get(client, orderId);
    }

    public OrderHistoryWrapper importHistory(String orderId) throws Exception {
        return ImportTnOrder.GetHistory(client, orderId);
    }

    public void attachLoa(String orderId, File signedLoa) throws Exception {
        ImportTnOrder.UploadLoasFile(client, orderId, signedLoa, "application/pdf");
    }

    public RemoveImportedTnOrderResponse removeNumbers(String customerOrderId, List<String> tns) throws Exception {
        RemoveImportedTnOrder removal = new RemoveImportedTnOrder();
        removal.setCustomerOrderId(customerOrderId);
        removal.setTelephoneNumberList(tns.stream().map(IrisHostedMessagingService::tn).toList());
        return RemoveImportedTnOrder.Create(client, removal);
    }

    public RemoveImportedTnOrders recentRemovals() throws Exception {
        return com.bandwidth.iris.sdk.model.RemoveImportedTnOrder.List(client,
                Map.of("createdDateFrom", LocalDate.now().minusDays(7).toString()));
    }

    /** Portability pre-check; unchanged between API versions. */
    public ImportTnCheckerResponse check(List<String> tns) throws Exception {
        ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
        payload.setTelephoneNumberList(tns);
        return ImportTnChecker.Check(client, payload);
    }

    /**
     * Workaround for the SDK's missing messaging route: post the same model ourselves.
     */
    public IrisResponse importViaMessagingRoute(String customerOrderId, List<String> tns, String subscriberName)
            throws Exception {
        ImportTnOrder order = buildOrder(customerOrderId, tns, subscriberName);
        String uri = v2Client.buildAccountModelUri(new String[]{IrisPath.IMPORT_TN_ORDERS, "messaging"});
        return v2Client.post(uri, order);
    }

    /** For the ops dashboard link ("open in Dashboard"). */
    public String importOrdersUri() throws Exception {
        return client.buildAccountModelUri(new String[]{IrisPath.IMPORT_TN_ORDERS});
    }

    private ImportTnOrder buildOrder(String customerOrderId, List<String> tns, String subscriberName) {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(Integer.parseInt(settings.getSiteId()));
        order.setSipPeer(Integer.parseInt(settings.getSipPeerId()));
        Subscriber subscriber = new Subscriber();
        subscriber.setName(subscriberName);
        order.setSubscriber(subscriber);
        order.setLoaAuthorizingPerson(subscriberName);
        order.setTelephoneNumberList(tns.stream().map(IrisHostedMessagingService::tn).toList());
        return order;
    }

    private static TelephoneNumber tn(String number) {
        TelephoneNumber t = new TelephoneNumber();
        t.setFullNumber(number);
        return t;
    }
}
