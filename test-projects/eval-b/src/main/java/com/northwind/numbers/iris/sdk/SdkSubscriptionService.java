package com.northwind.numbers.iris.sdk;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.BasicAuthentication;
import com.bandwidth.iris.sdk.model.CallbackCredentials;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.EmailSubscription;
import com.bandwidth.iris.sdk.model.Subscription;

/**
 * Callback subscriptions created through the SDK (used for LNP and disconnect orders).
 */
@Service
public class SdkSubscriptionService {

    private final IrisClient client;
    private final String callbackUrl;

    public SdkSubscriptionService(IrisClient client, @Value("${iris.callback-url}") String callbackUrl) {
        this.client = client;
        this.callbackUrl = callbackUrl;
    }

    public Subscription subscribe(String orderType, String user, String password) throws Exception {
        BasicAuthentication basic = new BasicAuthentication();
        basic.setUsername(user);
        basic.setPassword(password);
        CallbackCredentials credentials = new CallbackCredentials();
        credentials.setBasicAuthentication(basic);

        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(callbackUrl);
        callback.setExpiry("3122064000");
        callback.setCallbackCredentials(credentials);

        Subscription subscription = new Subscription();
        subscription.setOrderType(orderType);
        subscription.setCallbackSubscription(callback);
        return Subscription.create(client, subscription);
    }

    public Subscription emailDigest(String orderType, String email) throws Exception {
        EmailSubscription mail = new EmailSubscription();
        mail.setEmail(email);
        mail.setDigestRequested("DAILY");
        Subscription subscription = new Subscription();
        subscription.setOrderType(orderType);
        subscription.setEmailSubscription(mail);
        return Subscription.create(client, subscription);
    }

    public List<Subscription> all() throws Exception {
        return Subscription.list(client, null);
    }
}
