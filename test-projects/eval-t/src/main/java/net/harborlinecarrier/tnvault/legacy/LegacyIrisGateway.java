package net.harborlinecarrier.tnvault.legacy;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.CallbackCredentials;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.ImportTnChecker;
import com.bandwidth.iris.sdk.model.ImportTnCheckerPayload;
import com.bandwidth.iris.sdk.model.ImportTnCheckerResponse;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrders;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderResponse;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import com.bandwidth.iris.sdk.model.Subscription;
import com.bandwidth.iris.sdk.model.TNss;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptionOrderResponse;
import com.bandwidth.iris.sdk.model.TnOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.harborlinecarrier.tnvault.config.DashboardConfiguration;

/**
 * The legacy porting module's door to the Dashboard, through the Iris SDK. New code uses the
 * Jersey clients in {@code dashboard}; this one is kept for port-ins and the ops scripts.
 */
public class LegacyIrisGateway {

    private final IrisClient client;
    private final String siteId;
    private final String sipPeerId;

    public LegacyIrisGateway(DashboardConfiguration dashboard) {
        this(new IrisClient(dashboard.getAccountId(), dashboard.getUsername(), dashboard.getPassword()),
                dashboard.getSiteId(), dashboard.getSipPeerId());
    }

    public LegacyIrisGateway(IrisClient client, String siteId, String sipPeerId) {
        this.client = client;
        this.siteId = siteId;
        this.sipPeerId = sipPeerId;
    }

    /** Used by the ops scripts, which read legacy/iris-client.xml. */
    public static LegacyIrisGateway fromSettings(LegacyIrisSettings s) {
        IrisClient client = new IrisClient(s.uri(), s.accountId(), s.username(), s.password(), s.version());
        return new LegacyIrisGateway(client, s.siteId(), s.sipPeerId());
    }

    /** Sandbox account for the porting desk's training sessions. */
    public static LegacyIrisGateway sandbox(String accountId, String user, String password) {
        return new LegacyIrisGateway(
                new IrisClient("https://test.dashboard.bandwidth.com", accountId, user, password, "v1.0"),
                "1", "1");
    }

    IrisClient client() {
        return client;
    }

    @SuppressWarnings("unchecked")
    public List<String> searchAreaCode(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        query.put("enableTNDetail", false);
        return (List<String>) AvailableNumbers.search(client, query);
    }

    public List<String> inService(int npa) throws Exception {
        TNss tns = InserviceNumber.list(client, Map.of("areaCode", String.valueOf(npa), "size", 1000));
        return tns.getTelephoneNumbers();
    }

    /** Exchanges per NPA for the capacity report. */
    public Map<Integer, Integer> exchangeStock(String areaCode) throws Exception {
        Map<String, Object> query = new TreeMap<>();
        query.put("countryCodeA3", "USA");
        query.put("areaCode", areaCode);
        Map<Integer, Integer> stock = new TreeMap<>();
        for (AvailableNpaNxx row : AvailableNpaNxx.list(client, query)) {
            stock.merge(Integer.parseInt(row.getNpa()), row.getQuantity(), Integer::sum);
        }
        return stock;
    }

    public String importHosted(String customerOrderId, List<String> tns) throws Exception {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(Integer.parseInt(siteId));
        order.setSipPeer(Integer.parseInt(sipPeerId));
        order.setLoaAuthorizingPerson("Harborline Carrier Services");
        List<TelephoneNumber> numbers = new ArrayList<>();
        for (String tn : tns) {
            TelephoneNumber number = new TelephoneNumber();
            number.setFullNumber(tn);
            numbers.add(number);
        }
        order.setTelephoneNumberList(numbers);
        ImportTnOrdersResponse response = ImportTnOrder.Create(client, order);
        return response.getImportTnOrder().getOrderId();
    }

    public String importStatus(String orderId) throws Exception {
        return ImportTnOrder.Get(client, orderId).getProcessingStatus();
    }

    /** Imports stuck in PROCESSING, for the morning ops report. */
    public int pendingImports() throws Exception {
        ImportTnOrders orders = ImportTnOrder.List(client, Map.of("status", "PROCESSING"));
        return orders.getTotalCount();
    }

    public OrderHistoryWrapper importHistory(String orderId) throws Exception {
        return ImportTnOrder.GetHistory(client, orderId);
    }

    public String removeHosted(String customerOrderId, List<String> tns) throws Exception {
        RemoveImportedTnOrder order = new RemoveImportedTnOrder();
        order.setCustomerOrderId(customerOrderId);
        List<TelephoneNumber> numbers = new ArrayList<>();
        for (String tn : tns) {
            TelephoneNumber number = new TelephoneNumber();
            number.setFullNumber(tn);
            numbers.add(number);
        }
        order.setTelephoneNumberList(numbers);
        RemoveImportedTnOrderResponse response = RemoveImportedTnOrder.Create(client, order);
        return response.getRemoveImportedTnOrder().getOrderId();
    }

    public ImportTnCheckerResponse checkImportable(List<String> tns) throws Exception {
        ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
        payload.setTelephoneNumberList(tns);
        return ImportTnChecker.Check(client, payload);
    }

    /** Routing change only; SMS is switched with TN option orders below. */
    public void forward(String tn, String forwardTo) throws Exception {
        SipPeer peer = SipPeer.get(client, siteId, sipPeerId);
        SipPeerTelephoneNumber settings = new SipPeerTelephoneNumber();
        settings.setFullNumber(tn);
        settings.setCallForward(forwardTo);
        peer.updateTn(settings);
    }

    public String smsOn(String customerOrderId, List<String> tns) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms("on");
        group.setTelephoneNumbers(tns);
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setTnOptionGroups(List.of(group));
        TnOptionOrderResponse response = TnOptions.create(client, order);
        return response.getTnOptionOrder().getOrderId();
    }

    /** Port-in callbacks for the porting desk's own listener (the old Tomcat app). */
    public Subscription subscribePortIns(String url, String user, String password) throws Exception {
        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(url);
        callback.setExpiry("3122064000");
        CallbackCredentials credentials = new CallbackCredentials();
        com.bandwidth.iris.sdk.model.BasicAuthentication basic = new com.bandwidth.iris.sdk.model.BasicAuthentication();
        basic.setUsername(user);
        basic.setPassword(password);
        credentials.setBasicAuthentication(basic);
        callback.setCallbackCredentials(credentials);
        Subscription subscription = new Subscription();
        subscription.setOrderType("portins");
        subscription.setCallbackSubscription(callback);
        return Subscription.create(client, subscription);
    }
}
