package com.bluepinenet.cdrpipeline.sdk;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisResponse;
import com.bandwidth.iris.sdk.model.ImportTnChecker;
import com.bandwidth.iris.sdk.model.ImportTnCheckerPayload;
import com.bandwidth.iris.sdk.model.ImportTnCheckerResponse;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrders;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.Note;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderResponse;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrders;
import com.bandwidth.iris.sdk.model.Subscriber;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import com.bluepinenet.cdrpipeline.config.DashboardProperties;
import org.springframework.stereotype.Service;

/** Hosted messaging imports through the Iris SDK (the ops CLI and the retry job use this one). */
@Service
public class HostedMessagingSdkService {

    private final IrisClient iris;
    private final DashboardProperties props;

    public HostedMessagingSdkService(IrisClient iris, DashboardProperties props) {
        this.iris = iris;
        this.props = props;
    }

    public ImportTnCheckerResponse precheck(List<String> tns) throws Exception {
        ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
        payload.setTelephoneNumberList(tns);
        return ImportTnChecker.Check(iris, payload);
    }

    public String importNumbers(String customerOrderId, String subscriberName, List<String> tns) throws Exception {
        Subscriber subscriber = new Subscriber();
        subscriber.setName(subscriberName);

        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(Integer.parseInt(props.getSiteId()));
        order.setSipPeer(Integer.parseInt(props.getSipPeerId()));
        order.setLoaAuthorizingPerson("Network Operations");
        order.setSubscriber(subscriber);
        order.setTelephoneNumberList(tns.stream().map(HostedMessagingSdkService::toModel).toList());

        ImportTnOrdersResponse response = ImportTnOrder.Create(iris, order);
        return response.getImportTnOrder().getOrderId();
    }

    public ImportTnOrder importOrder(String orderId) throws Exception {
        return ImportTnOrder.Get(iris, orderId);
    }

    public OrderHistoryWrapper importHistory(String orderId) throws Exception {
        return ImportTnOrder.GetHistory(iris, orderId);
    }

    public ImportTnOrders importsSince(LocalDate from) throws Exception {
        return ImportTnOrder.List(iris, Map.of("createdDateFrom", from.toString()));
    }

    public String removeNumbers(String customerOrderId, List<String> tns) throws Exception {
        RemoveImportedTnOrder order = new RemoveImportedTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setTelephoneNumberList(tns.stream().map(HostedMessagingSdkService::toModel).toList());
        RemoveImportedTnOrderResponse response = RemoveImportedTnOrder.Create(iris, order);
        return response.getRemoveImportedTnOrder().getOrderId();
    }

    public RemoveImportedTnOrders removalsSince(LocalDate from) throws Exception {
        return RemoveImportedTnOrder.List(iris, Map.of("createdDateFrom", from.toString()));
    }

    /** Leaves a note on the import order for the Bandwidth support team. */
    public IrisResponse addImportNote(String orderId, String text) throws Exception {
        Note note = new Note();
        note.setUserId("netops");
        note.setDescription(text);
        return iris.post(iris.buildAccountModelUri(new String[]{"importTnOrders", orderId, "notes"}), note);
    }

    private static TelephoneNumber toModel(String tn) {
        TelephoneNumber model = new TelephoneNumber();
        model.setFullNumber(tn);
        return model;
    }
}
