package net.cobaltline.numbers.legacy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrders;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderResponse;
import com.bandwidth.iris.sdk.model.ServiceAddress;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import com.bandwidth.iris.sdk.model.Subscriber;
import com.bandwidth.iris.sdk.model.Subscription;
import com.bandwidth.iris.sdk.model.TNss;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptions;
import com.bandwidth.iris.sdk.model.Tns;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.cobaltline.numbers.config.SecretsProvider;

/**
 * Hosted-messaging imports for reseller accounts. Ported from the on-prem provisioning box
 * with its Iris SDK code kept as it was; new work goes through {@code HostedMessagingApi}.
 */
public class LegacyIrisImportHandler implements RequestHandler<SQSEvent, Void> {

    private static final Logger log = LoggerFactory.getLogger(LegacyIrisImportHandler.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reserved number on the reseller site, used to check the account is reachable. */
    static final String HEALTH_TN = "9195550177";

    record ResellerRequest(String action, String orderId, String customerOrderId, String siteId,
                           String sipPeerId, List<String> tns, String loaPerson, String subscriberName,
                           String areaCode) {
    }

    private final IrisClient iris;

    public LegacyIrisImportHandler() {
        SecretsProvider.DashboardCredentials creds = SecretsProvider.fromEnvironment().dashboard();
        this.iris = LegacyIrisClients.production(System.getenv("RESELLER_ACCOUNT_ID"), creds.username(), creds.password());
    }

    LegacyIrisImportHandler(IrisClient iris) {
        this.iris = iris;
    }

    @Override
    public Void handleRequest(SQSEvent event, Context context) {
        for (SQSEvent.SQSMessage m : event.getRecords()) {
            try {
                ResellerRequest r = JSON.readValue(m.getBody(), ResellerRequest.class);
                switch (r.action()) {
                    case "IMPORT" -> importTns(r);
                    case "REMOVE" -> removeTns(r);
                    case "STATUS" -> log.info("Import {}: {}", r.orderId(), status(r.orderId()));
                    case "SEARCH" -> log.info("Available in {}: {}", r.areaCode(), searchAvailable(r.areaCode()));
                    default -> log.warn("Unknown reseller action {}", r.action());
                }
            } catch (Exception e) {
                throw new IllegalStateException("reseller message " + m.getMessageId() + " failed", e);
            }
        }
        return null;
    }

    /** Imports without an uploaded LOA are rejected after a day; ops checks this first. */
    boolean hasLoa(String orderId) throws Exception {
        return ImportTnOrder.GetLoas(iris, orderId).getFileCount() > 0;
    }

    String importTns(ResellerRequest r) throws Exception {
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId(r.customerOrderId());
        order.setSiteId(Integer.parseInt(r.siteId()));
        order.setSipPeer(Integer.parseInt(r.sipPeerId()));
        order.setLoaAuthorizingPerson(r.loaPerson());
        order.setSubscriber(subscriber(r.subscriberName()));
        order.setTelephoneNumberList(r.tns().stream().map(LegacyIrisImportHandler::telephoneNumber).toList());
        ImportTnOrdersResponse response = ImportTnOrder.Create(iris, order);
        String id = response.getImportTnOrder().getOrderId();
        log.info("Reseller import {} created for {} numbers", id, r.tns().size());
        return id;
    }

    String removeTns(ResellerRequest r) throws Exception {
        RemoveImportedTnOrder removal = new RemoveImportedTnOrder();
        removal.setCustomerOrderId(r.customerOrderId());
        removal.setTelephoneNumberList(r.tns().stream().map(LegacyIrisImportHandler::telephoneNumber).toList());
        RemoveImportedTnOrderResponse response = RemoveImportedTnOrder.Create(iris, removal);
        return response.getRemoveImportedTnOrder().getOrderId();
    }

    String status(String orderId) throws Exception {
        ImportTnOrder order = ImportTnOrder.Get(iris, orderId);
        OrderHistoryWrapper history = ImportTnOrder.GetHistory(iris, orderId);
        return order.getProcessingStatus() + " (" + history + ")";
    }

    int pendingImports() throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("status", "PROCESSING");
        ImportTnOrders pending = ImportTnOrder.List(iris, query);
        return pending.getTotalCount();
    }

    @SuppressWarnings("unchecked")
    List<String> searchAvailable(String areaCode) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("enableTNDetail", false);
        query.put("quantity", 10);
        return (List<String>) AvailableNumbers.search(iris, query);
    }

    TNss inService(String areaCode) throws Exception {
        return InserviceNumber.list(iris, Map.of("areaCode", areaCode, "page", "1", "size", "100"));
    }

    /** Area codes of the reseller's exchanges that still have stock, as numbers for the sales sheet. */
    List<Integer> stockedAreaCodes(String areaCode) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", 1);
        return AvailableNpaNxx.list(iris, query).stream()
                .filter(n -> n.getQuantity() > 0)
                .map(n -> Integer.parseInt(n.getNpa()))
                .distinct()
                .toList();
    }

    boolean healthy() {
        try {
            TelephoneNumberDetails d = Tns.getTnDetails(iris, HEALTH_TN);
            return "Inservice".equalsIgnoreCase(d.getStatus());
        } catch (Exception e) {
            log.warn("Reseller account health check failed", e);
            return false;
        }
    }

    /** SMS for reseller numbers is switched with TN option orders (the SDK's way). */
    String enableSms(List<String> tns) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms("on");
        group.setNumberFormat("10digit");
        group.setTelephoneNumbers(tns);
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId("reseller-sms-" + System.currentTimeMillis());
        order.setTnOptionGroups(List.of(group));
        return TnOptions.create(iris, order).getTnOptionOrder().getOrderId();
    }

    /** Points the reseller's test number at the IVR; run by hand from the console. */
    void forwardTestNumber(String siteId, String peerId) throws Exception {
        SipPeer peer = SipPeer.get(iris, siteId, peerId);
        SipPeerTelephoneNumber tn = new SipPeerTelephoneNumber();
        tn.setFullNumber("9195550188");
        tn.setCallForward("9195550199");
        tn.setNumberFormat("10digit");
        peer.updateTn(tn);
    }

    void subscribeImports(String callbackUrl) throws Exception {
        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(callbackUrl);
        callback.setExpiry("3122064000");
        Subscription subscription = new Subscription();
        subscription.setOrderType("importtnorders");
        subscription.setCallbackSubscription(callback);
        Subscription.create(iris, subscription);
    }

    private static Subscriber subscriber(String name) {
        Subscriber s = new Subscriber();
        s.setName(name);
        ServiceAddress a = new ServiceAddress();
        a.setHouseNumber("4101");
        a.setStreetName("Lake Boone Trl");
        a.setCity("Raleigh");
        a.setStateCode("NC");
        a.setZip("27607");
        a.setCountry("US");
        s.setServiceAddress(a);
        return s;
    }

    private static TelephoneNumber telephoneNumber(String fullNumber) {
        TelephoneNumber t = new TelephoneNumber();
        t.setFullNumber(fullNumber);
        return t;
    }
}
