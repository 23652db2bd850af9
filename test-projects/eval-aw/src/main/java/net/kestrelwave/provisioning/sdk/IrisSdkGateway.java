package net.kestrelwave.provisioning.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.BasicAuthentication;
import com.bandwidth.iris.sdk.model.CallbackCredentials;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.EmailSubscription;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import com.bandwidth.iris.sdk.model.Subscription;
import com.bandwidth.iris.sdk.model.TNss;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptionOrderResponse;
import com.bandwidth.iris.sdk.model.Tns;
import net.kestrelwave.provisioning.config.EnvironmentConfig;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Wrapper around the Iris SDK's static model calls, so handlers can be unit tested with a fake.
 */
public class IrisSdkGateway {

    /** Parked on the lab site, used by the hourly synthetic check. */
    static final String CANARY_TN = "9194560163";

    private final IrisClient client;
    private final EnvironmentConfig env;

    public IrisSdkGateway(IrisClient client, EnvironmentConfig env) {
        this.client = client;
        this.env = env;
    }

    public List<?> searchAvailable(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        query.put("enableTNDetail", true);
        return AvailableNumbers.search(client, query);
    }

    /** Used by the Canadian reseller flow, which always knew the country. */
    public List<?> searchAvailableInCountry(String countryCodeA3, String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("countryCodeA3", countryCodeA3);
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        return AvailableNumbers.search(client, query);
    }

    public List<String> inServiceNumbers(String npa) throws Exception {
        TNss page = InserviceNumber.list(client, Map.of("areacode", npa, "size", 500));
        return page.getTelephoneNumbers().stream()
                .filter(tn -> tn.length() == 10)
                .toList();
    }

    public List<String> npaNxxWithStock(String areaCode, int preferredNpa) throws Exception {
        List<AvailableNpaNxx> blocks = AvailableNpaNxx.list(client, Map.of("areaCode", areaCode, "quantity", 5));
        List<String> result = new ArrayList<>();
        for (AvailableNpaNxx block : blocks) {
            int npa = Integer.parseInt(block.getNpa());
            String prefix = npa + block.getNxx();
            if (block.getQuantity() > 0 && Integer.parseInt(block.getNpa()) == preferredNpa) {
                result.add(0, prefix);
            } else {
                result.add(prefix);
            }
        }
        return result;
    }

    public OrderResponse orderNumbers(String customerOrderId, List<String> telephoneNumbers) throws Exception {
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(telephoneNumbers);
        Order order = new Order();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(env.siteId());
        order.setPeerId(env.sipPeerId());
        order.setPartialAllowed(false);
        order.setExistingTelephoneNumberOrderType(existing);
        return Order.create(client, order);
    }

    public TelephoneNumberDetails canaryDetails() throws Exception {
        return Tns.getTnDetails(client, CANARY_TN);
    }

    public long numericTn(TelephoneNumberDetails details) {
        return Long.parseLong(details.getFullNumber());
    }

    public TnOptionOrderResponse setSms(List<String> telephoneNumbers, boolean enabled) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms(enabled ? "on" : "off");
        group.setTelephoneNumbers(telephoneNumbers);
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId("sms-" + UUID.randomUUID());
        order.setTnOptionGroups(List.of(group));
        return com.bandwidth.iris.sdk.model.TnOptions.create(client, order);
    }

    /** Call forwarding only; the SDK's model has no messaging element. */
    public void forwardCalls(String telephoneNumber, String forwardTo) throws Exception {
        SipPeer peer = SipPeer.get(client, env.siteId(), env.sipPeerId());
        SipPeerTelephoneNumber tn = new SipPeerTelephoneNumber();
        tn.setFullNumber(telephoneNumber);
        tn.setCallForward(forwardTo);
        tn.setNumberFormat("10digit");
        peer.updateTn(tn);
    }

    public Subscription subscribeToOrders(String callbackUrl, String callbackUser, String callbackPassword)
            throws Exception {
        BasicAuthentication basic = new BasicAuthentication();
        basic.setUsername(callbackUser);
        basic.setPassword(callbackPassword);
        CallbackCredentials credentials = new CallbackCredentials();
        credentials.setBasicAuthentication(basic);
        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(callbackUrl);
        callback.setExpiry("3122064000");
        callback.setCallbackCredentials(credentials);
        Subscription subscription = new Subscription();
        subscription.setOrderType("orders");
        subscription.setCallbackSubscription(callback);
        return Subscription.create(client, subscription);
    }

    public Subscription emailOnPortinChanges(String mailbox) throws Exception {
        EmailSubscription email = new EmailSubscription();
        email.setEmail(mailbox);
        email.setDigestRequested("DAILY");
        Subscription subscription = new Subscription();
        subscription.setOrderType("portins");
        subscription.setEmailSubscription(email);
        return Subscription.create(client, subscription);
    }
}
