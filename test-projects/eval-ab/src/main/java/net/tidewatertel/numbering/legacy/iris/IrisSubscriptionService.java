package net.tidewatertel.numbering.legacy.iris;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.BasicAuthentication;
import com.bandwidth.iris.sdk.model.CallbackCredentials;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.Subscription;

import net.tidewatertel.numbering.config.CallbackProperties;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * LNP (port-in) notifications for the porting desk's own callback endpoint.
 */
@Service
public class IrisSubscriptionService {

    private final IrisClient client;
    private final CallbackProperties callbacks;

    public IrisSubscriptionService(@Qualifier("porting") IrisClient client, CallbackProperties callbacks) {
        this.client = client;
        this.callbacks = callbacks;
    }

    public Subscription subscribeLnp() throws Exception {
        BasicAuthentication auth = new BasicAuthentication();
        auth.setUsername(callbacks.getUsername());
        auth.setPassword(callbacks.getPassword());
        CallbackCredentials credentials = new CallbackCredentials();
        credentials.setBasicAuthentication(auth);

        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(callbacks.getPublicBaseUrl() + "/callbacks/dashboard/lnp");
        callback.setExpiry("3122064000");
        callback.setCallbackCredentials(credentials);

        Subscription subscription = new Subscription();
        subscription.setOrderType("lnp");
        subscription.setCallbackSubscription(callback);
        return Subscription.create(client, subscription);
    }
}
