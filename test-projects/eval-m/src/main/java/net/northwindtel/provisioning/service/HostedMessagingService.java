package net.northwindtel.provisioning.service;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisResponse;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.OrderHistory;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderResponse;
import com.bandwidth.iris.sdk.model.Subscriber;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import lombok.extern.slf4j.Slf4j;
import net.northwindtel.provisioning.config.DashboardProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

import java.io.File;
import java.util.List;

import static com.bandwidth.iris.sdk.model.RemoveImportedTnOrder.GetHistory;

/**
 * Hosted messaging: imports numbers whose voice service stays with another carrier so that we
 * can text-enable them, and removes them again when the customer leaves.
 */
@Slf4j
@Service
public class HostedMessagingService {

    private static final String AUDIT_EVENT_IMPORT = "importTnOrders.created";

    private final IrisClient irisClient;
    private final RestClient dashboardRestClient;
    private final DashboardProperties dashboard;

    public HostedMessagingService(IrisClient irisClient,
                                  @Qualifier("dashboardRestClient") RestClient dashboardRestClient,
                                  DashboardProperties dashboard) {
        this.irisClient = irisClient;
        this.dashboardRestClient = dashboardRestClient;
        this.dashboard = dashboard;
    }

    public String importNumbers(String customerOrderId, String businessName, List<String> tns) throws Exception {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(Integer.parseInt(dashboard.getDefaultSiteId()));
        order.setSipPeer(Integer.parseInt(dashboard.getDefaultSipPeerId()));
        order.setLoaAuthorizingPerson(businessName);
        Subscriber subscriber = new Subscriber();
        subscriber.setName(businessName);
        order.setSubscriber(subscriber);
        order.setTelephoneNumberList(tns.stream().map(tn -> {
            TelephoneNumber number = new TelephoneNumber();
            number.setFullNumber(tn);
            return number;
        }).toList());
        ImportTnOrdersResponse response = ImportTnOrder.Create(irisClient, order);
        String orderId = response.getImportTnOrder().getOrderId();
        log.info("{} {} for {} numbers", AUDIT_EVENT_IMPORT, orderId, tns.size());
        return orderId;
    }

    public void attachLoa(String orderId, File loaPdf) throws Exception {
        ImportTnOrder.UploadLoasFile(irisClient, orderId, loaPdf, "application/pdf");
    }

    public void replaceLoa(String orderId, String fileName, byte[] pdf) {
        dashboardRestClient.put()
                .uri("/accounts/" + dashboard.getAccountId() + "/importTnOrders/" + orderId + "/loas/" + fileName)
                .contentType(MediaType.APPLICATION_PDF)
                .body(pdf)
                .retrieve()
                .toBodilessEntity();
    }

    public List<OrderHistory> importHistory(String orderId) throws Exception {
        return ImportTnOrder.GetHistory(irisClient, orderId).getOrderHistoryList();
    }

    public String removeNumbers(String customerOrderId, List<String> tns) throws Exception {
        RemoveImportedTnOrder removal = new RemoveImportedTnOrder();
        removal.setCustomerOrderId(customerOrderId);
        removal.setTelephoneNumberList(tns.stream().map(tn -> {
            TelephoneNumber number = new TelephoneNumber();
            number.setFullNumber(tn);
            return number;
        }).toList());
        RemoveImportedTnOrderResponse response = RemoveImportedTnOrder.Create(irisClient, removal);
        return response.getRemoveImportedTnOrder().getOrderId();
    }

    public List<OrderHistory> removalHistory(String orderId) throws Exception {
        return GetHistory(irisClient, orderId).getOrderHistoryList();
    }

    /** Raw XML of a removal's history, for the support tool (the SDK drops the Note author). */
    public String removalHistoryXml(String orderId) throws Exception {
        String uri = irisClient.buildAccountModelUri(new String[]{"removeImportedTnOrders", orderId, "history"});
        IrisResponse response = irisClient.get(uri);
        return response.getResponseBody();
    }
}
