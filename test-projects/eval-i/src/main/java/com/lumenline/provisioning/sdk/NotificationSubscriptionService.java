package com.lumenline.provisioning.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.BasicAuthentication;
import com.bandwidth.iris.sdk.model.CallbackCredentials;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.Subscription;
import com.lumenline.provisioning.config.DashboardProperties;

import org.springframework.stereotype.Service;

/**
 * Creates callback subscriptions through the SDK. Used by the one-off "resubscribe" admin
 * command; the startup path uses {@code SubscriptionClient}.
 */
@Service
public class NotificationSubscriptionService {

    /** Expiry far in the future (epoch seconds, 2068-12-06). */
    private static final String NEVER_EXPIRES = "3122064000";

    private final IrisClient irisClient;
    private final DashboardProperties props;

    public NotificationSubscriptionService(IrisClient irisClient, DashboardProperties props) {
        this.irisClient = irisClient;
        this.props = props;
    }

    public String subscribe(String orderType) throws Exception {
        BasicAuthentication auth = new BasicAuthentication();
        auth.setUsername(props.callback().username());
        auth.setPassword(props.callback().password());
        CallbackCredentials credentials = new CallbackCredentials();
        credentials.setBasicAuthentication(auth);

        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(props.callback().publicUrl());
        callback.setExpiry(NEVER_EXPIRES);
        callback.setCallbackCredentials(credentials);

        Subscription subscription = new Subscription();
        subscription.setOrderType(orderType);
        subscription.setCallbackSubscription(callback);
        return Subscription.create(irisClient, subscription).getSubscriptionId();
    }
}
