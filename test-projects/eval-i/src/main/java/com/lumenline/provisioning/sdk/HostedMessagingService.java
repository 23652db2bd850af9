package com.lumenline.provisioning.sdk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrderSummary;
import com.bandwidth.iris.sdk.model.ImportTnOrders;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderResponse;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrders;
import com.bandwidth.iris.sdk.model.ServiceAddress;
import com.bandwidth.iris.sdk.model.Subscriber;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import com.lumenline.provisioning.config.DashboardProperties;

import org.springframework.stereotype.Service;

/**
 * Hosted messaging imports through the Iris SDK, used by the self-service "bring your own
 * number for SMS" flow. Bulk imports go through {@code ImportTnOrderClient}.
 */
@Service
public class HostedMessagingService {

    private final IrisClient irisClient;
    private final DashboardProperties props;

    public HostedMessagingService(IrisClient irisClient, DashboardProperties props) {
        this.irisClient = irisClient;
        this.props = props;
    }

    public String importNumbers(String customerOrderId, String businessName, ServiceAddress address,
                                String authorizingPerson, List<String> telephoneNumbers) throws Exception {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(Integer.parseInt(props.defaultSiteId()));
        order.setSipPeer(Integer.parseInt(props.defaultSipPeerId()));
        order.setLoaAuthorizingPerson(authorizingPerson);
        Subscriber subscriber = new Subscriber();
        subscriber.setName(businessName);
        subscriber.setServiceAddress(address);
        order.setSubscriber(subscriber);
        List<TelephoneNumber> tns = new ArrayList<>();
        for (String number : telephoneNumbers) {
            TelephoneNumber tn = new TelephoneNumber();
            tn.setFullNumber(number);
            tns.add(tn);
        }
        order.setTelephoneNumberList(tns);

        ImportTnOrdersResponse response = ImportTnOrder.Create(irisClient, order);
        return response.getImportTnOrder().getOrderId();
    }

    public String importStatus(String orderId) throws Exception {
        return ImportTnOrder.Get(irisClient, orderId).getProcessingStatus();
    }

    public OrderHistoryWrapper importHistory(String orderId) throws Exception {
        return ImportTnOrder.GetHistory(irisClient, orderId);
    }

    public List<String> pendingImports() throws Exception {
        ImportTnOrders orders = ImportTnOrder.List(irisClient, Map.of("status", "PROCESSING"));
        List<String> ids = new ArrayList<>();
        if (orders.getImportTnOrderSummaryList() != null) {
            for (ImportTnOrderSummary summary : orders.getImportTnOrderSummaryList()) {
                ids.add(summary.getOrderId());
            }
        }
        return ids;
    }

    public String removeNumbers(String customerOrderId, List<String> telephoneNumbers) throws Exception {
        RemoveImportedTnOrder order = new RemoveImportedTnOrder();
        order.setCustomerOrderId(customerOrderId);
        List<TelephoneNumber> tns = new ArrayList<>();
        for (String number : telephoneNumbers) {
            TelephoneNumber tn = new TelephoneNumber();
            tn.setFullNumber(number);
            tns.add(tn);
        }
        order.setTelephoneNumberList(tns);
        RemoveImportedTnOrderResponse response = RemoveImportedTnOrder.Create(irisClient, order);
        return response.getRemoveImportedTnOrder().getOrderId();
    }

    public int removalsInFlight() throws Exception {
        RemoveImportedTnOrders orders = RemoveImportedTnOrder.List(irisClient, Map.of("status", "PROCESSING"));
        return orders == null ? 0 : orders.getTotalCount();
    }
}
