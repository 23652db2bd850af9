package com.pinecrestcomm.qa.numbers.provisioning;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.BasicAuthentication;
import com.bandwidth.iris.sdk.model.CallbackCredentials;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.Subscription;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Ensures the QA callback receiver is subscribed to the order types the suites exercise.
 */
public class SubscriptionProvisioner {

    private static final List<String> ORDER_TYPES = List.of("orders", "portins", "importtnorders");

    private final IrisClient client;

    public SubscriptionProvisioner(IrisClient client) {
        this.client = client;
    }

    public void ensureSubscribed(String callbackUrl, String user, String password) throws Exception {
        for (String orderType : ORDER_TYPES) {
            List<Subscription> existing = Subscription.list(client, Map.of("orderType", orderType));
            if (existing.stream().noneMatch(s -> s.getCallbackSubscription() != null
                    && callbackUrl.equals(s.getCallbackSubscription().getURL()))) {
                Subscription.create(client, callbackSubscription(orderType, callbackUrl, user, password));
            }
        }
    }

    static Subscription callbackSubscription(String orderType, String callbackUrl, String user, String password) {
        BasicAuthentication auth = new BasicAuthentication();
        auth.setUsername(user);
        auth.setPassword(password);
        CallbackCredentials credentials = new CallbackCredentials();
        credentials.setBasicAuthentication(auth);

        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(callbackUrl);
        callback.setExpiry(Long.toString(Instant.now().plus(Duration.ofDays(365)).getEpochSecond()));
        callback.setCallbackCredentials(credentials);

        Subscription subscription = new Subscription();
        subscription.setOrderType(orderType);
        subscription.setCallbackSubscription(callback);
        return subscription;
    }
}
