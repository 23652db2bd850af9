package net.larkspurtel.provisioning.legacy;

import static com.bandwidth.iris.sdk.model.ImportTnOrder.GetLoas;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisPath;
import com.bandwidth.iris.sdk.IrisResponse;
import com.bandwidth.iris.sdk.model.BasicAuthentication;
import com.bandwidth.iris.sdk.model.CallbackCredentials;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
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
import com.bandwidth.iris.sdk.model.Subscription;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Hosted messaging through the Iris SDK. This is the reseller path; the main path is
 * {@code HostedMessagingService}.
 */
public class LegacyHostedMessaging {

    private static final Logger LOG = Logger.getLogger(LegacyHostedMessaging.class.getName());

    private final IrisClient client;
    private final int siteId;
    private final int sipPeerId;

    public LegacyHostedMessaging(IrisClient client, String siteId, String sipPeerId) {
        this.client = client;
        this.siteId = Integer.parseInt(siteId);
        this.sipPeerId = Integer.parseInt(sipPeerId);
    }

    public List<String> importable(List<String> telephoneNumbers) throws Exception {
        ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
        payload.setTelephoneNumberList(telephoneNumbers);
        ImportTnCheckerResponse response = ImportTnChecker.Check(client, payload);
        List<String> ok = new ArrayList<>(telephoneNumbers);
        if (response.getImportTnCheckerPayload() != null
                && response.getImportTnCheckerPayload().getImportTnErrorList() != null) {
            response.getImportTnCheckerPayload().getImportTnErrorList()
                    .forEach(err -> err.getTelephoneNumberList().forEach(t -> ok.remove(t.getFullNumber())));
        }
        return ok;
    }

    public String importNumbers(String customerOrderId, String loaAuthorizingPerson, List<String> tns)
            throws Exception {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(siteId);
        order.setSipPeer(sipPeerId);
        order.setLoaAuthorizingPerson(loaAuthorizingPerson);
        order.setTelephoneNumberList(toModel(tns));
        ImportTnOrdersResponse response = ImportTnOrder.Create(client, order);
        String orderId = response.getImportTnOrder().getOrderId();
        LOG.info(() -> "import order " + orderId + " created for " + tns.size() + " numbers");
        return orderId;
    }

    public void attachLoa(String orderId, File loaPdf) throws Exception {
        ImportTnOrder.UploadLoasFile(client, orderId, loaPdf, "application/pdf");
    }

    public String status(String orderId) throws Exception {
        return ImportTnOrder.Get(client, orderId).getProcessingStatus();
    }

    public OrderHistoryWrapper history(String orderId) throws Exception {
        return ImportTnOrder.GetHistory(client, orderId);
    }

    public int failedSince(String isoDate) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("status", "FAILED");
        query.put("createdDateFrom", isoDate);
        ImportTnOrders orders = ImportTnOrder.List(client, query);
        return orders.getTotalCount();
    }

    /** Notes are not wrapped by the SDK; go through the raw client. */
    public String notes(String orderId) throws Exception {
        String uri = client.buildAccountModelUri(new String[] {IrisPath.IMPORT_TN_ORDERS, orderId, IrisPath.NOTES});
        IrisResponse response = client.get(uri);
        return response.getResponseBody();
    }

    public String release(String customerOrderId, List<String> tns) throws Exception {
        RemoveImportedTnOrder removal = new RemoveImportedTnOrder();
        removal.setCustomerOrderId(customerOrderId);
        removal.setTelephoneNumberList(toModel(tns));
        RemoveImportedTnOrderResponse response = RemoveImportedTnOrder.Create(client, removal);
        return response.getRemoveImportedTnOrder().getOrderId();
    }

    public String releaseStatus(String orderId) throws Exception {
        return RemoveImportedTnOrder.Get(client, orderId).getProcessingStatus();
    }

    public OrderHistoryWrapper releaseHistory(String orderId) throws Exception {
        return RemoveImportedTnOrder.GetHistory(client, orderId);
    }

    public int loaCount(String orderId) throws Exception {
        FileListResponse loas = GetLoas(client, orderId);
        return loas.getFileCount();
    }

    /** Callback subscription of the reseller sub-account for import order notifications. */
    public String subscribeImportOrders(String callbackUrl, String user, String password) throws Exception {
        BasicAuthentication basic = new BasicAuthentication();
        basic.setUsername(user);
        basic.setPassword(password);
        CallbackCredentials credentials = new CallbackCredentials();
        credentials.setBasicAuthentication(basic);

        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(callbackUrl);
        callback.setExpiry("3122064000");
        callback.setCallbackCredentials(credentials);

        Subscription subscription = new Subscription();
        subscription.setOrderType("importtnorders");
        subscription.setCallbackSubscription(callback);
        return Subscription.create(client, subscription).getSubscriptionId();
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
