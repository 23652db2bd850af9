package net.tidewatertel.provisioning.sdk;

import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrders;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderResponse;
import com.bandwidth.iris.sdk.model.Subscriber;
import com.bandwidth.iris.sdk.model.TelephoneNumber;

/** Hosted messaging through the Iris SDK, used by the wholesale onboarding wizard. */
public class SdkHostedMessagingService {

    private static final Logger LOG = LoggerFactory.getLogger(SdkHostedMessagingService.class);

    private final IrisClient client;

    public SdkHostedMessagingService(IrisClient client) {
        this.client = client;
    }

    public String importNumbers(int siteId, int sipPeerId, String customerName, List<String> numbers) throws Exception {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId("WS-" + System.currentTimeMillis());
        order.setSiteId(siteId);
        order.setSipPeer(sipPeerId);
        order.setLoaAuthorizingPerson(customerName);
        Subscriber subscriber = new Subscriber();
        subscriber.setName(customerName);
        subscriber.setSubscriberType("BUSINESS");
        order.setSubscriber(subscriber);
        order.setTelephoneNumberList(toModel(numbers));
        ImportTnOrdersResponse response = ImportTnOrder.Create(client, order);
        String orderId = response.getImportTnOrder().getOrderId();
        LOG.info("Hosted messaging import {} created for {}", orderId, customerName);
        return orderId;
    }

    public String status(String orderId) throws Exception {
        return ImportTnOrder.Get(client, orderId).getProcessingStatus();
    }

    public OrderHistoryWrapper history(String orderId) throws Exception {
        return ImportTnOrder.GetHistory(client, orderId);
    }

    public ImportTnOrders recentImports(String since) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("createdDateFrom", since);
        return ImportTnOrder.List(client, query);
    }

    public void uploadLoa(String orderId, File loa) throws Exception {
        ImportTnOrder.UploadLoasFile(client, orderId, loa, "application/pdf");
    }

    public String removeNumbers(String customerOrderId, List<String> numbers) throws Exception {
        RemoveImportedTnOrder removal = new RemoveImportedTnOrder();
        removal.setCustomerOrderId(customerOrderId);
        removal.setTelephoneNumberList(toModel(numbers));
        RemoveImportedTnOrderResponse response = RemoveImportedTnOrder.Create(client, removal);
        return response.getRemoveImportedTnOrder().getOrderId();
    }

    public String removalStatus(String orderId) throws Exception {
        return RemoveImportedTnOrder.Get(client, orderId).getProcessingStatus();
    }

    private static List<TelephoneNumber> toModel(List<String> numbers) {
        List<TelephoneNumber> model = new ArrayList<>();
        for (String tn : numbers) {
            TelephoneNumber telephoneNumber = new TelephoneNumber();
            telephoneNumber.setFullNumber(tn);
            model.add(telephoneNumber);
        }
        return model;
    }
}
