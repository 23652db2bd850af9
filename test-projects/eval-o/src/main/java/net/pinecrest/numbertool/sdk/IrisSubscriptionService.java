package net.pinecrest.numbertool.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.BasicAuthentication;
import com.bandwidth.iris.sdk.model.CallbackCredentials;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.EmailSubscription;
import com.bandwidth.iris.sdk.model.Subscription;

import java.util.List;
import java.util.Map;

/** Order notification subscriptions through the SDK. */
public class IrisSubscriptionService {

    /** Far-future expiry the vendor documents for "never expires" (epoch seconds, year 2068). */
    public static final String NEVER_EXPIRES = "3122064000";

    private final IrisClient client;

    public IrisSubscriptionService(IrisClient client) {
        this.client = client;
    }

    public String subscribeCallback(String orderType, String url, String user, String password) throws Exception {
        BasicAuthentication basic = new BasicAuthentication();
        basic.setUsername(user);
        basic.setPassword(password);
        CallbackCredentials credentials = new CallbackCredentials();
        credentials.setBasicAuthentication(basic);

        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(url);
        callback.setExpiry(NEVER_EXPIRES);
        callback.setCallbackCredentials(credentials);

        Subscription subscription = new Subscription();
        subscription.setOrderType(orderType);
        subscription.setCallbackSubscription(callback);
        return Subscription.create(client, subscription).getSubscriptionId();
    }

    public String subscribeEmail(String orderType, String address) throws Exception {
        EmailSubscription email = new EmailSubscription();
        email.setEmail(address);
        email.setDigestRequested("DAILY");
        Subscription subscription = new Subscription();
        subscription.setOrderType(orderType);
        subscription.setEmailSubscription(email);
        return Subscription.create(client, subscription).getSubscriptionId();
    }

    public List<Subscription> existing(String orderType) throws Exception {
        return Subscription.list(client, Map.of("orderType", orderType));
    }
}
