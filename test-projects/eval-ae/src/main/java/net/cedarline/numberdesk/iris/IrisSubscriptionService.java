package net.cedarline.numberdesk.iris;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.BasicAuthentication;
import com.bandwidth.iris.sdk.model.CallbackCredentials;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.Subscription;

/** Import-order notifications are still subscribed through the SDK (the reseller tool owns them). */
public class IrisSubscriptionService {

    private final IrisClient client;

    public IrisSubscriptionService(IrisClient client) {
        this.client = client;
    }

    public String subscribeImportOrders(String callbackUrl, String user, String password) throws Exception {
        BasicAuthentication auth = new BasicAuthentication();
        auth.setUsername(user);
        auth.setPassword(password);
        CallbackCredentials credentials = new CallbackCredentials();
        credentials.setBasicAuthentication(auth);

        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(callbackUrl);
        callback.setExpiry("3122064000");
        callback.setCallbackCredentials(credentials);

        Subscription subscription = new Subscription();
        subscription.setOrderType("importtnorders");
        subscription.setCallbackSubscription(callback);
        return Subscription.create(client, subscription).getSubscriptionId();
    }
}
