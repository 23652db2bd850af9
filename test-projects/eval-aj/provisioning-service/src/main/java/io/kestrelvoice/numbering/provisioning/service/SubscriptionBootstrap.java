package io.kestrelvoice.numbering.provisioning.service;

import java.util.List;
import java.util.Map;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.BasicAuthentication;
import com.bandwidth.iris.sdk.model.CallbackCredentials;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes sure the Dashboard notifies the callbacks service about port-ins. The callbacks service
 * registers the order subscriptions itself; port-ins are ours because provisioning owns porting.
 */
@Component
public class SubscriptionBootstrap {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionBootstrap.class);

    private final IrisClient irisClient;
    private final String callbackUrl;
    private final String callbackUser;
    private final String callbackPassword;

    public SubscriptionBootstrap(IrisClient irisClient,
                                 @Value("${kestrel.callbacks.public-url}") String callbackUrl,
                                 @Value("${kestrel.callbacks.username}") String callbackUser,
                                 @Value("${kestrel.callbacks.password}") String callbackPassword) {
        this.irisClient = irisClient;
        this.callbackUrl = callbackUrl;
        this.callbackUser = callbackUser;
        this.callbackPassword = callbackPassword;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void ensurePortInSubscription() throws Exception {
        List<Subscription> existing = Subscription.list(irisClient, Map.of("orderType", "portins"));
        if (!existing.isEmpty()) {
            log.info("port-in subscription {} already present", existing.get(0).getSubscriptionId());
            return;
        }
        BasicAuthentication auth = new BasicAuthentication();
        auth.setUsername(callbackUser);
        auth.setPassword(callbackPassword);
        CallbackCredentials credentials = new CallbackCredentials();
        credentials.setBasicAuthentication(auth);

        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(callbackUrl + "/webhooks/dashboard/portins");
        callback.setExpiry("3122064000");
        callback.setCallbackCredentials(credentials);

        Subscription subscription = new Subscription();
        subscription.setOrderType("portins");
        subscription.setCallbackSubscription(callback);
        Subscription created = Subscription.create(irisClient, subscription);
        log.info("created port-in subscription {}", created.getSubscriptionId());
    }
}
