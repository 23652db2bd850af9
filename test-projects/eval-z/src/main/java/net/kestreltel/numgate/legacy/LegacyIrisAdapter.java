package net.kestreltel.numgate.legacy;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.ImportTnChecker;
import com.bandwidth.iris.sdk.model.ImportTnCheckerPayload;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.OrderHistory;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import com.bandwidth.iris.sdk.model.Subscriber;
import com.bandwidth.iris.sdk.model.Subscription;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptions;
import com.bandwidth.iris.sdk.model.Tns;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.kestreltel.numgate.config.DashboardProperties;
import net.kestreltel.numgate.config.KestrelProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Hosted messaging through the Iris SDK, the way the gateway did it before 2.0. Still enabled
 * for the east-region accounts (profile "legacy") until HostedMessagingClient has soaked there.
 * Every method blocks; callers wrap them in {@code Mono.fromCallable(..).subscribeOn(boundedElastic())}.
 */
@Component
@ConditionalOnProperty(prefix = "kestrel.legacy-iris", name = "enabled", havingValue = "true")
public class LegacyIrisAdapter {

    private static final Logger log = LoggerFactory.getLogger(LegacyIrisAdapter.class);

    /** A number of ours that always exists; looked up by the readiness check. */
    private static final String HEALTH_CHECK_TN = "9192150377";

    private final IrisClient client;
    private final String siteId;
    private final String sipPeerId;

    public LegacyIrisAdapter(KestrelProperties.LegacyIris legacy, DashboardProperties dashboard, XmlMapper xmlMapper) {
        if (legacy.configFile() != null) {
            LegacyIrisSettings file = LegacyIrisSettings.load(xmlMapper, legacy.configFile());
            this.client = new IrisClient(file.uri(), file.accountId(), dashboard.username(), dashboard.password(), file.version());
            this.siteId = file.siteId();
            this.sipPeerId = file.sipPeerId();
        } else if (legacy.uri() == null || legacy.uri().isBlank()) {
            this.client = new IrisClient(dashboard.accountId(), dashboard.username(), dashboard.password());
            this.siteId = dashboard.siteId();
            this.sipPeerId = dashboard.sipPeerId();
        } else {
            this.client = new IrisClient(legacy.uri(), dashboard.accountId(), dashboard.username(), dashboard.password(), legacy.version());
            this.siteId = dashboard.siteId();
            this.sipPeerId = dashboard.sipPeerId();
        }
    }

    LegacyIrisAdapter(IrisClient client, String siteId, String sipPeerId) {
        this.client = client;
        this.siteId = siteId;
        this.sipPeerId = sipPeerId;
    }

    public String importForMessaging(List<String> numbers, String customerOrderId, String businessName) throws Exception {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(Integer.parseInt(siteId));
        order.setSipPeer(Integer.parseInt(sipPeerId));
        Subscriber subscriber = new Subscriber();
        subscriber.setName(businessName);
        subscriber.setBusinessName(businessName);
        order.setSubscriber(subscriber);
        order.setLoaAuthorizingPerson(businessName);
        order.setTelephoneNumberList(numbers.stream().map(LegacyIrisAdapter::tn).toList());
        ImportTnOrdersResponse response = ImportTnOrder.Create(client, order);
        return response.getImportTnOrder().getOrderId();
    }

    public String importStatus(String orderId) throws Exception {
        return ImportTnOrder.Get(client, orderId).getProcessingStatus();
    }

    public List<String> importNotes(String orderId) throws Exception {
        return ImportTnOrder.GetHistory(client, orderId).getOrderHistoryList().stream()
                .map(OrderHistory::getNote)
                .toList();
    }

    public int openImports() throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("status", "PROCESSING");
        return ImportTnOrder.List(client, query).getTotalCount();
    }

    public List<String> loaFiles(String orderId) throws Exception {
        return Arrays.asList(ImportTnOrder.GetLoas(client, orderId).getFileNames());
    }

    public String removeFromMessaging(List<String> numbers, String customerOrderId) throws Exception {
        RemoveImportedTnOrder order = new RemoveImportedTnOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setTelephoneNumberList(numbers.stream().map(LegacyIrisAdapter::tn).toList());
        return RemoveImportedTnOrder.Create(client, order).getRemoveImportedTnOrder().getOrderId();
    }

    public int openRemovals() throws Exception {
        return RemoveImportedTnOrder.List(client, Map.of("status", "PROCESSING")).getTotalCount();
    }

    /** Whether numbers can be imported at all (not already hosted elsewhere). */
    public boolean importable(List<String> numbers) throws Exception {
        ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
        payload.setTelephoneNumberList(numbers);
        return ImportTnChecker.Check(client, payload).getImportTnCheckerPayload().getImportTnErrorList() == null;
    }

    public List<?> availableInAreaCode(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        return AvailableNumbers.search(client, query);
    }

    public List<String> inserviceInAreaCode(String areaCode) throws Exception {
        List<String> tns = InserviceNumber.list(client, Map.of("areacode", areaCode, "size", 500)).getTelephoneNumbers();
        log.debug("{} in-service numbers in {}", tns.size(), areaCode);
        return tns;
    }

    /** Exchanges of an area code; the SDK passes the query through, so the v2 filter works here. */
    public List<String> exchanges(String areaCode) throws Exception {
        return AvailableNpaNxx.list(client, Map.of("areaCode", areaCode, "countryCodeA3", "USA")).stream()
                .map(e -> e.getNpa() + e.getNxx())
                .toList();
    }

    /** Area codes that still have stock in a state, for the east-region coverage map. */
    public Set<Integer> areaCodesWithStock(String state) throws Exception {
        return AvailableNpaNxx.list(client, Map.of("state", state)).stream()
                .map(e -> Integer.parseInt(e.getNpa()))
                .collect(Collectors.toSet());
    }

    /** Exchange (NXX) of each in-service number, for the rate-center audit. */
    public Map<String, Long> exchangeHistogram(String areaCode) throws Exception {
        return inserviceInAreaCode(areaCode).stream()
                .collect(Collectors.groupingBy(tn -> tn.substring(3, 6), Collectors.counting()));
    }

    public void disableSms(List<String> numbers, String customerOrderId) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms("off");
        group.setTelephoneNumbers(numbers);
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setTnOptionGroups(List.of(group));
        TnOptions.create(client, order);
    }

    public void forwardCalls(String tn, String forwardTo) throws Exception {
        SipPeer peer = SipPeer.get(client, siteId, sipPeerId);
        SipPeerTelephoneNumber settings = new SipPeerTelephoneNumber();
        settings.setFullNumber(tn);
        settings.setCallForward(forwardTo);
        peer.updateTn(settings);
    }

    public String subscribeImportOrders(String url, String user, String password) throws Exception {
        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(url);
        callback.setUser(user);
        callback.setExpiry("3122064000");
        Subscription subscription = new Subscription();
        subscription.setOrderType("importtnorders");
        subscription.setCallbackSubscription(callback);
        return Subscription.create(client, subscription).getSubscriptionId();
    }

    public boolean healthy() {
        try {
            TelephoneNumberDetails details = Tns.getTnDetails(client, HEALTH_CHECK_TN);
            return "Inservice".equalsIgnoreCase(details.getStatus());
        } catch (Exception e) {
            log.warn("Iris SDK health check failed", e);
            return false;
        }
    }

    private static TelephoneNumber tn(String number) {
        TelephoneNumber tn = new TelephoneNumber();
        tn.setFullNumber(number);
        return tn;
    }
}
