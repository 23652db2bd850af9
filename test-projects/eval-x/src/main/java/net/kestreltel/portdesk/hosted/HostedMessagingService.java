package net.kestreltel.portdesk.hosted;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrders;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import com.google.inject.Inject;
import net.kestreltel.portdesk.config.DashboardSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Enables hosted messaging (SMS) on numbers whose voice service stays with another carrier.
 * Thin wrapper around ImportTnOrder.Create / RemoveImportedTnOrder.Create of the Iris SDK.
 */
public class HostedMessagingService {

    private static final Logger LOG = LoggerFactory.getLogger(HostedMessagingService.class);

    private final IrisClient client;
    private final DashboardSettings settings;

    @Inject
    public HostedMessagingService(IrisClient client, DashboardSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    public String enable(List<String> tns, String authorizingPerson) throws Exception {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId("HM-" + UUID.randomUUID());
        order.setSiteId(Integer.parseInt(settings.siteId()));
        order.setSipPeer(Integer.parseInt(settings.sipPeerId()));
        order.setLoaAuthorizingPerson(authorizingPerson);
        order.setTelephoneNumberList(tns.stream().map(HostedMessagingService::toSdkNumber).toList());
        ImportTnOrdersResponse response = ImportTnOrder.Create(client, order);
        String orderId = response.getImportTnOrder().getOrderId();
        LOG.info("Hosted messaging order {} created for {} numbers", orderId, tns.size());
        return orderId;
    }

    public String status(String orderId) throws Exception {
        return ImportTnOrder.Get(client, orderId).getProcessingStatus();
    }

    public OrderHistoryWrapper history(String orderId) throws Exception {
        return ImportTnOrder.GetHistory(client, orderId);
    }

    public ImportTnOrders pending() throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("status", "PROCESSING");
        return ImportTnOrder.List(client, query);
    }

    public String disable(List<String> tns) throws Exception {
        RemoveImportedTnOrder order = new RemoveImportedTnOrder();
        order.setCustomerOrderId("HMR-" + UUID.randomUUID());
        order.setTelephoneNumberList(tns.stream().map(HostedMessagingService::toSdkNumber).toList());
        RemoveImportedTnOrderResponse response = RemoveImportedTnOrder.Create(client, order);
        return response.toString();
    }

    private static TelephoneNumber toSdkNumber(String tn) {
        TelephoneNumber number = new TelephoneNumber();
        number.setFullNumber(tn);
        return number;
    }
}
