package net.harborlight.numops.hosted;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.bandwidth.iris.sdk.IrisClient;
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
import net.harborlight.numops.config.DashboardProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Hosted messaging: customers keep their voice carrier and we turn on SMS for their numbers.
 * The SDK's ImportTnOrder.Create posts to /accounts/{accountId}/importTnOrders.
 */
@Service
public class HostedMessagingService {

    private static final Logger log = LoggerFactory.getLogger(HostedMessagingService.class);

    private final IrisClient irisClient;
    private final DashboardProperties props;

    public HostedMessagingService(IrisClient irisClient, DashboardProperties props) {
        this.irisClient = irisClient;
        this.props = props;
    }

    /** Checks portability for messaging before we bother the customer with an LOA. */
    public ImportTnCheckerResponse check(List<String> tns) throws Exception {
        ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
        payload.setTelephoneNumberList(new ArrayList<>(tns));
        return ImportTnChecker.Check(irisClient, payload);
    }

    public ImportTnOrdersResponse importNumbers(String customerOrderId, List<String> tns, Subscriber subscriber,
                                                String loaAuthorizingPerson) throws Exception {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(Integer.parseInt(props.getSiteId()));
        order.setSipPeer(Integer.parseInt(props.getSipPeerId()));
        order.setSubscriber(subscriber);
        order.setLoaAuthorizingPerson(loaAuthorizingPerson);
        order.setTelephoneNumberList(toModel(tns));

        ImportTnOrdersResponse response = ImportTnOrder.Create(irisClient, order);
        log.info("Hosted messaging import {} submitted for {} numbers", customerOrderId, tns.size());
        return response;
    }

    public ImportTnOrder importStatus(String orderId) throws Exception {
        return ImportTnOrder.Get(irisClient, orderId);
    }

    public ImportTnOrders failedImports() throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("processingStatus", "FAILED");
        return ImportTnOrder.List(irisClient, query);
    }

    public OrderHistoryWrapper importHistory(String orderId) throws Exception {
        return ImportTnOrder.GetHistory(irisClient, orderId);
    }

    public RemoveImportedTnOrderResponse removeNumbers(String customerOrderId, List<String> tns) throws Exception {
        RemoveImportedTnOrder removal = new RemoveImportedTnOrder();
        removal.setCustomerOrderId(customerOrderId);
        removal.setTelephoneNumberList(toModel(tns));
        return RemoveImportedTnOrder.Create(irisClient, removal);
    }

    public RemoveImportedTnOrder removalStatus(String orderId) throws Exception {
        return com.bandwidth.iris.sdk.model.RemoveImportedTnOrder.Get(irisClient, orderId);
    }

    private static List<TelephoneNumber> toModel(List<String> tns) {
        List<TelephoneNumber> model = new ArrayList<>(tns.size());
        for (String tn : tns) {
            TelephoneNumber number = new TelephoneNumber();
            number.setFullNumber(tn);
            model.add(number);
        }
        return model;
    }
}
