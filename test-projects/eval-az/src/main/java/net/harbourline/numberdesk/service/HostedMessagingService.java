package net.harbourline.numberdesk.service;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisResponse;
import com.bandwidth.iris.sdk.model.ImportTnChecker;
import com.bandwidth.iris.sdk.model.ImportTnCheckerPayload;
import com.bandwidth.iris.sdk.model.ImportTnCheckerResponse;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderResponse;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrders;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import net.harbourline.numberdesk.config.DashboardSettings;
import net.harbourline.numberdesk.domain.ImportOrderRecord;

import java.io.File;
import java.util.List;
import java.util.Map;

/**
 * Hosted messaging: SMS on numbers whose voice service stays with the customer's carrier.
 */
@Stateless
public class HostedMessagingService {

    @Inject
    IrisClient iris;

    @Inject
    DashboardSettings settings;

    @PersistenceContext(unitName = "numberdesk")
    EntityManager em;

    public boolean allPortable(List<String> tns) throws Exception {
        ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
        payload.setTelephoneNumberList(tns);
        ImportTnCheckerResponse response = ImportTnChecker.Check(iris, payload);
        ImportTnCheckerPayload result = response.getImportTnCheckerPayload();
        return result == null || result.getImportTnErrorList() == null || result.getImportTnErrorList().isEmpty();
    }

    public String importForMessaging(String customerOrderId, List<String> tns, String loaPerson) throws Exception {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(Integer.parseInt(settings.siteId()));
        order.setSipPeer(Integer.parseInt(settings.sipPeerId()));
        order.setLoaAuthorizingPerson(loaPerson);
        order.setTelephoneNumberList(tns.stream().map(HostedMessagingService::toSdkNumber).toList());
        ImportTnOrdersResponse response = ImportTnOrder.Create(iris, order);
        String orderId = response.getImportTnOrder().getOrderId();
        em.persist(new ImportOrderRecord(orderId, customerOrderId, ImportOrderRecord.Kind.IMPORT));
        return orderId;
    }

    public void uploadLoa(String orderId, File loa) throws Exception {
        ImportTnOrder.UploadLoasFile(iris, orderId, loa, "application/pdf");
    }

    public ImportTnOrder status(String orderId) throws Exception {
        return ImportTnOrder.Get(iris, orderId);
    }

    public OrderHistoryWrapper history(String orderId) throws Exception {
        return ImportTnOrder.GetHistory(iris, orderId);
    }

    public String removeFromMessaging(String customerOrderId, List<String> tns) throws Exception {
        RemoveImportedTnOrder removal = new RemoveImportedTnOrder();
        removal.setCustomerOrderId(customerOrderId);
        removal.setTelephoneNumberList(tns.stream().map(HostedMessagingService::toSdkNumber).toList());
        RemoveImportedTnOrderResponse response = RemoveImportedTnOrder.Create(iris, removal);
        String orderId = response.getRemoveImportedTnOrder().getOrderId();
        em.persist(new ImportOrderRecord(orderId, customerOrderId, ImportOrderRecord.Kind.REMOVE));
        return orderId;
    }

    public RemoveImportedTnOrders pendingRemovals() throws Exception {
        return RemoveImportedTnOrder.List(iris, Map.of("status", "PROCESSING"));
    }

    /** The SDK has no call for the notes of an import order, so we go through the raw client. */
    public String importOrderNotes(String orderId) throws Exception {
        String uri = iris.buildAccountModelUri(new String[]{"importTnOrders", orderId, "notes"});
        IrisResponse response = iris.get(uri);
        return response.getResponseBody();
    }

    private static TelephoneNumber toSdkNumber(String tn) {
        TelephoneNumber number = new TelephoneNumber();
        number.setFullNumber(tn);
        return number;
    }
}
