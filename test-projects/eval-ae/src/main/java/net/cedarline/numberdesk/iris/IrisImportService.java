package net.cedarline.numberdesk.iris;

import static com.bandwidth.iris.sdk.model.ImportTnOrder.GetHistory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisPath;
import com.bandwidth.iris.sdk.model.FileListResponse;
import com.bandwidth.iris.sdk.model.ImportTnChecker;
import com.bandwidth.iris.sdk.model.ImportTnCheckerPayload;
import com.bandwidth.iris.sdk.model.ImportTnCheckerResponse;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrders;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderResponse;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrders;
import com.bandwidth.iris.sdk.model.ServiceAddress;
import com.bandwidth.iris.sdk.model.Subscriber;
import com.bandwidth.iris.sdk.model.TelephoneNumber;

/**
 * SDK flavour of the hosted-messaging import, used by the reseller batch tool. The raw
 * client in dashboard.hosted does the same for single customers.
 */
public class IrisImportService {

    /** Reseller order numbers are yyMMdd plus a 4-digit sequence. */
    static final String PILOT_ORDER_NUMBER = "2406150001";

    private final IrisClient client;
    private final int siteId;
    private final int sipPeerId;

    public IrisImportService(IrisClient client, int siteId, int sipPeerId) {
        this.client = client;
        this.siteId = siteId;
        this.sipPeerId = sipPeerId;
    }

    public String importForMessaging(String customerOrderId, String businessName, List<String> telephoneNumbers) throws Exception {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(siteId);
        order.setSipPeer(sipPeerId);
        order.setLoaAuthorizingPerson("Reseller Desk");
        order.setSubscriber(subscriber(businessName));
        order.setTelephoneNumberList(toModel(telephoneNumbers));
        // ImportTnOrder.Create posts to /accounts/{id}/importTnOrders and waits for the 201
        ImportTnOrdersResponse response = ImportTnOrder.Create(client, order);
        return response.getImportTnOrder().getOrderId();
    }

    public String importResellerPilot() throws Exception {
        return importForMessaging(PILOT_ORDER_NUMBER, "Oakridge Dental", List.of("9842550101", "9842550102", "9842550103"));
    }

    public ImportTnOrders recentImports(String since) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("createdDateFrom", since);
        return ImportTnOrder.List(client, query);
    }

    public String importStatus(String orderId) throws Exception {
        return ImportTnOrder.Get(client, orderId).getProcessingStatus();
    }

    public OrderHistoryWrapper importHistory(String orderId) throws Exception {
        return GetHistory(client, orderId);
    }

    public List<String> loaFiles(String orderId) throws Exception {
        FileListResponse files = ImportTnOrder.GetLoas(client, orderId);
        return files.getFileNames() == null ? List.of() : List.of(files.getFileNames());
    }

    /** Raw XML of an import order, for the support ticket attachment. */
    public String importOrderXml(String orderId) throws Exception {
        return client.get(client.buildAccountModelUri(new String[] {"importTnOrders", orderId})).getResponseBody();
    }

    public String removalOrdersXml() throws Exception {
        return client.get(client.buildAccountModelUri(new String[] {IrisPath.REMOVE_IMPORTED_TN_ORDERS})).getResponseBody();
    }

    public String externalTnsXml(int page) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("page", page);
        query.put("size", 500);
        return client.get(client.buildAccountModelUri(new String[] {"externalTns"}, query)).getResponseBody();
    }

    public String removeFromMessaging(String customerOrderId, List<String> telephoneNumbers) throws Exception {
        RemoveImportedTnOrder removal = new RemoveImportedTnOrder();
        removal.setCustomerOrderId(customerOrderId);
        removal.setTelephoneNumberList(toModel(telephoneNumbers));
        RemoveImportedTnOrderResponse response = RemoveImportedTnOrder.Create(client, removal);
        return response.getRemoveImportedTnOrder().getOrderId();
    }

    public int pendingRemovals() throws Exception {
        RemoveImportedTnOrders orders = RemoveImportedTnOrder.List(client, Map.of("status", "PROCESSING"));
        return orders.getTotalCount();
    }

    /** Which numbers can be imported at all (portability check, no order placed). */
    public List<String> importable(List<String> telephoneNumbers) throws Exception {
        ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
        payload.setTelephoneNumberList(telephoneNumbers);
        ImportTnCheckerResponse response = ImportTnChecker.Check(client, payload);
        List<String> rejected = new ArrayList<>();
        if (response.getImportTnCheckerPayload() != null && response.getImportTnCheckerPayload().getImportTnErrorList() != null) {
            response.getImportTnCheckerPayload().getImportTnErrorList().forEach(e -> rejected.add(e.toString()));
        }
        List<String> ok = new ArrayList<>(telephoneNumbers);
        ok.removeAll(rejected);
        return ok;
    }

    private static List<TelephoneNumber> toModel(List<String> telephoneNumbers) {
        List<TelephoneNumber> list = new ArrayList<>();
        for (String tn : telephoneNumbers) {
            TelephoneNumber number = new TelephoneNumber();
            number.setFullNumber(tn);
            list.add(number);
        }
        return list;
    }

    private static Subscriber subscriber(String businessName) {
        ServiceAddress address = new ServiceAddress();
        address.setHouseNumber("410");
        address.setStreetName("Glenwood Ave");
        address.setCity("Raleigh");
        address.setStateCode("NC");
        address.setZip("27603");
        Subscriber subscriber = new Subscriber();
        subscriber.setBusinessName(businessName);
        subscriber.setSubscriberType("BUSINESS");
        subscriber.setServiceAddress(address);
        return subscriber;
    }
}
