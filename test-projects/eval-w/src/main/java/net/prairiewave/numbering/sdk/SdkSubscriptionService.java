package net.prairiewave.numbering.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.BasicAuthentication;
import com.bandwidth.iris.sdk.model.CallbackCredentials;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.Subscription;
import net.prairiewave.numbering.config.CallbackSettings;

import java.util.List;
import java.util.Map;

/** Subscriptions created by the MP admin module (the SE registrar handles the rest). */
public class SdkSubscriptionService {

    private final IrisClient client;
    private final CallbackSettings callbacks;

    public SdkSubscriptionService(IrisClient client, CallbackSettings callbacks) {
        this.client = client;
        this.callbacks = callbacks;
    }

    public Subscription subscribeTnOptionOrders() throws Exception {
        BasicAuthentication basic = new BasicAuthentication();
        basic.setUsername(callbacks.username());
        basic.setPassword(callbacks.password());
        CallbackCredentials credentials = new CallbackCredentials();
        credentials.setBasicAuthentication(basic);

        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(callbacks.publicUrl() + "/tnoptions");
        callback.setExpiry(Long.toString(callbacks.expirySeconds()));
        callback.setCallbackCredentials(credentials);

        Subscription subscription = new Subscription();
        subscription.setOrderType("tnoptions");
        subscription.setCallbackSubscription(callback);
        return Subscription.create(client, subscription);
    }

    public List<Subscription> ours() throws Exception {
        return Subscription.list(client, Map.of("orderType", "orders"));
    }
}
