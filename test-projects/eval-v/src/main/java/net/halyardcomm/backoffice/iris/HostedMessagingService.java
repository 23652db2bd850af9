package net.halyardcomm.backoffice.iris;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
import com.bandwidth.iris.sdk.model.ImportTnOrderSummary;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.Subscriber;
import com.bandwidth.iris.sdk.model.TelephoneNumber;

import net.halyardcomm.backoffice.config.IrisSettings;

/**
 * Hosted messaging for numbers whose voice stays with another carrier: we import them for
 * SMS only. Everything goes through the SDK's ImportTnOrder / RemoveImportedTnOrder.
 */
public class HostedMessagingService {

    private static final String LOA_PERSON = "Halyard Provisioning";

    private final IrisClient client;
    private final IrisSettings settings;

    public HostedMessagingService(IrisClient client, IrisSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /** Checks portability first so a bad number does not fail the whole import. */
    public List<String> importable(List<String> telephoneNumbers) throws Exception {
        ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
        payload.setTelephoneNumberList(telephoneNumbers);
        ImportTnCheckerResponse response = ImportTnChecker.Check(client, payload);
        List<String> ok = new ArrayList<String>(telephoneNumbers);
        if (response.getImportTnCheckerPayload().getImportTnErrorList() != null) {
            ok.clear();
            ok.addAll(response.getImportTnCheckerPayload().getTelephoneNumberList());
        }
        return ok;
    }

    public ImportTnOrder importForMessaging(String customerOrderId, String businessName, List<String> telephoneNumbers)
            throws Exception {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(Integer.parseInt(settings.siteId()));
        order.setSipPeer(Integer.parseInt(settings.sipPeerId()));
        order.setLoaAuthorizingPerson(LOA_PERSON);

        Subscriber subscriber = new Subscriber();
        subscriber.setBusinessName(businessName);
        subscriber.setSubscriberType("BUSINESS");
        order.setSubscriber(subscriber);

        List<TelephoneNumber> tns = new ArrayList<TelephoneNumber>();
        for (String n : telephoneNumbers) {
            TelephoneNumber tn = new TelephoneNumber();
            tn.setFullNumber(n);
            tns.add(tn);
        }
        order.setTelephoneNumberList(tns);

        ImportTnOrdersResponse response = ImportTnOrder.Create(client, order);
        return response.getImportTnOrder();
    }

    public List<ImportTnOrderSummary> openImports() throws Exception {
        Map<String, Object> filter = new HashMap<String, Object>();
        filter.put("status", "PROCESSING");
        return ImportTnOrder.List(client, filter).getImportTnOrderSummaryList();
    }

    public String importStatus(String orderId) throws Exception {
        return ImportTnOrder.Get(client, orderId).getProcessingStatus();
    }

    public OrderHistoryWrapper importHistory(String orderId) throws Exception {
        SdkCall<OrderHistoryWrapper> history = ImportTnOrder::GetHistory;
        return SdkCall.withRetry(history, client, orderId, 3);
    }

    public byte[] loa(String orderId, String fileId) throws Exception {
        return ImportTnOrder.GetLoasFile(client, orderId, fileId);
    }

    public RemoveImportedTnOrder stopHosting(String customerOrderId, List<String> telephoneNumbers) throws Exception {
        RemoveImportedTnOrder removal = new RemoveImportedTnOrder();
        removal.setCustomerOrderId(customerOrderId);
        List<TelephoneNumber> tns = new ArrayList<TelephoneNumber>();
        for (String n : telephoneNumbers) {
            TelephoneNumber tn = new TelephoneNumber();
            tn.setFullNumber(n);
            tns.add(tn);
        }
        removal.setTelephoneNumberList(tns);
        return RemoveImportedTnOrder.Create(client, removal).getRemoveImportedTnOrder();
    }

    /** Notes on an import order; the SDK has no typed call for them. */
    public String importNotes(String orderId) throws Exception {
        String uri = client.buildAccountModelUri(new String[] {IrisPath.IMPORT_TN_ORDERS, orderId, IrisPath.NOTES});
        IrisResponse response = client.get(uri);
        return response.getResponseBody();
    }

    /** Numbers of the 2024 hosted-messaging pilot (Wilmington office), re-checked before each import run. */
    public List<String> pilotNumbersStillImportable() throws Exception {
        return importable(new ArrayList<String>(Arrays.asList("9105550160", "9105550161")));
    }

    public int pendingRemovals() throws Exception {
        return com.bandwidth.iris.sdk.model.RemoveImportedTnOrder.List(client, Collections.<String, Object>emptyMap())
                .getTotalCount();
    }
}
