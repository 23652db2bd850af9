package net.kestrelwave.provisioning.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisPath;
import com.bandwidth.iris.sdk.IrisResponse;
import com.bandwidth.iris.sdk.model.FileListResponse;
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
import net.kestrelwave.provisioning.config.EnvironmentConfig;

import java.util.List;
import java.util.Map;

/**
 * Hosted messaging through the SDK: the back-office batch jobs use this; the gRPC handler uses raw
 * XML (see HostedMessagingService) because it needs the external-number flow.
 */
public class IrisHostedMessagingGateway {

    private final IrisClient client;
    private final EnvironmentConfig env;

    public IrisHostedMessagingGateway(IrisClient client, EnvironmentConfig env) {
        this.client = client;
        this.env = env;
    }

    public ImportTnCheckerResponse checkImportable(List<String> telephoneNumbers) throws Exception {
        ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
        payload.setTelephoneNumberList(telephoneNumbers);
        return ImportTnChecker.Check(client, payload);
    }

    public String importNumbers(String customerOrderId, String loaPerson, String businessName,
                                List<String> telephoneNumbers) throws Exception {
        Subscriber subscriber = new Subscriber();
        subscriber.setSubscriberType("BUSINESS");
        subscriber.setBusinessName(businessName);

        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(Integer.parseInt(env.siteId()));
        order.setSipPeer(Integer.parseInt(env.sipPeerId()));
        order.setLoaAuthorizingPerson(loaPerson);
        order.setSubscriber(subscriber);
        order.setTelephoneNumberList(telephoneNumbers.stream().map(IrisHostedMessagingGateway::tn).toList());

        ImportTnOrdersResponse response = ImportTnOrder.Create(client, order);
        return response.getImportTnOrder().getOrderId();
    }

    public ImportTnOrders openImportOrders() throws Exception {
        return ImportTnOrder.List(client, Map.of("status", "PROCESSING"));
    }

    public String importStatus(String orderId) throws Exception {
        ImportTnOrder order = ImportTnOrder.Get(client, orderId);
        return order.getProcessingStatus();
    }

    public OrderHistoryWrapper importHistory(String orderId) throws Exception {
        return ImportTnOrder.GetHistory(client, orderId);
    }

    public FileListResponse loaFiles(String orderId) throws Exception {
        return ImportTnOrder.GetLoas(client, orderId);
    }

    public String removeNumbers(String customerOrderId, List<String> telephoneNumbers) throws Exception {
        RemoveImportedTnOrder removal = new RemoveImportedTnOrder();
        removal.setCustomerOrderId(customerOrderId);
        removal.setTelephoneNumberList(telephoneNumbers.stream().map(IrisHostedMessagingGateway::tn).toList());
        RemoveImportedTnOrderResponse response = RemoveImportedTnOrder.Create(client, removal);
        return response.toString();
    }

    public RemoveImportedTnOrders removalsSince(String date) throws Exception {
        return RemoveImportedTnOrder.List(client, Map.of("createdDateFrom", date));
    }

    public OrderHistoryWrapper removalHistory(String orderId) throws Exception {
        return RemoveImportedTnOrder.GetHistory(client, orderId);
    }

    /** Spike from the migration ticket: raw post to the route the SDK cannot build. */
    public IrisResponse importViaMessagingRoute(ImportTnOrder order) throws Exception {
        String uri = client.buildAccountModelUri(new String[] {IrisPath.IMPORT_TN_ORDERS, "messaging"});
        return client.post(uri, order);
    }

    private static TelephoneNumber tn(String value) {
        TelephoneNumber number = new TelephoneNumber();
        number.setFullNumber(value);
        return number;
    }
}
