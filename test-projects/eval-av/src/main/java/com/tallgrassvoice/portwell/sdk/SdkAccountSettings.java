package com.tallgrassvoice.portwell.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisPath;
import com.bandwidth.iris.sdk.IrisResponse;
import com.bandwidth.iris.sdk.model.BaseModel;
import com.bandwidth.iris.sdk.model.BasicAuthentication;
import com.bandwidth.iris.sdk.model.CallbackCredentials;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.EmailSubscription;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import com.bandwidth.iris.sdk.model.Subscription;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptions;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Account-level settings through the SDK: notification subscriptions, per-number options, and the
 * few resources the SDK has no model for (sent through the SDK client so that authentication and
 * error handling stay in one place).
 */
public class SdkAccountSettings {

    /** On-call phone of the NOC. */
    private static final String NOC_ON_CALL = "+13365550188";

    private final IrisClient client;
    private final String siteId;
    private final String peerId;

    public SdkAccountSettings(IrisClient client, String siteId, String peerId) {
        this.client = client;
        this.siteId = siteId;
        this.peerId = peerId;
    }

    public String subscribeCallbacks(String orderType, String url, String expiry, String user, String password)
            throws Exception {
        BasicAuthentication basic = new BasicAuthentication();
        basic.setUsername(user);
        basic.setPassword(password);
        CallbackCredentials credentials = new CallbackCredentials();
        credentials.setBasicAuthentication(basic);

        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(url);
        callback.setExpiry(expiry);
        callback.setCallbackCredentials(credentials);

        Subscription subscription = new Subscription();
        subscription.setOrderType(orderType);
        subscription.setCallbackSubscription(callback);
        return Subscription.create(client, subscription).getSubscriptionId();
    }

    public String subscribeNocDigest(String orderType) throws Exception {
        EmailSubscription email = new EmailSubscription();
        email.setEmail("noc@tallgrassvoice.com");
        email.setDigestRequested("DAILY");
        Subscription subscription = new Subscription();
        subscription.setOrderType(orderType);
        subscription.setEmailSubscription(email);
        return Subscription.create(client, subscription).getSubscriptionId();
    }

    public List<Subscription> subscriptions(String orderType) throws Exception {
        return Subscription.list(client, Map.of("orderType", orderType));
    }

    public String setSms(List<String> tns, boolean on) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms(on ? "on" : "off");
        group.setTelephoneNumbers(tns);
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId("sms-" + UUID.randomUUID());
        order.setTnOptionGroups(List.of(group));
        return TnOptions.create(client, order).getTnOptionOrder().getOrderId();
    }

    public void setCallForward(String tn, String forwardTo) throws Exception {
        SipPeer peer = SipPeer.get(client, siteId, peerId);
        SipPeerTelephoneNumber number = new SipPeerTelephoneNumber();
        number.setFullNumber(tn);
        number.setCallForward(forwardTo);
        number.setrPIDFormat("e164");
        peer.updateTn(number);
    }

    /** Points the NOC test number at the on-call phone. */
    public void forwardNocLine() throws Exception {
        setCallForward("3365550111", NOC_ON_CALL);
    }

    public String e911Addresses() throws Exception {
        String uri = client.buildAccountModelUri(new String[]{"addresses"});
        return client.get(uri).getResponseBody();
    }

    public String e911AddressesInZip(String zip) throws Exception {
        String uri = client.buildAccountModelUri(new String[]{"addresses"}, Map.of("zip", zip));
        return client.get(uri).getResponseBody();
    }

    public IrisResponse externalTnsOrder(String orderId) throws Exception {
        return client.get(client.buildAccountModelUri(new String[]{"externalTns", orderId}));
    }

    public IrisResponse postImport(BaseModel importOrder) throws Exception {
        return client.post(client.buildAccountModelUri(new String[]{IrisPath.IMPORT_TN_ORDERS}), importOrder);
    }

    public IrisResponse inServiceByAreaCode(String areaCode) throws Exception {
        String uri = client.buildAccountModelUri(new String[]{IrisPath.INSERVICE_NUMBERS_URI_PATH},
                Map.of("areacode", areaCode, "size", 1000));
        return client.get(uri);
    }

    public IrisResponse tnOptionOrder(String orderId) throws Exception {
        return client.get(client.buildAccountModelUri(new String[]{IrisPath.TN_OPTIONS, orderId}));
    }
}
