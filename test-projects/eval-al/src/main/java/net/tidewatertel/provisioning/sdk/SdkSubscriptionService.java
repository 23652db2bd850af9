package net.tidewatertel.provisioning.sdk;

import java.net.URI;
import java.util.List;

import org.apache.http.client.utils.URIBuilder;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisResponse;
import com.bandwidth.iris.sdk.model.BasicAuthentication;
import com.bandwidth.iris.sdk.model.CallbackCredentials;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import com.bandwidth.iris.sdk.model.Subscription;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptionOrderResponse;
import com.bandwidth.iris.sdk.model.TnOptions;

/**
 * Subscriptions, TN options and per-number SIP peer settings through the SDK, plus
 * the raw calls the SDK does not cover.
 */
public class SdkSubscriptionService {

    private final IrisClient client;

    public SdkSubscriptionService(IrisClient client) {
        this.client = client;
    }

    public String subscribePortOuts(String callbackUrl, String username, String password) throws Exception {
        BasicAuthentication basic = new BasicAuthentication();
        basic.setUsername(username);
        basic.setPassword(password);
        CallbackCredentials credentials = new CallbackCredentials();
        credentials.setBasicAuthentication(basic);
        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(callbackUrl);
        callback.setExpiry("3122064000");
        callback.setCallbackCredentials(credentials);
        Subscription subscription = new Subscription();
        subscription.setOrderType("portouts");
        subscription.setCallbackSubscription(callback);
        return Subscription.create(client, subscription).getSubscriptionId();
    }

    public String setSms(List<String> numbers, boolean enabled) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms(enabled ? "on" : "off");
        group.setTelephoneNumbers(numbers);
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId("sms-" + System.currentTimeMillis());
        order.setTnOptionGroups(List.of(group));
        TnOptionOrderResponse response = TnOptions.create(client, order);
        return response.getTnOptionOrder().getOrderId();
    }

    public void forward(String siteId, String sipPeerId, String tn, String forwardTo) throws Exception {
        SipPeer peer = SipPeer.get(client, siteId, sipPeerId);
        SipPeerTelephoneNumber settings = new SipPeerTelephoneNumber();
        settings.setFullNumber(tn);
        settings.setCallForward(forwardTo);
        peer.updateTn(settings);
    }

    /** The SDK has no e911 address calls; we go through its raw GET. */
    public IrisResponse e911Address(String dashboardHost, String accountId, String addressId) throws Exception {
        URI uri = new URIBuilder(dashboardHost).setPath("/v1.0/accounts/" + accountId + "/addresses/" + addressId).build();
        return client.get(uri.toString());
    }

    public IrisResponse hostedImportHistory(String orderId) throws Exception {
        return client.get(client.buildAccountModelUri(new String[] {"importTnOrders", orderId, "history"}));
    }

    public IrisResponse inServiceForAreaCode(String dashboardHost, String accountId, String areaCode) throws Exception {
        URI uri = new URIBuilder(dashboardHost)
                .setPath("/api/v2/accounts/" + accountId + "/inserviceNumbers")
                .addParameter("areaCode", areaCode)
                .build();
        return client.get(uri.toString());
    }
}
