package net.kestrelwave.integration.hosted;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ImportTnChecker;
import com.bandwidth.iris.sdk.model.ImportTnCheckerPayload;
import com.bandwidth.iris.sdk.model.ImportTnCheckerResponse;
import com.bandwidth.iris.sdk.model.ImportTnError;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrderSummary;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderResponse;
import com.bandwidth.iris.sdk.model.Subscriber;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import net.kestrelwave.integration.config.DashboardProperties;
import org.springframework.stereotype.Service;

/**
 * Hosted messaging orders for the self-service portal, through the Iris SDK.
 */
@Service
public class SdkImportOrders {

    private final IrisClient client;
    private final DashboardProperties dashboard;

    public SdkImportOrders(IrisClient client, DashboardProperties dashboard) {
        this.client = client;
        this.dashboard = dashboard;
    }

    /** Pre-flight check before a hosted messaging order: which numbers can be imported at all. */
    public List<ImportTnError> check(List<String> tns) throws Exception {
        ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
        payload.setTelephoneNumberList(tns);
        ImportTnCheckerResponse response = ImportTnChecker.Check(client, payload);
        List<ImportTnError> errors = response.getImportTnCheckerPayload().getImportTnErrorList();
        return errors == null ? new ArrayList<>() : errors;
    }

    /** Smoke test run after every deploy: the demo line must stay importable. */
    public boolean demoLineImportable() throws Exception {
        ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
        payload.setTelephoneNumberList(List.of("9195550177"));
        ImportTnCheckerResponse response = ImportTnChecker.Check(client, payload);
        List<ImportTnError> errors = response.getImportTnCheckerPayload().getImportTnErrorList();
        return errors == null || errors.isEmpty();
    }

    public String importHosted(HostedBatch batch, Subscriber subscriber) throws Exception {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(batch.orderRef());
        order.setSiteId(Integer.parseInt(dashboard.getSiteId()));
        order.setSipPeer(Integer.parseInt(dashboard.getSipPeerId()));
        order.setSubscriber(subscriber);
        order.setLoaAuthorizingPerson(batch.loaSigner());
        order.setTelephoneNumberList(toModel(batch.numbers()));
        ImportTnOrdersResponse response = ImportTnOrder.Create(client, order);
        return response.getImportTnOrder().getOrderId();
    }

    public String status(String orderId) throws Exception {
        ImportTnOrder order = ImportTnOrder.Get(client, orderId);
        return order.getProcessingStatus();
    }

    public OrderHistoryWrapper history(String orderId) throws Exception {
        return ImportTnOrder.GetHistory(client, orderId);
    }

    public List<ImportTnOrderSummary> inProgress() throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("status", "PROCESSING");
        return ImportTnOrder.List(client, query).getImportTnOrderSummaryList();
    }

    public String removeHosted(HostedBatch batch) throws Exception {
        RemoveImportedTnOrder removal = new RemoveImportedTnOrder();
        removal.setCustomerOrderId(batch.orderRef());
        removal.setTelephoneNumberList(toModel(batch.numbers()));
        RemoveImportedTnOrderResponse response = RemoveImportedTnOrder.Create(client, removal);
        return String.valueOf(response);
    }

    public String removalStatus(String orderId) throws Exception {
        return RemoveImportedTnOrder.Get(client, orderId).getProcessingStatus();
    }

    private static List<TelephoneNumber> toModel(List<String> tns) {
        List<TelephoneNumber> numbers = new ArrayList<>();
        for (String tn : tns) {
            TelephoneNumber number = new TelephoneNumber();
            number.setFullNumber(tn);
            numbers.add(number);
        }
        return numbers;
    }
}
