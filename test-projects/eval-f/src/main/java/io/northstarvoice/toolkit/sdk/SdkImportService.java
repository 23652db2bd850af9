package io.northstarvoice.toolkit.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ImportTnChecker;
import com.bandwidth.iris.sdk.model.ImportTnCheckerPayload;
import com.bandwidth.iris.sdk.model.ImportTnCheckerResponse;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrders;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrders;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptions;

import java.util.List;
import java.util.Map;

/** Hosted-messaging imports through the SDK; the raw-HTTP twin is HostedMessagingService. */
public class SdkImportService {

    private final IrisClient client;
    private final int siteId;
    private final int sipPeerId;

    public SdkImportService(IrisClient client, int siteId, int sipPeerId) {
        this.client = client;
        this.siteId = siteId;
        this.sipPeerId = sipPeerId;
    }

    public String importForMessaging(String customerOrderId, List<String> tns) throws Exception {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(siteId);
        order.setSipPeer(sipPeerId);
        order.setLoaAuthorizingPerson("Northstar Voice LLC");
        order.setTelephoneNumberList(tns.stream().map(SdkImportService::tn).toList());
        ImportTnOrdersResponse response = ImportTnOrder.Create(client, order);
        return response.getImportTnOrder().getOrderId();
    }

    public String status(String orderId) throws Exception {
        return ImportTnOrder.Get(client, orderId).getProcessingStatus();
    }

    public OrderHistoryWrapper history(String orderId) throws Exception {
        return ImportTnOrder.GetHistory(client, orderId);
    }

    public ImportTnOrders openOrders() throws Exception {
        return ImportTnOrder.List(client, Map.of("status", "PROCESSING"));
    }

    public void removeFromMessaging(String customerOrderId, List<String> tns) throws Exception {
        RemoveImportedTnOrder removal = new RemoveImportedTnOrder();
        removal.setCustomerOrderId(customerOrderId);
        removal.setTelephoneNumberList(tns.stream().map(SdkImportService::tn).toList());
        RemoveImportedTnOrder.Create(client, removal);
    }

    public RemoveImportedTnOrders completedRemovals() throws Exception {
        return RemoveImportedTnOrder.List(client, Map.of("status", "COMPLETE"));
    }

    public ImportTnCheckerResponse check(List<String> tns) throws Exception {
        ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
        payload.setTelephoneNumberList(tns);
        return ImportTnChecker.Check(client, payload);
    }

    /** Turns SMS on for numbers already on the account (the supported way, via a TN option order). */
    public void enableSms(String customerOrderId, List<String> tns) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms("on");
        group.setTelephoneNumbers(tns);
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setTnOptionGroups(List.of(group));
        TnOptions.create(client, order);
    }

    private static TelephoneNumber tn(String number) {
        TelephoneNumber tn = new TelephoneNumber();
        tn.setFullNumber(number);
        return tn;
    }
}
