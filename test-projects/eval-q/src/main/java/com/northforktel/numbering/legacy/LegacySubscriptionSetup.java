package com.northforktel.numbering.legacy;

import com.bandwidth.iris.sdk.model.BasicAuthentication;
import com.bandwidth.iris.sdk.model.CallbackCredentials;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.Subscription;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import com.northforktel.numbering.config.ConfigKeys;

/**
 * Callback subscription for the SDK-driven import orders of the wholesale accounts.
 */
@Singleton
public class LegacySubscriptionSetup {

    private final IrisClientFactory factory;
    private final String callbackBase;
    private final String callbackUser;
    private final String callbackPassword;

    @Inject
    public LegacySubscriptionSetup(IrisClientFactory factory,
                                   @Named(ConfigKeys.CALLBACK_PUBLIC_URL) String callbackBase,
                                   @Named(ConfigKeys.CALLBACK_USER) String callbackUser,
                                   @Named(ConfigKeys.CALLBACK_PASSWORD) String callbackPassword) {
        this.factory = factory;
        this.callbackBase = callbackBase;
        this.callbackUser = callbackUser;
        this.callbackPassword = callbackPassword;
    }

    public String subscribeImportOrders() throws Exception {
        BasicAuthentication basic = new BasicAuthentication();
        basic.setUsername(callbackUser);
        basic.setPassword(callbackPassword);
        CallbackCredentials credentials = new CallbackCredentials();
        credentials.setBasicAuthentication(basic);

        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(callbackBase + "/importtnorders");
        callback.setExpiry("3122064000");
        callback.setCallbackCredentials(credentials);

        Subscription subscription = new Subscription();
        subscription.setOrderType("importtnorders");
        subscription.setCallbackSubscription(callback);
        return Subscription.create(factory.defaultClient(), subscription).getSubscriptionId();
    }
}
