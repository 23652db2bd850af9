package net.tidewaterconnect.numbering.sdk;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.BasicAuthentication;
import com.bandwidth.iris.sdk.model.CallbackCredentials;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.Subscription;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Registers the port-in callback with the SDK (the raw client handles the other order types). */
@Component
public class SdkSubscriptionRegistrar {

    private final IrisClient client;
    private final String callbackBase;
    private final String callbackUser;
    private final String callbackPassword;

    public SdkSubscriptionRegistrar(IrisClient client,
            @Value("${tidewater.webhooks.public-base-url}") String callbackBase,
            @Value("${tidewater.webhooks.username}") String callbackUser,
            @Value("${tidewater.webhooks.password}") String callbackPassword) {
        this.client = client;
        this.callbackBase = callbackBase;
        this.callbackUser = callbackUser;
        this.callbackPassword = callbackPassword;
    }

    public Subscription registerPortIns() throws Exception {
        BasicAuthentication auth = new BasicAuthentication();
        auth.setUsername(callbackUser);
        auth.setPassword(callbackPassword);
        CallbackCredentials credentials = new CallbackCredentials();
        credentials.setBasicAuthentication(auth);

        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(callbackBase + "/webhooks/dashboard/portins");
        callback.setExpiry(String.valueOf(Instant.now().plus(365, ChronoUnit.DAYS).getEpochSecond()));
        callback.setCallbackCredentials(credentials);

        Subscription subscription = new Subscription();
        subscription.setOrderType("portins");
        subscription.setCallbackSubscription(callback);
        return Subscription.create(client, subscription);
    }
}
