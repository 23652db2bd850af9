package io.northstarvoice.toolkit.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.BasicAuthentication;
import com.bandwidth.iris.sdk.model.CallbackCredentials;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.Subscription;

import java.util.List;
import java.util.Map;

/** Callback subscriptions for the reseller sub-accounts, created through the SDK. */
public class SdkSubscriptionService {

    private final IrisClient client;

    public SdkSubscriptionService(IrisClient client) {
        this.client = client;
    }

    public String subscribe(String orderType, String url, String user, String password) throws Exception {
        BasicAuthentication basic = new BasicAuthentication();
        basic.setUsername(user);
        basic.setPassword(password);
        CallbackCredentials credentials = new CallbackCredentials();
        credentials.setBasicAuthentication(basic);

        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(url);
        callback.setExpiry("3122064000");
        callback.setCallbackCredentials(credentials);

        Subscription subscription = new Subscription();
        subscription.setOrderType(orderType);
        subscription.setCallbackSubscription(callback);
        return Subscription.create(client, subscription).getSubscriptionId();
    }

    public List<Subscription> list(String orderType) throws Exception {
        return Subscription.list(client, Map.of("orderType", orderType));
    }
}
