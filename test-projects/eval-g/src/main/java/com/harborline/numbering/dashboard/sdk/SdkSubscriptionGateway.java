package com.harborline.numbering.dashboard.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.BasicAuthentication;
import com.bandwidth.iris.sdk.model.CallbackCredentials;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.EmailSubscription;
import com.bandwidth.iris.sdk.model.Subscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Order-status subscriptions (Dashboard pushes a Notification to our callback resource).
 */
@ApplicationScoped
public class SdkSubscriptionGateway {

    private final IrisClient client;

    @Inject
    public SdkSubscriptionGateway(IrisClient client) {
        this.client = client;
    }

    public String subscribe(String orderType, String callbackUrl, String user, String password) throws Exception {
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
        subscription.setOrderType(orderType);
        subscription.setCallbackSubscription(callback);
        return Subscription.create(client, subscription).getSubscriptionId();
    }

    public String subscribeOpsMailbox(String orderType) throws Exception {
        EmailSubscription email = new EmailSubscription();
        email.setEmail("numbering-ops@harborline.io");
        email.setDigestRequested("DAILY");
        Subscription subscription = new Subscription();
        subscription.setOrderType(orderType);
        subscription.setEmailSubscription(email);
        return Subscription.create(client, subscription).getSubscriptionId();
    }

    public List<Subscription> forOrderType(String orderType) throws Exception {
        return Subscription.list(client, Map.of("orderType", orderType));
    }
}
