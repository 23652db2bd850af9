package net.korvalink.edge.sdk;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisPath;
import com.bandwidth.iris.sdk.IrisResponse;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.ImportTnChecker;
import com.bandwidth.iris.sdk.model.ImportTnCheckerPayload;
import com.bandwidth.iris.sdk.model.ImportTnCheckerResponse;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrders;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderResponse;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrders;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import com.bandwidth.iris.sdk.model.Subscriber;
import com.bandwidth.iris.sdk.model.TelephoneNumber;

import net.korvalink.edge.config.DashboardProperties;

/** Everything we do through the Iris SDK rather than raw HTTP. */
@Component
public class IrisSdkFacade {

    private final IrisClient client;
    private final DashboardProperties props;

    public IrisSdkFacade(IrisClient client, DashboardProperties props) {
        this.client = client;
        this.props = props;
    }

    public ImportTnOrdersResponse importForHostedMessaging(String customerOrderId, List<String> tns,
            Subscriber subscriber, String loaAuthorizingPerson) throws Exception {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(Integer.parseInt(props.getSiteId()));
        order.setSipPeer(Integer.parseInt(props.getSipPeerId()));
        order.setSubscriber(subscriber);
        order.setLoaAuthorizingPerson(loaAuthorizingPerson);
        order.setTelephoneNumberList(tns.stream().map(IrisSdkFacade::telephoneNumber).toList());
        return ImportTnOrder.Create(client, order);
    }

    public ImportTnOrder importOrder(String orderId) throws Exception {
        return ImportTnOrder.Get(client, orderId);
    }

    public ImportTnOrders openImports() throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("status", "PROCESSING");
        return ImportTnOrder.List(client, query);
    }

    public OrderHistoryWrapper importHistory(String orderId) throws Exception {
        return ImportTnOrder.GetHistory(client, orderId);
    }

    public void uploadLoa(String orderId, File pdf) throws Exception {
        ImportTnOrder.UploadLoasFile(client, orderId, pdf, "application/pdf");
    }

    public RemoveImportedTnOrderResponse removeHosted(String customerOrderId, List<String> tns) throws Exception {
        RemoveImportedTnOrder removal = new RemoveImportedTnOrder();
        removal.setCustomerOrderId(customerOrderId);
        removal.setTelephoneNumberList(tns.stream().map(IrisSdkFacade::telephoneNumber).toList());
        return RemoveImportedTnOrder.Create(client, removal);
    }

    public RemoveImportedTnOrders openRemovals() throws Exception {
        return RemoveImportedTnOrder.List(client, Map.of("status", "PROCESSING"));
    }

    public OrderHistoryWrapper removalHistory(String orderId) throws Exception {
        return RemoveImportedTnOrder.GetHistory(client, orderId);
    }

    /** Raw call: the SDK model drops the Errors block we need for the NOC view. */
    public String importOrderXml(String orderId) throws Exception {
        String uri = client.buildAccountModelUri(new String[] {"importTnOrders", orderId});
        IrisResponse response = client.get(uri);
        return response.getResponseBody();
    }

    public String removalOrderXml(String orderId) throws Exception {
        String uri = client.buildAccountModelUri(new String[] {IrisPath.REMOVE_IMPORTED_TN_ORDERS, orderId});
        return client.get(uri).getResponseBody();
    }

    public ImportTnCheckerResponse checkImportable(List<String> tns) throws Exception {
        ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
        payload.setTelephoneNumberList(tns);
        return ImportTnChecker.Check(client, payload);
    }

    public OrderResponse orderNumbers(List<String> tns, String customerOrderId) throws Exception {
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(tns);
        Order order = new Order();
        order.setName("noc-" + customerOrderId);
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(props.getSiteId());
        order.setPeerId(props.getSipPeerId());
        order.setPartialAllowed(false);
        order.setExistingTelephoneNumberOrderType(existing);
        return Order.create(client, order);
    }

    public void setCallForward(String tn, String forwardTo) throws Exception {
        SipPeer peer = SipPeer.get(client, props.getSiteId(), props.getSipPeerId());
        SipPeerTelephoneNumber number = new SipPeerTelephoneNumber();
        number.setFullNumber(tn);
        number.setCallForward(forwardTo);
        peer.updateTn(number);
    }

    public String newCustomerOrderId() {
        return "noc-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static TelephoneNumber telephoneNumber(String tn) {
        TelephoneNumber number = new TelephoneNumber();
        number.setFullNumber(tn);
        return number;
    }
}
